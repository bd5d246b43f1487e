// ps — the processes of the running AIX (engine/processes.ts): the base daemons, the SRC subsystems the
// installed filesets bring, the console shell and the command itself. A command line runs atomically in
// the trainer, so an alt_disk_copy shows in ps only when ps runs inside it, from its -s customization
// script (ctx.enclosing); from the prompt the operation has always finished. Layout [M]: AIX ps -f
// columns (messages/diag.ts); STIME is hh:mm:ss for today, "Mon dd" for an earlier day.
import { processes, type Proc } from '../engine/processes.ts';
import { psMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { civil, monthName } from '../model/time.ts';
import { hasFlag } from '../shell/getopt.ts';
import { checkFlags } from './lib/flags.ts';
import { padLeft } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { every: boolean; full: boolean };

export const ps = defineCommand<Args>({
  name: 'ps',
  synopsis: M.usage,
  summary: 'Shows the running processes (daemons, subsystems, the shell, an alt_disk operation in a script).',
  manual: `ps — process status of the running AIX.

  ps             the processes of this terminal
  ps -ef         every process, full listing: UID, PID, PPID, C, STIME, TTY, TIME, CMD
  ps -ef | grep alt_disk

The processes are those of the system you booted: init, syncd, errdemon, srcmstr and the
subsystems it runs (syslogd, inetd, sshd, rmcd...), cron, the console shell. Commands in the
trainer run one line at a time, so an alt_disk_copy shows only to a command its own
customization script (-s) runs. -l, -o, -p, -u, -t and BSD forms (ps aux) are not simulated.`,
  parse(args) {
    if (args.length && !args[0].startsWith('-')) return usage(trainerMessages.notSimulated('ps', 'the BSD form (ps aux)'));
    const r = checkFlags('ps', { spec: 'AaedfklmMNPZn:F:o:p:G:g:t:U:u:c:T:L:', notSimulated: 'adklmMNPZnFopGgtUucTL', operands: [0, 0], usage: M.usage }, args);
    if (!r.ok) return usage(r.error.stderr, r.error.exitCode);
    const o = r.value;
    return ok({ every: hasFlag(o, 'e') || hasFlag(o, 'A'), full: hasFlag(o, 'f') });
  },
  run(ctx, a) {
    const self = [...(ctx.enclosing ?? []), ['ps', ...(a.every ? ['-e'] : []), ...(a.full ? ['-f'] : [])].join(' ').replace('-e -f', '-ef')];
    const procs = processes(ctx.world, ctx.host, self, ctx.world.clock.nowMs - ctx.elapsed()).filter((p) => a.every || p.tty !== '-');
    const now = ctx.world.clock.nowMs;
    const rows = a.full ? [M.fullHeader, ...procs.map((p) => fullRow(p, now))] : [M.shortHeader, ...procs.map((p) => `${padLeft(p.pid, 8)}${padLeft(p.tty, 7)}${padLeft('0:00', 6)} ${shortCmd(p.cmd)}`)];
    ctx.out(rows.join('\n') + '\n');
    return 0;
  },
});

function stime(atMs: number, nowMs: number): string {
  const t = civil(atMs);
  const n = civil(nowMs);
  const two = (x: number) => String(x).padStart(2, '0');
  if (t.year === n.year && t.month === n.month && t.day === n.day) return `${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
  return `${monthName(t.month)} ${two(t.day)}`;
}

function fullRow(p: Proc, nowMs: number): string {
  return `${padLeft(p.uid, 8)}${padLeft(p.pid, 8)}${padLeft(p.ppid, 8)}${padLeft(0, 4)}${padLeft(stime(p.startedAtMs, nowMs), 9)}${padLeft(p.tty, 7)}${padLeft('0:00', 6)} ${p.cmd}`;
}

/** Without -f, CMD is the command name only. */
function shortCmd(cmd: string): string {
  const first = cmd.split(' ')[0];
  return first.startsWith('-') ? first.slice(1) : first.slice(first.lastIndexOf('/') + 1);
}
