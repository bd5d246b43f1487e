// date — the simulated clock (world.clock.nowMs, UTC), e.g. "Thu Nov 26 09:00:00 UTC 2026", or formatted
// with +"Field Descriptors". Setting the clock is not simulated.
import { fileMessages } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { civil, dayName, epochMs, formatDate, monthName } from '../model/time.ts';
import { err, type Result } from '../result.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.date;
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** strftime for the descriptors AIX's date documents; null names the first unknown one. */
export function formatFields(fmt: string, ms: number): Result<string, string> {
  const t = civil(ms);
  const doy = Math.floor((ms - epochMs(t.year, 1, 1)) / 86_400_000) + 1;
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const map: Record<string, () => string> = {
    a: () => dayName(t.weekday),
    A: () => LONG_DAYS[t.weekday],
    b: () => monthName(t.month),
    h: () => monthName(t.month),
    B: () => LONG_MONTHS[t.month - 1],
    c: () => formatDate(ms),
    C: () => pad(Math.floor(t.year / 100)),
    d: () => pad(t.day),
    D: () => `${pad(t.month)}/${pad(t.day)}/${pad(t.year % 100)}`,
    e: () => pad(t.day, 2, ' '),
    H: () => pad(t.hour),
    I: () => pad(h12),
    j: () => pad(doy, 3),
    m: () => pad(t.month),
    M: () => pad(t.minute),
    n: () => '\n',
    p: () => (t.hour < 12 ? 'AM' : 'PM'),
    r: () => `${pad(h12)}:${pad(t.minute)}:${pad(t.second)} ${t.hour < 12 ? 'AM' : 'PM'}`,
    S: () => pad(t.second),
    t: () => '\t',
    T: () => `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`,
    u: () => String(t.weekday === 0 ? 7 : t.weekday),
    w: () => String(t.weekday),
    y: () => pad(t.year % 100),
    Y: () => String(t.year),
    Z: () => 'UTC',
    '%': () => '%',
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== '%') {
      out += fmt[i];
      continue;
    }
    const c = fmt[++i];
    if (c === undefined) return err('%');
    const f = map[c];
    if (!f) return err(c);
    out += f();
  }
  return ok(out);
}

type Args = { format: string | null };

export const date = defineCommand<Args>({
  name: 'date',
  synopsis: M.usage,
  summary: 'Shows the date and time of the simulated clock.',
  manual: `date — the date and time of the simulated clock (UTC), which moves as simulated work takes
time (a clone takes tens of minutes).

  date                      Thu Nov 26 09:00:00 UTC 2026
  date +"%Y-%m-%d %H:%M"    formatted: %a %A %b %B %c %C %d %D %e %H %I %j %m %M %n %p %r
                            %S %t %T %u %w %y %Y %Z %%
Setting the date is not simulated. -u (UTC) and -n are accepted: the clock is UTC already.`,
  flags: { spec: 'nu', usage: M.usage, operands: [0, 1] },
  parse(o) {
    const op = o.operands[0];
    if (op === undefined) return ok({ format: null });
    if (op.startsWith('+')) return ok({ format: op.slice(1) });
    if (op.includes('%')) return usage(M.needPlus);
    if (/^\d/.test(op)) return usage(trainerMessages.notSimulated('date', 'setting the date'));
    return usage(M.usage);
  },
  run(ctx, a) {
    const now = ctx.world.clock.nowMs;
    if (a.format === null) {
      ctx.out(formatDate(now) + '\n');
      return 0;
    }
    const f = formatFields(a.format, now);
    if (!f.ok) {
      ctx.err(M.badField(f.error) + '\n');
      return 1;
    }
    ctx.out(f.value + '\n');
    return 0;
  },
});
