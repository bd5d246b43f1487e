// mirrorvg — REFERENCE §1.9, §2.28: adds a copy of every logical volume of a volume group (the dump
// device excepted) on other disks of the group, waits for the copies to synchronise, and turns quorum
// off (0516-1804) unless -Q. For a group holding a boot logical volume (rootvg) it ends with the
// 0516-1126 notice naming the disks for the bootlist (FRBLOG; both real captures list them in reverse
// hdisk order).
import { applyMirror, bootDiskNames, isRootVg, odmMembers, planMirror, type PvRef } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName } from '../model/select.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { requireVariedOnVg } from './lib/requireVg.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.mirrorvg;
/** Simulated sync speed: 25 MB/s. */
const MS_PER_MB = 40;

type Args = { vg: string; pvs: string[]; copies: number; keepQuorum: boolean; background: boolean };

export const mirrorvg = defineCommand<Args>({
  name: 'mirrorvg',
  synopsis: SYNOPSIS,
  summary: 'Mirrors every logical volume of a volume group onto other disks of the group.',
  manual: `mirrorvg — gives every logical volume of a volume group a second (or third) copy on
other disks of the same group, then synchronises the copies. The dump device is left
unmirrored. The disks must already be in the group (extendvg).

  extendvg rootvg hdisk1
  mirrorvg rootvg hdisk1        copies go to hdisk1; waits until they are in sync
  bosboot -ad /dev/hdisk1       then a boot image on the new disk
  bootlist -m normal hdisk0 hdisk1

Quorum is turned off ("0516-1804 chvg: The quorum change takes effect immediately."),
so the group stays up when one disk fails; -Q keeps it on. For rootvg the last message
(0516-1126) reminds you to run bosboot and to add the disks to the bootlist: mirrorvg
does neither. Each copy goes to a disk holding no other copy of the same LV; when there
is no room, allocp answers 0516-404 and nothing is changed.

  -c 2|3     copies wanted (default 2)
  -S         return at once, synchronising in the background
-s (no sync), -m (exact map) and -p (mirror pools) are not simulated.`,
  flags: { spec: 'SsQc:mp:', notSimulated: 'smp', usage: SYNOPSIS,
    meanings: {
      S: 'Return at once; the new copies synchronize in the background.',
      s: 'Do not synchronize the new copies (they stay stale until syncvg).',
      Q: 'Keep quorum on (mirrorvg turns it off by default so one dead disk does not stop the group).',
      c: ['copies', 'How many copies each logical volume should have: 2 (the default) or 3.'],
      m: 'Exact map: each copy gets the same physical partitions as the original.',
      p: ['copyn=mirrorpool', 'Put copy n in the named mirror pool.'],
    },
    operandMeaning: 'The volume group to mirror, then optionally the disks to put the copies on.',
  },
  parse(o) {
    const c = flagValue(o, 'c');
    let copies = 2;
    if (c !== undefined) {
      if (!/^[123]$/.test(c)) return usage(`${M.badCopies('mirrorvg')}\n${SYNOPSIS}`);
      copies = Math.max(2, Number(c));
    }
    const [vg, ...pvs] = o.operands;
    if (!vg) return usage(SYNOPSIS);
    return ok({ vg, pvs, copies, keepQuorum: hasFlag(o, 'Q'), background: hasFlag(o, 'S') });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const found = requireVariedOnVg(ctx, a.vg, 'mirrorvg');
    if (!found) return 1;
    const { vg, image } = found;
    const members = odmMembers(world, host, vg).filter((m) => image.pvids.includes(m.disk.pvid!));
    let targets: PvRef[] = members;
    if (a.pvs.length) {
      targets = [];
      for (const name of a.pvs) {
        const pv = diskByName(world, host, name);
        if (!pv) {
          ctx.err(M.notInOdm('mirrorvg', 'physical volume', name.replace(/^\/dev\/r?/, '')) + '\n');
          return 1;
        }
        if (!members.some((m) => m.disk.id === pv.disk.id)) {
          ctx.err(M.notVgMember('mirrorvg') + '\n');
          return 1;
        }
        targets.push(pv);
      }
    }
    const plan = planMirror(image, targets, a.copies);
    if (!plan.ok) {
      ctx.err(plan.error.join('\n') + '\n');
      return 1;
    }
    if (plan.value.adds.length === 0) return 0;
    const quorumChange = !a.keepQuorum && image.quorum !== false;
    if (quorumChange) {
      image.quorum = false;
      ctx.err(M.quorumChanged + '\n');
    }
    // LV by LV, each new copy synchronised before the next: an interrupted mirrorvg (Ctrl-C, a closed
    // tab) leaves the LVs done so far mirrored and the rest as they were, and prints no notice.
    for (const add of plan.value.adds) {
      applyMirror(image, { adds: [add], pps: 0 });
      const lps = image.lvs.find((l) => l.minor === add.minor)!.lps;
      if (!a.background) ctx.wait(lps * image.ppSizeMB * MS_PER_MB);
      if (ctx.stopRequested()) return 1;
    }
    if (isRootVg(host, vg.vgid) || image.lvs.some((l) => l.type === 'boot')) {
      ctx.err(M.mirrored(vg.name, bootDiskNames(world, host, image).join(' ')) + '\n');
    }
    return 0;
  },
});
