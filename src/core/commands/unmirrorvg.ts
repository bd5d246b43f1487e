// unmirrorvg — REFERENCE §2.28: removes mirror copies from every logical volume of a volume group,
// by default down to one copy, taking them from the named disks. Quorum is turned back on (0516-1804).
// Removing a copy of the boot logical volume prints rmlvcopy's 0516-1246; for a group holding a boot
// LV the last line (0516-1144) names the disks the bootlist should keep (FRBLOG).
import { applyUnmirror, bootDiskNames, isRootVg, odmMembers, planUnmirror } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { requireVariedOnVg } from './lib/requireVg.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.unmirrorvg;

type Args = { vg: string; pvs: string[]; copies: number };

export const unmirrorvg = defineCommand<Args>({
  name: 'unmirrorvg',
  synopsis: SYNOPSIS,
  summary: 'Removes the mirror copies of the logical volumes of a volume group.',
  manual: `unmirrorvg — takes the mirror copies out of a volume group: every logical volume keeps
one copy (two with -c 2). Name disks to say which copies go.

  unmirrorvg rootvg hdisk1     the copies on hdisk1 go; hdisk1 stays in rootvg
  reducevg rootvg hdisk1       then take the disk out
  chpv -c hdisk1               and clear its old boot record

When a copy of the boot logical volume is removed, rmlvcopy warns with 0516-1246 to clear
that disk's boot record. Quorum is turned back on (0516-1804). For rootvg the last message
(0516-1144) says which disks the bootlist should keep: run bosboot and bootlist yourself.`,
  flags: { spec: 'c:', usage: SYNOPSIS,
    meanings: {
      c: ['copies', 'How many copies each logical volume keeps (default 1).'],
    },
    operandMeaning: 'The volume group, then optionally the disks whose copies go.',
  },
  parse(o) {
    const c = flagValue(o, 'c');
    let copies = 1;
    if (c !== undefined) {
      if (!/^[123]$/.test(c)) return usage(`${M.badCopies('unmirrorvg')}\n${SYNOPSIS}`);
      copies = Number(c);
    }
    const [vg, ...pvs] = o.operands;
    if (!vg) return usage(SYNOPSIS);
    return ok({ vg, pvs, copies });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const found = requireVariedOnVg(ctx, a.vg, 'unmirrorvg');
    if (!found) return 1;
    const { vg, image } = found;
    let pvids: string[] | null = null;
    if (a.pvs.length) {
      const members = odmMembers(world, host, vg);
      pvids = [];
      for (const name of a.pvs) {
        const pv = diskByName(world, host, name);
        if (!pv) {
          ctx.err(M.notInOdm('unmirrorvg', 'physical volume', name.replace(/^\/dev\/r?/, '')) + '\n');
          return 1;
        }
        if (!members.some((m) => m.disk.id === pv.disk.id)) {
          ctx.err(M.notVgMember('unmirrorvg') + '\n');
          return 1;
        }
        pvids.push(pv.disk.pvid!);
      }
    }
    const plan = planUnmirror(image, pvids, a.copies);
    if (plan.drops.length === 0) return 0;
    ctx.wait(2000 + plan.drops.length * 500);
    applyUnmirror(image, plan);
    if (plan.bootLvTouched) ctx.err(M.clearBootRecord + '\n');
    if (image.quorum === false && image.lvs.every((l) => l.copies.length <= 1)) {
      delete image.quorum;
      ctx.err(M.quorumChanged + '\n');
    }
    if (isRootVg(host, vg.vgid) || image.lvs.some((l) => l.type === 'boot')) {
      ctx.err(M.unmirrored(vg.name, bootDiskNames(world, host, image).join(' ')) + '\n');
    }
    return 0;
  },
});
