// reducevg — REFERENCE §2.29: takes disks out of a varied-on volume group. Silent on success; a disk
// with allocated partitions is refused (0516-016 from ldeletepv, then 0516-884) and the command goes
// on with the next disk (exit code 2, SRC413 reducevg.sh). When the last disk leaves, the volume group
// is deleted. The disk keeps its PVID and its boot record (clear that with chpv -c).
import { reducePv } from '../engine/lvmOps.ts';
import { pvUsed } from '../engine/lvm.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName, odmOf } from '../model/select.ts';
import { requireVariedOnVg } from './lib/requireVg.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.reducevg;

type Args = { vg: string; pvs: string[] };

export const reducevg = defineCommand<Args>({
  name: 'reducevg',
  synopsis: SYNOPSIS,
  summary: 'Removes disks from a volume group.',
  manual: `reducevg — removes one or more disks from a volume group that is varied on.

  unmirrorvg rootvg hdisk1; reducevg rootvg hdisk1      take a mirror disk out

A disk that still holds partitions of a logical volume is refused (0516-016, 0516-884):
move them (migratepv) or remove the mirror copies (unmirrorvg) first. Each refused disk
is reported and reducevg goes on with the others (exit code 2). When the last disk
leaves, the volume group itself is deleted. The disk keeps its PVID, and its boot record
if it had one: clear that with chpv -c.

-d (delete the logical volumes on the disk) and -f are not simulated.`,
  flags: { spec: 'df', notSimulated: 'df', usage: SYNOPSIS,
    meanings: {
      d: 'Delete the logical volumes (or their copies) that have partitions on the disk, so it can go.',
      f: 'Do not ask before deleting logical volumes (with -d).',
    },
    operandMeaning: 'The volume group, then the disk(s) to take out of it.',
  },
  parse(o) {
    const [vg, ...pvs] = o.operands;
    if (!vg) return usage(`${M.nameNotEntered('reducevg', 'Volume group')}\n${SYNOPSIS}`);
    if (pvs.length === 0) return usage(`${M.nameNotEntered('reducevg', 'Physical volume')}\n${SYNOPSIS}`);
    return ok({ vg, pvs });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const odm = odmOf(world, host);
    const found = requireVariedOnVg(ctx, a.vg, 'lqueryvg', M.cannotReduceVg);
    if (!found) return 1;
    const { vg, image } = found;
    let code = 0;
    for (const name of a.pvs) {
      const bare = name.replace(/^\/dev\/r?/, '');
      const pv = diskByName(world, host, name);
      if (!pv || !pv.disk.pvid) {
        ctx.err(`${M.notInOdm('getlvodm', 'physical volume', bare)}\n${M.cannotRemovePv(bare)}\n`);
        code = 2;
        continue;
      }
      if (!vg.pvids.includes(pv.disk.pvid) || !image.pvids.includes(pv.disk.pvid)) {
        ctx.err(`${M.notVgMember('ldeletepv')}\n${M.cannotRemovePv(bare)}\n`);
        code = 2;
        continue;
      }
      if (pvUsed(image, pv.disk.pvid) > 0) {
        ctx.err(`${M.partitionsAllocated('ldeletepv')}\n${M.cannotRemovePv(bare)}\n`);
        code = 2;
        continue;
      }
      ctx.wait(1000);
      if (reducePv(world, host, odm, vg, image, pv)) {
        ctx.err(M.vgDeleted + '\n');
        break;
      }
    }
    return code;
  },
});
