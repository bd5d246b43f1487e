// oslevel — REFERENCE §2.10: the level of the running AIX, derived from the booted disk's OS image.
import { trainerMessages } from '../messages/index.ts';
import { KNOWN_LEVELS, baseLevel, compareLevels, technologyLevel } from '../model/levels.ts';
import { getopt, hasFlag } from '../shell/getopt.ts';
import { lines } from './format.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = 'Usage: oslevel [-l Level | -g Level | -q] [-r | -s] [-f]';

type Args = { kind: 'base' | 'tl' | 'sp' | 'tl-list' };

export const oslevel = defineCommand<Args>({
  name: 'oslevel',
  synopsis: SYNOPSIS,
  summary: 'Shows the AIX level of the running system.',
  manual: `oslevel — the level of the AIX you are running (the booted disk's, not a clone's).

  oslevel          base level, e.g. 7.2.0.0
  oslevel -r       technology level, e.g. 7200-05
  oslevel -s       service pack with build date, e.g. 7200-05-03-2148
  oslevel -rq      the technology levels this system knows of

The level of an alternate disk only shows after you boot it: an updated clone leaves the
running system's oslevel unchanged. -l, -g, -f and -sq are not simulated.`,
  parse(args) {
    const r = getopt('oslevel', args, 'l:g:qrsf');
    if (!r.ok) return usage(`${r.message}\n${SYNOPSIS}`);
    const o = r.opts;
    if (o.operands.length) return usage(SYNOPSIS);
    for (const f of ['l', 'g', 'f'] as const) if (hasFlag(o, f)) return usage(trainerMessages.notSimulated('oslevel', `-${f}`));
    const rr = hasFlag(o, 'r');
    const s = hasFlag(o, 's');
    if (rr && s) return usage(SYNOPSIS);
    if (hasFlag(o, 'q')) {
      if (s) return usage(trainerMessages.notSimulated('oslevel', '-sq'));
      return ok({ kind: 'tl-list' });
    }
    return ok({ kind: rr ? 'tl' : s ? 'sp' : 'base' });
  },
  run(ctx, a) {
    const level = ctx.world.vgs[ctx.host.run!.rootVgid].os!.level;
    if (a.kind === 'sp') ctx.out(level + '\n');
    else if (a.kind === 'tl') ctx.out(technologyLevel(level) + '\n');
    else if (a.kind === 'base') ctx.out(baseLevel(level) + '\n');
    else {
      const release = level.slice(0, 4);
      const tls = [...new Set(KNOWN_LEVELS.filter((l) => l.sp.startsWith(release) && compareLevels(l.sp, level) <= 0).map((l) => technologyLevel(l.sp)))];
      tls.sort((x, y) => compareLevels(y, x));
      ctx.out(lines(['Known Recommended Maintenance Levels', '------------------------------------', ...tls]));
    }
    return 0;
  },
});
