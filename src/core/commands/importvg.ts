// importvg — REFERENCE §2.17, §6.1: reads the descriptor area of a disk and defines its volume group in
// the running ODM (redefinevg, varyonvg, synclvodm, imfs — SRC413 importvg.sh), then prints the VG
// name. An LV name another device already uses is renamed in the VGDA and in the ODM (0516-530, from
// synclvodm, on stderr). File systems get stanzas but are not mounted: mount them yourself.
import { checkImport, importVg } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName, odmOf } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.importvg;

export const importvg = defineCommand<{ name: string | null; pv: string }>({
  name: 'importvg',
  synopsis: SYNOPSIS,
  summary: "Defines a disk's volume group in the system again, from its descriptor area.",
  manual: `importvg — brings a volume group back from its disks: the descriptor area of the disk
you name lists the group's disks and logical volumes, and importvg defines them in the ODM,
varies the group on, adds /etc/filesystems stanzas for its file systems and prints the
group's name. The file systems are not mounted: "mount /data" does that.

  importvg -y datavg hdisk2      import under the name datavg (prints "datavg")
  importvg hdisk2                without -y the group gets the next free name (vg00 ...)

When an LV name on the disk is already used on this system, the LV is renamed ON THE DISK
and in the ODM, with a "0516-530 synclvodm: Logical volume name hd4 changed to fslv00."
line for each. That is why you never importvg an altinst_rootvg or old_rootvg disk: all
its LVs (hd5, hd4, hd2 ...) clash with rootvg, get renamed, and the disk no longer boots.
Use alt_rootvg_op -W to look inside an alternate instead.

Errors: 0516-776 (name already in use), 0516-780 (the disk holds no volume group, or it is
already defined under another name).
-V, -f, -c, -x, -L, -n, -F, -R, -I and -O are not simulated.`,
  flags: { spec: 'V:y:fcxL:nFRIO', notSimulated: 'VfcxLnFRIO', usage: SYNOPSIS,
    meanings: {
      V: ['major', 'The major number to give the volume group.'],
      y: ['vg', 'The name to import the volume group under; without it the next free name (vg00 ...).'],
      f: 'Force: vary the group on even without a quorum of its disks.',
      c: 'Import the group in concurrent-capable mode.',
      x: 'Import the group in auto-varyon concurrent mode.',
      L: ['vg', 'Learn about changes to a volume group this system already knows (no new import).'],
      n: 'Do not vary the group on after the import.',
      F: "Fast: read the descriptor areas of the group's own disks only.",
      R: "Restore the ownership and permissions of the logical volumes' device files.",
      I: "An AIX flag the trainer does not describe; see IBM's manual.",
      O: "An AIX flag the trainer does not describe; see IBM's manual.",
    },
    operandMeaning: 'A disk of the volume group to import (its descriptor area lists the rest).',
  },
  parse(o) {
    if (o.operands.length !== 1) return usage(`${M.nameNotEntered('importvg', 'Physical volume')}\n${SYNOPSIS}`);
    return ok({ name: flagValue(o, 'y') ?? null, pv: o.operands[0] });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    const pv = diskByName(ctx.world, ctx.host, a.pv);
    const pvName = a.pv.replace(/^\/dev\/r?/, '');
    const plan = checkImport(ctx.world, ctx.host, odm, pv, pvName, a.name);
    if (!plan.ok) {
      ctx.err(plan.error.join('\n') + '\n');
      return 1;
    }
    ctx.wait(3000);
    const renames = importVg(ctx.world, ctx.host, odm, plan.value);
    for (const r of renames) ctx.err(M.lvRenamed(r.from, r.to) + '\n');
    ctx.out(plan.value.name + '\n');
    // An alternate rootvg: its LVs collided with rootvg's and were renamed on the disk (O6), or it is kept.
    const image = pv?.disk.vgid ? ctx.world.vgs[pv.disk.vgid] : undefined;
    if (image?.os) ctx.lifecycle.send({ type: 'IMPORT_ALT', collided: renames.length > 0 });
    return 0;
  },
});
