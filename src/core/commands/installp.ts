// installp — the software maintenance forms an administrator uses around a clone on the running AIX:
// -s lists filesets left APPLIED (e.g. by "alt_disk_copy -I agX", committed only after booting the
// clone: REFERENCE §2.24 [H]), -c commits them, -C cleans up after a failed installation. Installing
// on the running system (-a, -d) is not simulated: the trainer updates clones (alt_disk_copy -b,
// alt_rootvg_op -C). The -c report follows the §2.24 apply report and -s borrows lslpp -l's columns;
// see messages/software.ts for what is [M].
import { recordHistory } from '../engine/altdisk/install.ts';
import { installpMessages as M } from '../messages/software.ts';
import { trainerMessages } from '../messages/index.ts';
import { hasFlag } from '../shell/getopt.ts';
import { padLeft, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { op: 'list' | 'commit' | 'cleanup'; names: string[] };

export const installp = defineCommand<Args>({
  name: 'installp',
  synopsis: M.usage,
  summary: 'Lists (-s) and commits (-c) APPLIED filesets; -C cleans up a failed installation.',
  fileset: 'bos.rte.install',
  manual: `installp — installs and maintains software products.

  installp -s all            filesets in the APPLIED state (they can still be rejected)
  installp -c all            commits every APPLIED fileset (or name them: installp -c bos.rte)
  installp -C                cleans up after an interrupted or failed installation

Updates in this trainer go to a clone: "alt_disk_copy -b update_all -l DIR -d hdisk1" or
"alt_rootvg_op -C -b update_all -l DIR". With "-I agX" the clone's updates stay APPLIED; boot
it, test, then commit them here. A fileset an interim fix locks (emgr -l) is not updated.
Installing on the running system (-a, -d), rejecting (-r), -u, -p, -l and -L are not simulated.`,
  flags: { spec: 'acCsrud:e:f:gXYNpqvwIFBDSQtlLO:V:bJz:', notSimulated: 'arudplLf', usage: M.usage,
    meanings: {
      a: 'Apply: install the software (it stays APPLIED until committed or rejected).',
      c: 'Commit applied software: the saved older files are removed and it can no longer be rejected.',
      C: 'Clean up after an interrupted or failed installation.',
      s: 'List the software in the APPLIED state, which can still be committed or rejected.',
      r: 'Reject applied updates: go back to the committed level.',
      u: 'Remove (deinstall) software.',
      d: ['device', 'Where the install images are: a directory, a device (/dev/cd0) or a file.'],
      e: ['logfile', 'Also write the output to this log file.'],
      f: ['listfile', 'Read the names of the software to work on from this file.'],
      g: 'Also pull in the requisites of what you name (and, with -u, what depends on it).',
      X: 'Expand file systems when more space is needed.',
      Y: "Agree to the software's license agreements.",
      N: 'Do not save the files being replaced (the update cannot be rejected later).',
      p: 'Preview only: run the checks and report, change nothing.',
      q: 'Quiet: do not ask to mount the next volume of the media.',
      v: 'Verbose.',
      w: 'Do not treat the names given as wildcards: exact fileset names only.',
      I: 'Install base levels only, no updates.',
      F: 'Force: install a base level again even if it is already installed.',
      B: 'Updates only, no base levels.',
      D: 'Delete the install images from the directory once they are installed.',
      S: 'Suppress multi-volume processing of the media.',
      Q: 'Do not fail on an installed-requisite (instreq) problem.',
      t: "An AIX flag the trainer does not describe; see IBM's manual.",
      l: 'List the software on the media named by -d (installp -l -d device).',
      L: 'List the software on the media in colon-separated form, for scripts.',
      O: ['parts', 'Which parts to work on: r (root), s (/usr/share), u (/usr).'],
      V: ['level', 'How much detail the verification report gives (1 to 4).'],
      b: 'Do not rebuild the boot image after the install.',
      J: 'Write the output in the form SMIT expects.',
      z: ['blocksize', 'The block size of the tape to read from.'],
    },
    operandMeaning: 'The filesets or bundles to work on (all for everything found).',
  },
  parse(o) {
    const ops = (['s', 'c', 'C'] as const).filter((f) => hasFlag(o, f));
    if (ops.length !== 1) return usage(M.usage);
    const op = ops[0] === 's' ? 'list' : ops[0] === 'c' ? 'commit' : 'cleanup';
    if (op === 'cleanup' && o.operands.length) return usage(M.usage);
    if (op === 'commit' && o.operands.length === 0) return usage(M.usage);
    return ok({ op, names: o.operands });
  },
  run(ctx, a) {
    const filesets = ctx.world.vgs[ctx.host.run!.rootVgid].os!.filesets;
    if (a.op === 'cleanup') {
      if (Object.values(filesets).some((f) => f.state === 'BROKEN')) {
        ctx.err(trainerMessages.notSimulated('installp', 'cleaning up a BROKEN fileset') + '\n');
        return 1;
      }
      ctx.out(M.nothingToClean + '\n');
      return 0;
    }
    const all = a.names.length === 0 || a.names.includes('all');
    const applied = Object.keys(filesets)
      .sort()
      .filter((n) => filesets[n].state === 'APPLIED' && (all || a.names.includes(n)));
    if (applied.length === 0) {
      ctx.out(M.nothingApplied + '\n');
      return 0;
    }
    if (a.op === 'list') {
      const rows = applied.map((n) => `  ${padRight(n, 24)}${padLeft(filesets[n].level, 10)}  ${padRight('APPLIED', 9)}  ${filesets[n].description}`);
      ctx.out(['  Fileset                      Level  State      Description', '  ' + '-'.repeat(76), ...rows].join('\n') + '\n');
      return 0;
    }
    ctx.out(M.commitReport(applied.map((n) => ({ name: n, level: filesets[n].level, description: filesets[n].description }))));
    ctx.wait(5_000 * applied.length);
    const os = ctx.world.vgs[ctx.host.run!.rootVgid].os!;
    for (const n of applied) {
      filesets[n].state = 'COMMITTED';
      recordHistory(os, filesets[n], { level: filesets[n].level, action: 'COMMIT', atMs: ctx.world.clock.nowMs });
    }
    return 0;
  },
});
