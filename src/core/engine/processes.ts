// The processes of a running AIX, derived from its state (nothing stored): the base daemons every AIX 7
// runs, the subsystems its installed filesets bring, the console's login shell, and any command still
// running around the current one (an alt_disk_copy whose -s customization script is running). Process
// ids are a stable hash of the boot time and the name, so they stay the same for one boot and change at
// the next, as on AIX. Shared by ps; shutdown may read the subsystems from here.
import type { Host, World } from '../model/types.ts';

export interface Proc {
  uid: string;
  pid: number;
  ppid: number;
  startedAtMs: number;
  tty: string;
  cmd: string;
}

/** SRC subsystems started by /etc/rc.tcpip and the RSCT/ssh packages, with the fileset they need. */
const SUBSYSTEMS: { name: string; cmd: string; fileset: string | null }[] = [
  { name: 'syslogd', cmd: '/usr/sbin/syslogd', fileset: 'bos.net.tcp.client' },
  { name: 'portmap', cmd: '/usr/sbin/portmap', fileset: 'bos.net.tcp.client' },
  { name: 'inetd', cmd: '/usr/sbin/inetd', fileset: 'bos.net.tcp.client' },
  { name: 'sendmail', cmd: 'sendmail: accepting connections', fileset: 'bos.net.tcp.client' },
  { name: 'sshd', cmd: '/usr/sbin/sshd', fileset: null },
  { name: 'rmcd', cmd: '/usr/sbin/rsct/bin/rmcd -a IBM.LPCommands -r -S 1500', fileset: null },
];

/** The SRC subsystems active on the running system. */
export function activeSubsystems(world: World, host: Host): string[] {
  const os = host.run ? world.vgs[host.run.rootVgid]?.os : null;
  if (!os) return [];
  return SUBSYSTEMS.filter((s) => !s.fileset || os.filesets[s.fileset]).map((s) => s.name);
}

function pidOf(bootMs: number, key: string): number {
  let h = 0x811c9dc5 ^ (bootMs % 0x7fffffff);
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  // AIX process ids are large numbers; keep them in AIX's usual 7-digit range.
  return 1_000_000 + (h % 8_000_000);
}

/** Every process of the running host, init first, the shell and what it runs last. */
export function processes(world: World, host: Host, running: readonly string[], lineStartedAtMs = world.clock.nowMs): Proc[] {
  const run = host.run;
  if (!run) return [];
  const boot = run.bootedAtMs;
  const p = (key: string, ppid: number, atMs: number, cmd: string, tty = '-'): Proc => ({ uid: 'root', pid: pidOf(boot, key), ppid, startedAtMs: atMs, tty, cmd });
  const init: Proc = { uid: 'root', pid: 1, ppid: 0, startedAtMs: boot, tty: '-', cmd: '/etc/init' };
  const srcmstr = p('srcmstr', 1, boot + 20_000, '/usr/sbin/srcmstr');
  const out: Proc[] = [init, p('syncd', 1, boot + 15_000, '/usr/sbin/syncd 60'), p('errdemon', 1, boot + 16_000, '/usr/lib/errdemon'), srcmstr, p('cron', 1, boot + 40_000, '/usr/sbin/cron')];
  const active = activeSubsystems(world, host);
  for (const s of SUBSYSTEMS.filter((x) => active.includes(x.name))) out.push(p(s.name, srcmstr.pid, boot + 25_000, s.cmd));
  const shell = p('ksh', 1, boot + 60_000, '-ksh', 'vty0');
  out.push(shell);
  let parent = shell.pid;
  for (const [i, line] of running.entries()) {
    const proc = p(`running:${i}:${line}`, parent, i === running.length - 1 ? world.clock.nowMs : lineStartedAtMs, line, 'vty0');
    out.push(proc);
    parent = proc.pid;
  }
  return out;
}
