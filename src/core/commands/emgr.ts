// emgr — interim fixes (REFERENCE §2.26, §8 S23): -l lists the running system's efixes in the layout
// of a real capture; -r -L removes one and unlocks the filesets it patched, so installp (and
// alt_disk_copy -b update_all) can update them again. Installing (-e), checking (-c) and the other
// forms are not simulated. The efix data lives in the booted rootvg, so a clone carries its efixes.
import { emgrMessages as M } from '../messages/software.ts';
import type { Efix, OsImage } from '../model/types.ts';
import { civil } from '../model/time.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { op: 'list'; label: string | null } | { op: 'remove'; label: string; preview: boolean };

export const emgr = defineCommand<Args>({
  name: 'emgr',
  synopsis: M.usage,
  summary: 'Lists or removes interim fixes (efixes) and the fileset locks they hold.',
  fileset: 'bos.rte.install',
  manual: `emgr — the interim fix manager of the running AIX.

  emgr -l                 every interim fix: ID, STATE, LABEL, install time, abstract
  emgr -l -L IJ41974s3a   one of them
  emgr -r -L IJ41974s3a   removes it; the filesets it patched are no longer EFIXLOCKED
  emgr -p -r -L label     preview only

While an interim fix is installed, the filesets it patches show EFIXLOCKED in "lslpp -l" and
installp will not update them: "alt_disk_copy -b update_all" then fails in its installp step.
The fix lives in rootvg, so a clone of the system carries it too: remove it on the running
system first, then clone (the efix-lab scenario starts with one installed).
-e, -c, -P, -n, -u, -f and the other flags are not simulated.`,
  flags: { spec: 'lrL:n:u:e:f:w:a:cPpv:bkIqXmoVdDs', notSimulated: 'ecPnufwabkIqXmoVdDs', operands: [0, 0], usage: M.usage,
    meanings: {
      l: 'List the interim fixes installed (ID, state, label, install time, abstract).',
      r: 'Remove an interim fix (name it with -L, -n or -u).',
      L: ['label', 'The interim fix to work on, by its label (IJ41974s3a).'],
      n: ['number', 'The interim fix to work on, by its number in emgr -l.'],
      u: ['vuid', 'The interim fix to work on, by its VUID.'],
      e: ['package', 'Install this interim fix package (.epkg.Z).'],
      f: ['listfile', 'Work on the interim fixes listed in this file.'],
      w: ['directory', 'The working directory emgr uses.'],
      a: ['path', 'Work on the system found under this alternate root path.'],
      c: 'Check the installed interim fixes (files, checksums, requisites).',
      P: 'Show the filesets the interim fixes lock (package locks).',
      p: 'Preview only: report what the operation would do, change nothing.',
      v: ['level', 'How much detail a list or check shows (1 to 3).'],
      b: 'Do not rebuild the boot image after the operation.',
      k: "An AIX flag the trainer does not describe; see IBM's manual.",
      I: "An AIX flag the trainer does not describe; see IBM's manual.",
      q: 'Quiet.',
      X: 'Expand file systems when more space is needed.',
      m: 'Mount install: the fixed files are mounted over the originals (a reboot unmounts them).',
      o: "An AIX flag the trainer does not describe; see IBM's manual.",
      V: "An AIX flag the trainer does not describe; see IBM's manual.",
      d: 'With -e: show the contents of a package without installing it.',
      D: "An AIX flag the trainer does not describe; see IBM's manual.",
      s: "An AIX flag the trainer does not describe; see IBM's manual.",
    },
  },
  parse(o) {
    const list = hasFlag(o, 'l');
    const remove = hasFlag(o, 'r');
    const label = flagValue(o, 'L') ?? null;
    if (list === remove) return usage(M.usage);
    if (list) return hasFlag(o, 'p') ? usage(M.usage) : ok({ op: 'list', label });
    if (label === null) return usage(M.usage);
    return ok({ op: 'remove', label, preview: hasFlag(o, 'p') });
  },
  run(ctx, a) {
    const os = ctx.world.vgs[ctx.host.run!.rootVgid].os!;
    const efixes = os.efixes ?? [];
    if (a.op === 'list') {
      const shown = efixes.map((e, i) => ({ e, n: i + 1 })).filter(({ e }) => !a.label || e.label === a.label);
      if (shown.length === 0) {
        if (a.label) {
          ctx.err(M.noSuchLabel(a.label) + '\n');
          return 1;
        }
        ctx.out(M.noEfixes + '\n');
        return 0;
      }
      ctx.out([M.listHeader, ...shown.map(({ e, n }) => row(n, e))].join('\n') + '\n' + M.stateCodes);
      return 0;
    }
    const index = efixes.findIndex((e) => e.label === a.label);
    if (index < 0) {
      ctx.err(M.noSuchLabel(a.label) + '\n');
      return 1;
    }
    ctx.out(M.removeStart(a.label) + '\n');
    ctx.wait(2_000);
    if (!a.preview) removeEfix(os, index);
    ctx.wait(8_000);
    ctx.out(M.removeSummary(index + 1, a.label));
    return 0;
  },
});

/** One line of emgr -l: ID, STATE (" S " or "*Q*"), LABEL, MM/DD/YY hh:mm:ss, UPDATED BY, ABSTRACT. */
function row(n: number, e: Efix): string {
  const t = civil(e.installedAtMs);
  const two = (x: number) => String(x).padStart(2, '0');
  const time = `${two(t.month)}/${two(t.day)}/${two(t.year % 100)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
  const state = e.state === 'Q' ? '*Q*' : ' S ';
  return `${padRight(n, 3)} ${padRight(state, 5)} ${padRight(e.label, 10)} ${time} ${padRight('', 10)} ${padRight(e.abstract, 38)}`;
}

/** Drops the efix and recomputes each fileset's lock from the efixes that remain. */
export function removeEfix(os: OsImage, index: number): void {
  const [gone] = os.efixes!.splice(index, 1);
  for (const name of gone.filesets) {
    const f = os.filesets[name];
    if (!f) continue;
    if (os.efixes!.some((e) => e.filesets.includes(name))) f.efixLocked = true;
    else delete f.efixLocked;
  }
}
