// synclvodm — REFERENCE §2.18: rebuilds the ODM's logical-volume definitions of a varied-on volume
// group from its descriptor area (SRC413 synclvodm.sh: updatevg, then updatelv per LV). -v reports
// each step on stderr. An LV name another device uses is renamed (0516-530), as importvg does.
import { findVariedOnVg, syncLvOdm, updateVgPvs } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { odmOf } from '../model/select.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.synclvodm;

type Args = { vg: string; lvs: string[]; verbose: boolean };

export const synclvodm = defineCommand<Args>({
  name: 'synclvodm',
  synopsis: SYNOPSIS,
  summary: 'Rebuilds the ODM logical-volume definitions of a volume group from its disks.',
  manual: `synclvodm — makes the ODM agree with a volume group's descriptor area again: the group's
disk list and every logical volume (or only the ones you name) are re-entered. The group
must be varied on.

  synclvodm -Pv rootvg       repair rootvg's definitions, reporting each step
  synclvodm datavg fslv00    only one logical volume

With -v it prints "synclvodm: Physical volume data updated." and one "synclvodm: Logical
volume NAME updated." line per LV. -P keeps the device files' ownership (nothing else to
do here). An LV whose name another device already uses is renamed on the disk and in the
ODM (0516-530). -c, -D, -F, -k, -K and -R are not simulated.`,
  flags: { spec: 'cDFkKPRv', notSimulated: 'cDFkKR', usage: SYNOPSIS,
    meanings: {
      c: 'Make a logical volume name conflict fatal instead of renaming the logical volume.',
      D: "An AIX flag the trainer does not describe; see IBM's manual.",
      F: "An AIX flag the trainer does not describe; see IBM's manual.",
      k: "An AIX flag the trainer does not describe; see IBM's manual.",
      K: "An AIX flag the trainer does not describe; see IBM's manual.",
      P: "Preserve the ownership and permissions of the logical volumes' device files.",
      R: "An AIX flag the trainer does not describe; see IBM's manual.",
      v: 'Verbose: report the disk data and each logical volume as it is updated.',
    },
    operandMeaning: 'The volume group (varied on), then optionally the logical volumes to resynchronize.',
  },
  parse(o) {
    if (o.operands.length === 0) return usage(SYNOPSIS);
    return ok({ vg: o.operands[0], lvs: o.operands.slice(1), verbose: hasFlag(o, 'v') });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    const found = findVariedOnVg(ctx.world, ctx.host, a.vg);
    if (!found.ok) {
      ctx.err(found.error === 'undefined' ? `${M.notInOdm('getlvodm', 'volume group', a.vg)}\n${M.syncCannotContinue}\n` : `${M.notVariedOnBy('lqueryvg')}\n${M.syncCannotAccess(a.vg)}\n`);
      return 1;
    }
    const { vg, image } = found.value;
    ctx.wait(1000);
    updateVgPvs(ctx.world, ctx.host, vg);
    if (a.verbose) ctx.err(M.syncPvUpdated + '\n');
    if (image.lvs.length === 0 && a.lvs.length === 0) {
      ctx.err(M.syncNoLvs(a.vg) + '\n');
      return 0;
    }
    let code = 0;
    let renamed = 0;
    const report = (only: string[] | null) => {
      const { renames, updated } = syncLvOdm(odm, vg, image, only);
      renamed += renames.length;
      for (const name of updated) {
        const r = renames.find((x) => x.from === name);
        if (r) ctx.err(M.lvRenamed(r.from, r.to) + '\n');
        if (a.verbose) ctx.err(M.syncLvUpdated(name) + '\n');
      }
    };
    if (a.lvs.length === 0) report(null);
    for (const name of a.lvs) {
      if (!image.lvs.some((l) => l.name === name)) {
        ctx.err(M.syncLvNotFound(name, a.vg) + '\n');
        code = 2;
      } else report([name]);
    }
    // The lifecycle: rootvg's LVs defined again (O8 repaired), or an alternate's names collided (O6).
    if (vg.vgid === ctx.host.run!.rootVgid) {
      if (ctx.lifecycle.can({ type: 'REPAIR_ROOTVG' })) ctx.lifecycle.send({ type: 'REPAIR_ROOTVG' });
    } else if (renamed > 0 && image.os) ctx.lifecycle.send({ type: 'IMPORT_ALT', collided: true });
    return code;
  },
});
