// errpt — the error log of the running AIX, newest first (the layout of real errpt captures). The lab
// writes boot-related records: errdemon stopping at shutdown and starting at boot, "SYSTEM SHUTDOWN BY
// USER" (kept in NVRAM over the reboot, so it lands in the log of whichever disk boots next), a
// rootvg disk declared missing, the RMC daemon starting. Each disk's AIX keeps its own log.
import { own } from '../model/own.ts';
import { errlogView, errTimestamp } from '../engine/errlog.ts';
import { errDetails, errptDetailMessages as D } from '../messages/diag.ts';
import { errptMessages as M } from '../messages/system.ts';
import { civil, formatDate } from '../model/time.ts';
import type { ErrEntry } from '../model/types.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';
import { machineId } from './uname.ts';

type Args = { ids: string[] | null; labels: string[] | null; resources: string[] | null; classes: string[] | null; types: string[] | null; detailed: boolean };

const TYPE_LETTER: Record<string, ErrEntry['type']> = { PERM: 'P', TEMP: 'T', INFO: 'I', UNKN: 'U' };
const list = (v: string | undefined) => (v === undefined ? null : v.split(/[ ,]+/).filter(Boolean));

export const errpt = defineCommand<Args>({
  name: 'errpt',
  synopsis: M.usage,
  summary: 'Shows the error log, newest entry first.',
  manual: `errpt — the AIX error log (/var/adm/ras/errlog) of the running system, newest first.

  errpt                     IDENTIFIER, TIMESTAMP (MMDDhhmmYY), T(ype), C(lass), resource, text
  errpt -j 2BFA76F6         only these identifiers (comma-separated)
  errpt -N errdemon         only these resources
  errpt -d H                only these classes (H hardware, S software, O operator, U undetermined)
  errpt -T TEMP             only these types (PERM, TEMP, INFO, UNKN)
  errpt -J REBOOT_ID        only these labels (ERRLOG_ON, ERRLOG_OFF, REBOOT_ID, ...)
  errpt -a                  the detailed report: label, date, sequence number, machine and
                            node, class, type, resource, description and causes

The lab logs boot events: ERROR LOGGING TURNED OFF at shutdown, ERROR LOGGING TURNED ON at boot,
SYSTEM SHUTDOWN BY USER (written after errdemon starts, so it sits above the boot's entry), a
rootvg disk declared missing. The log lives on the rootvg you booted: a clone starts with a copy
of the log as it was when cloned. The other flags are not simulated.`,
  flags: { spec: 'acd:e:gi:j:k:J:K:l:m:n:N:R:s:S:tT:y:z:', notSimulated: 'cegikKlmnRsStyz', operands: [0, 0], usage: M.usage },
  parse(o) {
    const types = list(flagValue(o, 'T'));
    if (types && types.some((t) => !own(TYPE_LETTER, t))) return usage(M.usage);
    return ok({
      ids: list(flagValue(o, 'j'))?.map((s) => s.toUpperCase()) ?? null,
      labels: list(flagValue(o, 'J')),
      detailed: hasFlag(o, 'a'),
      resources: list(flagValue(o, 'N')),
      classes: list(flagValue(o, 'd')),
      types: types?.map((t) => TYPE_LETTER[t]) ?? null,
    });
  },
  run(ctx, a) {
    const log = errlogView(ctx.world, ctx.host);
    const entries = log
      .map((e, i) => ({ ...e, seq: i + 1 }))
      .filter((e) => !a.ids || a.ids.includes(e.id))
      .filter((e) => !a.labels || a.labels.includes(errDetails[e.id]?.label ?? ''))
      .filter((e) => !a.resources || a.resources.includes(e.resource))
      .filter((e) => !a.classes || a.classes.includes(e.cls))
      .filter((e) => !a.types || a.types.includes(e.type))
      .reverse();
    if (entries.length === 0) return 0;
    if (a.detailed) {
      ctx.out(entries.map((e) => detail(ctx.host.name, e)).join('\n') + '\n');
      return 0;
    }
    const rows = entries.map((e) => `${padRight(e.id, 8)}   ${errTimestamp(civil(e.atMs))} ${e.type} ${e.cls} ${padRight(e.resource, 14)} ${e.description}`);
    ctx.out([M.header, ...rows].join('\n') + '\n');
    return 0;
  },
});

const TYPE_NAME: Record<ErrEntry['type'], string> = { P: 'PERM', T: 'TEMP', I: 'INFO', U: 'UNKN' };

/** One errpt -a record: a rule, the header block, the description and the template's sections [M]. */
function detail(node: string, e: ErrEntry & { seq: number }): string {
  const known = errDetails[e.id];
  const head = D.header({
    label: known?.label ?? 'UNKNOWN',
    id: e.id,
    date: formatDate(e.atMs),
    seq: e.seq,
    machineId: machineId(),
    node,
    cls: e.cls,
    type: TYPE_NAME[e.type],
    resource: e.resource,
  });
  return [D.rule, head, e.description, '', ...(known?.sections ?? [])].join('\n') + '\n';
}
