// extendvg — REFERENCE §2.29: adds disks to a varied-on volume group. Silent on success; a disk without
// a PVID gets one first (0516-1254). A disk with too many partitions for the group's limit is refused
// after its PVID was set (0516-1254, 0516-1162, 0516-792 — NODEJS capture).
import { ensurePvid, extendVg, findVariedOnVg, joinRefusal, ppLimitError, type PvRef } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName, odmOf } from '../model/select.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.extendvg;

type Args = { vg: string; pvs: string[]; force: boolean };

export const extendvg = defineCommand<Args>({
  name: 'extendvg',
  synopsis: SYNOPSIS,
  summary: 'Adds disks to a volume group.',
  manual: `extendvg — adds one or more disks to a volume group that is varied on.

  extendvg rootvg hdisk1      the first step of mirroring rootvg onto hdisk1

A disk without a PVID gets one ("0516-1254 extendvg: Changing the PVID in the ODM.").
Refused: a disk already in a volume group on this system (0516-696, or 0516-005 for the
same group), a disk whose partitions would exceed the group's per-disk limit (0516-1162,
after the PVID was set), and without -f a disk that still carries an old group's
descriptor area (0516-1398). Every refusal ends with 0516-792.`,
  flags: { spec: 'f', usage: SYNOPSIS,
    meanings: {
      f: 'Force: add a disk even if it seems to belong to another volume group (its descriptor area is written over).',
    },
    operandMeaning: 'The volume group, then the disk(s) to add to it.',
  },
  parse(o) {
    const [vg, ...pvs] = o.operands;
    if (!vg) return usage(`${M.nameNotEntered('extendvg', 'Volume group')}\n${SYNOPSIS}`);
    if (pvs.length === 0) return usage(`${M.nameNotEntered('extendvg', 'Physical volume')}\n${SYNOPSIS}`);
    return ok({ vg, pvs, force: hasFlag(o, 'f') });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const odm = odmOf(world, host);
    const fail = (...lines: string[]) => {
      ctx.err([...lines, M.cannotExtendVg].join('\n') + '\n');
      return 1;
    };
    const found = findVariedOnVg(world, host, a.vg);
    if (!found.ok) return fail(found.error === 'undefined' ? M.notInOdm('extendvg', 'volume group', a.vg) : M.notVariedOnBy('extendvg'));
    const { vg, image } = found.value;
    const pvs: PvRef[] = [];
    for (const name of a.pvs) {
      const pv = diskByName(world, host, name);
      if (!pv) return fail(M.notInOdm('extendvg', 'physical volume', name.replace(/^\/dev\/r?/, '')));
      if (pvs.some((p) => p.disk.id === pv.disk.id)) continue;
      const refusal = joinRefusal(odm, pv, 'extendvg', a.force, vg.vgid);
      if (refusal) return fail(refusal);
      pvs.push(pv);
    }
    for (const pv of pvs) {
      const changed = ensurePvid(world, pv);
      if (changed) ctx.err(M.pvidChanged('extendvg') + '\n');
      const limit = ppLimitError(pv, image, vg.name);
      if (limit) return fail(limit);
    }
    ctx.wait(2000);
    extendVg(vg, image, pvs);
    return 0;
  },
});
