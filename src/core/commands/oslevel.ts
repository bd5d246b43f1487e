// oslevel — REFERENCE §2.10: the level of the running AIX, derived from the booted disk's OS image.
// -rq/-sq list the known technology levels / service packs of the installed release up to the running
// one; -l/-g Level list the filesets below/above a level with the §2.10 header ([V] header strings;
// the "Service Pack Level" title for -s is [M]).
import { trainerMessages } from '../messages/index.ts';
import { KNOWN_LEVELS, baseLevel, compareLevels, compareVrmf, levelInfo, technologyLevel } from '../model/levels.ts';
import type { Fileset } from '../model/types.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = 'Usage: oslevel [-l Level | -g Level | -q] [-r | -s] [-f]';

type Scope = 'base' | 'tl' | 'sp';
type Args = { kind: 'level'; scope: Scope } | { kind: 'known'; scope: 'tl' | 'sp' } | { kind: 'compare'; scope: Scope; below: boolean; level: string };

export const oslevel = defineCommand<Args>({
  name: 'oslevel',
  synopsis: SYNOPSIS,
  summary: 'Shows the AIX level of the running system.',
  manual: `oslevel — the level of the AIX you are running (the booted disk's, not a clone's).

  oslevel                        base level, e.g. 7.2.0.0
  oslevel -r                     technology level, e.g. 7200-05
  oslevel -s                     service pack with build date, e.g. 7200-05-03-2148
  oslevel -rq / -sq              the technology levels / service packs this system knows of
  oslevel -s -l 7200-05-04-2220  filesets below that service pack (what an update would raise)
  oslevel -r -g 7200-05          filesets above that technology level

The level of an alternate disk only shows after you boot it: an updated clone leaves the
running system's oslevel unchanged. -f is not simulated.`,
  flags: { spec: 'l:g:qrsf', operands: [0, 0], usage: SYNOPSIS,
    meanings: {
      l: ['level', 'List the filesets at levels below this one.'],
      g: ['level', 'List the filesets at levels above this one.'],
      q: 'List the levels the system knows about.',
      r: 'The technology level (7200-05).',
      s: 'The service pack (7200-05-03-2148).',
      f: "An AIX flag the trainer does not describe; see IBM's manual.",
    },
  },
  parse(o) {
    if (hasFlag(o, 'f')) return usage(trainerMessages.notSimulated('oslevel', '-f'));
    const rr = hasFlag(o, 'r');
    const s = hasFlag(o, 's');
    if (rr && s) return usage(SYNOPSIS);
    const scope: Scope = rr ? 'tl' : s ? 'sp' : 'base';
    const l = flagValue(o, 'l');
    const g = flagValue(o, 'g');
    const q = hasFlag(o, 'q');
    if ([l !== undefined, g !== undefined, q].filter(Boolean).length > 1) return usage(SYNOPSIS);
    if (q) return scope === 'base' ? usage(SYNOPSIS) : ok({ kind: 'known', scope });
    const level = l ?? g;
    if (level !== undefined) return ok({ kind: 'compare', scope, below: l !== undefined, level });
    return ok({ kind: 'level', scope });
  },
  run(ctx, a) {
    const os = ctx.world.vgs[ctx.host.run!.rootVgid].os!;
    const level = os.level;
    if (a.kind === 'level') {
      ctx.out((a.scope === 'sp' ? level : a.scope === 'tl' ? technologyLevel(level) : baseLevel(level)) + '\n');
      return 0;
    }
    if (a.kind === 'known') {
      const release = level.slice(0, 4);
      const sps = KNOWN_LEVELS.filter((k) => k.sp.startsWith(release) && compareLevels(k.sp, level) <= 0).map((k) => k.sp);
      const items = a.scope === 'tl' ? [...new Set(sps.map(technologyLevel))] : sps;
      items.sort((x, y) => compareLevels(y, x));
      const title = a.scope === 'tl' ? 'Known Recommended Maintenance Levels' : 'Known Service Packs';
      ctx.out(lines([title, '-'.repeat(title.length), ...items]));
      return 0;
    }
    const target = targetVrmf(a.scope, a.level);
    if (!target) {
      ctx.err(trainerMessages.notSimulated('oslevel', `the level ${a.level} (unknown to this lab; see oslevel -${a.scope === 'tl' ? 'r' : 's'}q)`) + '\n');
      return 1;
    }
    ctx.out(compareReport(os.filesets, target, a.below, a.scope));
    return 0;
  },
});

/** The fileset level a -l/-g Level stands for: an SP's fix level, V.R.TL.0 for a TL, V.R.0.0 for a base level. */
function targetVrmf(scope: Scope, level: string): string | null {
  if (scope === 'sp') return levelInfo(level)?.vrmf ?? null;
  if (scope === 'tl') {
    const m = /^(\d)(\d)00-(\d\d)$/.exec(level);
    return m ? `${m[1]}.${m[2]}.${Number(m[3])}.0` : null;
  }
  return /^\d+\.\d+\.\d+\.\d+$/.test(level) ? level : null;
}

function compareReport(filesets: Record<string, Fileset>, target: string, below: boolean, scope: Scope): string {
  const rows = Object.keys(filesets)
    .sort()
    .filter((n) => (below ? compareVrmf(filesets[n].level, target) < 0 : compareVrmf(filesets[n].level, target) > 0));
  if (rows.length === 0) return '';
  const title = scope === 'sp' ? 'Service Pack Level' : 'Maintenance Level';
  return lines([
    padRight('Fileset', 40) + padRight('Actual Level', 20) + title,
    '-'.repeat(77),
    ...rows.map((n) => padRight(n, 40) + padRight(filesets[n].level, 20) + target),
  ]);
}
