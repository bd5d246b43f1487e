// uptime — the time of day and how long the system has run since its last boot (host.run.bootedAtMs).
// Layout [M]: "  09:00AM   up 3 days,  00:00,  1 user,  load average: 0.00, 0.00, 0.00".
import { civil } from '../model/time.ts';
import { defineCommand, ok, usage } from './types.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

export function uptimeText(nowMs: number, bootedAtMs: number): string {
  const t = civil(nowMs);
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const clock = `${pad2(h12)}:${pad2(t.minute)}${t.hour < 12 ? 'AM' : 'PM'}`;
  const mins = Math.max(0, Math.floor((nowMs - bootedAtMs) / 60_000));
  const days = Math.floor(mins / 1440);
  const hh = Math.floor((mins % 1440) / 60);
  const mm = mins % 60;
  let up = '';
  if (days > 0) up += `${days} day${days === 1 ? '' : 's'}, `;
  if (hh === 0 && days === 0) up += `${mm} min${mm === 1 ? '' : 's'},`;
  else up += ` ${pad2(hh)}:${pad2(mm)},`;
  return `  ${clock}   up ${up}  1 user,  load average: 0.00, 0.00, 0.00`;
}

export const uptime = defineCommand<null>({
  name: 'uptime',
  synopsis: 'Usage: uptime',
  summary: 'Shows how long the system has been up.',
  manual: `uptime — the time of day, how long the system has run since it booted, the users logged in
(just you) and the load average (an idle lab: zero). A reboot onto the clone starts it again.`,
  parse: (args) => (args.length ? usage('Usage: uptime') : ok(null)),
  run(ctx) {
    ctx.out(uptimeText(ctx.world.clock.nowMs, ctx.host.run?.bootedAtMs ?? ctx.world.clock.nowMs) + '\n');
    return 0;
  },
});
