// instfix — REFERENCE §2.25: which fix keywords are fully installed. The technology-level keywords
// (7.2.0.0_AIX_ML, 7200-00_AIX_ML … up to the running TL) are derived from the fileset levels: a TL's
// keyword is complete when every base fileset is installed at V.R.TL.0 or higher.
import { instfixMessages as M } from '../messages/system.ts';
import { trainerMessages } from '../messages/index.ts';
import { compareVrmf, filesetsFor } from '../model/levels.ts';
import type { CommandContext } from './types.ts';
import type { OsImage } from '../model/types.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { keywords: string[] | null; colon: boolean; quiet: boolean };

export const instfix = defineCommand<Args>({
  name: 'instfix',
  synopsis: M.usage,
  summary: 'Reports whether all filesets of a fix or technology level are installed.',
  fileset: 'bos.rte.install',
  manual: `instfix — fix (APAR) and technology-level keywords of the running AIX.

  instfix -i                    every keyword known here, e.g. "All filesets for
                                7200-05_AIX_ML were found."
  instfix -i | grep ML          the technology levels only
  instfix -ik 7200-05_AIX_ML    one keyword ("All filesets …", "Not all filesets …")
  instfix -icqk 7200-05_AIX_ML  one line per fileset: Keyword:Fileset:ReqLevel:InstLevel:
                                Status:Abstract (status = at level, + above, - below, ! missing)

The lab's fix database holds the technology-level keywords of the installed release; an APAR
number answers "There was no data for … in the fix database." Installing fixes (-k without -i,
-f, -d) and -a, -F, -p, -s, -S, -t, -T, -v are not simulated.`,
  flags: { spec: 'acd:f:Fik:M:pqs:St:Tv', notSimulated: 'adfFMpsStTv', usage: M.usage },
  parse(o) {
    if (!hasFlag(o, 'i')) return hasFlag(o, 'k') ? usage(trainerMessages.notSimulated('instfix', '-k without -i (installing a fix)')) : usage(M.usage);
    if (o.operands.length) return usage(M.usage);
    const k = flagValue(o, 'k');
    return ok({ keywords: k === undefined ? null : k.split(/\s+/).filter(Boolean), colon: hasFlag(o, 'c'), quiet: hasFlag(o, 'q') });
  },
  run(ctx, a) {
    const os = ctx.world.vgs[ctx.host.run!.rootVgid].os!;
    const known = mlKeywords(os);
    if (a.colon) return colonReport(ctx, os, known, a);
    const lines: string[] = [];
    let code = 0;
    for (const kw of a.keywords ?? known.map((k) => k.keyword)) {
      const k = known.find((x) => x.keyword === kw);
      if (!k) {
        lines.push(M.noData(kw));
        code = 1;
      } else lines.push(k.complete ? M.allFound(kw) : M.notAllFound(kw));
    }
    ctx.out(lines.join('\n') + (lines.length ? '\n' : ''));
    return code;
  },
});

/**
 * -c: one colon-separated line per fileset of each keyword (REFERENCE §2.25 [V: the field list and the
 * status letters]; the abstract text for a technology level is [M]). -q drops the heading.
 */
function colonReport(ctx: CommandContext, os: OsImage, known: { keyword: string; required: string }[], a: Args): number {
  const rows: string[] = a.quiet ? [] : ['#Keyword:Fileset:ReqLevel:InstLevel:Status:Abstract'];
  let code = 0;
  for (const kw of a.keywords ?? known.map((k) => k.keyword)) {
    const k = known.find((x) => x.keyword === kw);
    if (!k) {
      ctx.err(M.noData(kw) + '\n');
      code = 1;
      continue;
    }
    const abstract = kw.endsWith('_AIX_ML') ? `AIX ${kw.replace('_AIX_ML', '')} Technology Level` : kw;
    for (const name of Object.keys(filesetsFor(os.level)).sort()) {
      const have = os.filesets[name];
      const status = !have ? '!' : compareVrmf(have.level, k.required) === 0 ? '=' : compareVrmf(have.level, k.required) > 0 ? '+' : '-';
      rows.push(`${kw}:${name}:${k.required}:${have?.level ?? ''}:${status}:${abstract}`);
    }
  }
  if (rows.length) ctx.out(rows.join('\n') + '\n');
  return code;
}

/** The ML keywords of the installed release up to its technology level, and whether each is complete. */
export function mlKeywords(os: OsImage): { keyword: string; complete: boolean; required: string }[] {
  const v = os.level.slice(0, 1);
  const r = os.level.slice(1, 2);
  const release = os.level.slice(0, 4);
  const tl = Number(os.level.slice(5, 7));
  const base = Object.keys(filesetsFor(os.level));
  const complete = (required: string) => base.every((n) => os.filesets[n] && compareVrmf(os.filesets[n].level, required) >= 0);
  const out = [{ keyword: `${v}.${r}.0.0_AIX_ML`, complete: complete(`${v}.${r}.0.0`), required: `${v}.${r}.0.0` }];
  for (let t = 0; t <= tl; t++) {
    const tt = String(t).padStart(2, '0');
    out.push({ keyword: `${release}-${tt}_AIX_ML`, complete: complete(`${v}.${r}.${t}.0`), required: `${v}.${r}.${t}.0` });
  }
  return out;
}
