// alt_rootvg_op — operations on an existing alternate rootvg: wake, sleep, remove, rename, query,
// customize (REFERENCE §2.3, §3.7, §4.3, §4.4, rules R12, R13, R23, R24).
import { customize, queryBootDisk, removeDefinition, rename, sleep, wake } from '../engine/altdisk/ops.ts';
import { altMessages } from '../messages/index.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const PROG = 'alt_rootvg_op';
export const ALT_ROOTVG_OP_USAGE = `Usage: alt_rootvg_op -q -d disk [-D]
       alt_rootvg_op -v new_vg_name -d disk [-D]
       alt_rootvg_op -W -d disk [-D]
       alt_rootvg_op -S [-tD]
       alt_rootvg_op -X [volume_group] [-D]
       alt_rootvg_op -C [-R resolv_conf] [-s script] [-b bundle_name] [-I installp_flags]
              [-l images_location] [-f fix_bundle] [-F fixes] [-w filesets] [-DV]`;

type Args =
  | { op: 'q' | 'W'; disk: string }
  | { op: 'v'; name: string; disk: string }
  | { op: 'S'; rebuild: boolean }
  | { op: 'X'; vg: string }
  | { op: 'C'; bundle: string | null; filesets: string[] | null; location: string | null; flags: string; script: string | null };

export const alt_rootvg_op = defineCommand<Args>({
  name: PROG,
  fileset: 'bos.alt_disk_install.rte',
  synopsis: ALT_ROOTVG_OP_USAGE,
  summary: 'Wakes, sleeps, removes, renames, queries or customizes an alternate rootvg.',
  manual: `alt_rootvg_op — works on an alternate rootvg that already exists.

  alt_rootvg_op -W -d hdisk1     wake it: vary on, rename its LVs alt_*, mount them under /alt_inst
  alt_rootvg_op -S               put the awake one back to sleep (do this BEFORE any reboot)
  alt_rootvg_op -S -t            ... and rebuild its boot image first (the supported way; never bosboot it)
  alt_rootvg_op -C -b update_all -l DIR    install updates into the awake one (also -w, -s, -R)
  alt_rootvg_op -X [vg]          remove the definition (default altinst_rootvg; also old_rootvg);
                                 the disk keeps its PVID and its bootable rootvg
  alt_rootvg_op -v NAME -d hdisk1   rename it (keep a second clone as image_1)
  alt_rootvg_op -q -d hdisk1     which member disk holds its boot logical volume

A woken volume group is always called altinst_rootvg, even if it was old_rootvg. An alternate
restored from a mksysb takes no device or kernel support (-C) until the system has booted from it. An
alternate at a higher technology level or service pack of the same release wakes with a warning that
some operations on it might not work; one at a higher version/release is refused unless FORCE=yes is
set. Waking a newer volume group that has run as a rootvg risks its file systems (its JFS2 logs were
written by the newer level). -f, -F, -D and -a are not simulated.`,
  flags: { spec: 'qv:WSXCtd:DR:s:b:I:l:f:F:w:Va', notSimulated: 'fFDa', usage: ALT_ROOTVG_OP_USAGE,
    meanings: {
      q: "Query: print which member disk holds the boot logical volume of the alternate rootvg on -d's disk.",
      v: ['new_vg_name', "Rename the alternate rootvg on -d's disk (keep a second clone as image_1)."],
      W: "Wake up the alternate rootvg on -d's disk: vary it on, name its LVs alt_*, mount them under /alt_inst.",
      S: 'Put the awake alternate rootvg back to sleep: unmount /alt_inst, names back, vary off. Needed before booting it.',
      X: "Remove the alternate rootvg's definition from the ODM (default altinst_rootvg; also old_rootvg). The disk keeps its data.",
      C: 'Customize the awake alternate rootvg: install filesets or updates from -l, copy -R, run -s.',
      t: "With -S: rebuild the alternate rootvg's boot image before it goes to sleep.",
      d: ['disk', 'A disk of the alternate rootvg to work on (-q, -v, -W).'],
      D: 'Debug: trace the script (set -x).',
      R: ['resolv_conf', 'With -C: a resolv.conf file to put into the alternate rootvg.'],
      s: ['script', 'With -C: a customization script to run in the alternate rootvg.'],
      b: ['bundle_name', 'With -C: a bundle to install; update_all applies every update in -l.'],
      I: ['installp_flags', 'With -C: the installp flags for the install (default -acgX).'],
      l: ['images_location', 'With -C: the directory or device holding the install images.'],
      f: ['fix_bundle', 'With -C: a file listing fixes (APARs) to install.'],
      F: ['fixes', 'With -C: fixes (APARs) to install.'],
      w: ['filesets', 'With -C: filesets to install.'],
      V: 'Verbose.',
      a: 'Listed in the AIX 7.3 synopsis of the -C form; this trainer does not describe it.',
    },
    operandMeaning: 'With -X: the alternate volume group to remove (altinst_rootvg when none is given).',
  },
  parse(o) {
    const ops = (['q', 'v', 'W', 'S', 'X', 'C'] as const).filter((f) => hasFlag(o, f));
    if (ops.length !== 1) return usage(ALT_ROOTVG_OP_USAGE);
    const op = ops[0];
    const disk = flagValue(o, 'd');
    if (op === 'X') {
      if (o.operands.length > 1 || disk) return usage(ALT_ROOTVG_OP_USAGE);
      return ok({ op, vg: o.operands[0] ?? 'altinst_rootvg' });
    }
    if (o.operands.length) return usage(ALT_ROOTVG_OP_USAGE);
    if (op === 'S') return disk ? usage(ALT_ROOTVG_OP_USAGE) : ok({ op, rebuild: hasFlag(o, 't') });
    if (hasFlag(o, 't')) return usage(ALT_ROOTVG_OP_USAGE);
    if (op === 'C') {
      const bundle = flagValue(o, 'b') ?? null;
      const w = flagValue(o, 'w');
      if ((bundle || w) && !hasFlag(o, 'l')) return usage(altMessages.needsImagesLocation(PROG));
      return ok({ op, bundle, filesets: w ? w.trim().split(/\s+/) : null, location: flagValue(o, 'l') ?? null, flags: (flagValue(o, 'I') ?? 'acgX').replace(/^-/, ''), script: flagValue(o, 's') ?? null });
    }
    if (!disk) return usage(ALT_ROOTVG_OP_USAGE);
    if (op === 'v') return ok({ op, name: flagValue(o, 'v')!, disk });
    return ok({ op, disk });
  },
  run(ctx, a) {
    switch (a.op) {
      case 'W':
        return wake(ctx, a.disk).code;
      case 'S':
        return sleep(ctx, a.rebuild);
      case 'X':
        return removeDefinition(ctx, a.vg);
      case 'v':
        return rename(ctx, a.name, a.disk);
      case 'q':
        return queryBootDisk(ctx, a.disk);
      case 'C': {
        const install = a.location && (a.bundle || a.filesets) ? { bundle: a.bundle, filesets: a.filesets, location: a.location, flags: a.flags } : null;
        return customize(ctx, install, a.script);
      }
    }
  },
});
