// shutdown — REFERENCE §2.22, §11.6 (the AIX 4.1.3 shutdown.sh): with -F the system stops at once and
// halts (default) or reboots (-r, -c); the reboot walks the boot list through firmware and rc.boot
// (engine/boot.ts). shutdown prints everything, errors included, on standard output (dspmsg); only
// getopt's complaint about a bad flag goes to standard error.
import { ioFromContext, runShutdown } from '../engine/boot.ts';
import { shutdownMessages } from '../messages/boot.ts';
import { trainerMessages } from '../messages/index.ts';
import { defineCommand, ok } from './types.ts';

type Args =
  | { kind: 'run'; mode: 'reboot' | 'halt' | 'warn-only' }
  /** Usage errors: shutdown's own go to stdout, getopt's to stderr. */
  | { kind: 'error'; stdout: string; stderr: string }
  | { kind: 'not-simulated'; what: string };

const usageOut = shutdownMessages.usage + '\n';

export const shutdown = defineCommand<Args>({
  name: 'shutdown',
  synopsis: shutdownMessages.usage,
  summary: 'Stops the system; -Fr restarts it at once, -F halts it.',
  manual: `shutdown — brings the system down.

  shutdown -Fr      fast: stop everything now, then reboot (the usual way onto a clone)
  shutdown -F       fast halt: the partition powers off ("....Halt completed....")
  shutdown -Fc      like -Fr (reboot without checking file systems)
  shutdown -Fk      only pretend: prints the banner and "The system is still up."

The fast sequence takes about a minute of simulated time (two 30-second waits while processes
are stopped and killed). The reboot then goes through the firmware, which walks the normal boot
list (bootlist -m normal -o): the first disk that holds a boot image boots. If none does, the
console stops in the SMS menus, where you pick a disk by number (5, 1, 7, the disk, 2, 1).

A time (+5, 10:30, now) is accepted with -F but, as on AIX, -F does not wait for it. A shutdown
without -F (grace period with wall messages), -i, -m, -d, -t, -l, -p and -u are not simulated.`,
  parse(o) {
    let state: 'halt' | 'reboot' | 'multi' | 'maint' = 'halt';
    let fast = false;
    let nohalt = false;
    let unsupported: string | null = null;
    for (const { flag } of o.all) {
      if (flag === 'f') return ok({ kind: 'error', stdout: usageOut + shutdownMessages.lowerF + '\n', stderr: '' });
      if (flag === 'c' || flag === 'r') state = 'reboot';
      else if (flag === 'h' || flag === 'v') state = 'halt';
      else if (flag === 'F') fast = true;
      else if (flag === 'k') nohalt = true;
      else if (flag === 'd') state = 'multi';
      else if (flag === 'm') state = 'maint';
      else unsupported ??= `-${flag}`;
    }
    let timed = fast;
    for (const w of o.operands) {
      if (/^\+[0-9]/.test(w)) {
        if (/[^0-9]/.test(w.slice(1))) return ok({ kind: 'error', stdout: usageOut, stderr: '' });
        timed = true;
      } else if (/^[0-9]{1,2}:[0-9]{2}$/.test(w) || /^now$/i.test(w)) {
        timed = true;
      } else if (/^[0-9]/.test(w)) {
        // a bare number is only read after -t; shutdown ignores it otherwise
      } else if (w.startsWith('-')) {
        return ok({ kind: 'error', stdout: usageOut, stderr: '' });
      } else {
        if (!timed) return ok({ kind: 'error', stdout: shutdownMessages.badTime + '\n' + usageOut, stderr: '' });
        break; // the rest is the message for wall
      }
    }
    if (unsupported) return ok({ kind: 'not-simulated', what: unsupported });
    if (state === 'multi') return ok({ kind: 'not-simulated', what: '-d' });
    if (state === 'maint') return ok({ kind: 'not-simulated', what: '-m' });
    if (!fast) return ok({ kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' });
    return ok({ kind: 'run', mode: nohalt ? 'warn-only' : state === 'reboot' ? 'reboot' : 'halt' });
  },
  // getopt's complaint on stderr, the usage on stdout; shutdown's own flag walk is in parse.
  flags: {
    spec: 'cdFfhiklmprt:uv',
    usage: shutdownMessages.usage,
    prog: 'getopt',
    usageOnStdout: true,
    meanings: {
      F: 'Fast: stop everything now, without the grace period and the wall messages.',
      r: 'Restart the system once it is down (with -F: the usual way onto a clone).',
      c: 'Restart without checking the file systems; with -F it works like -Fr.',
      h: 'Halt: the partition stops and powers off (the default).',
      v: 'Halt, like -h.',
      k: 'Only pretend: print the messages; the system stays up.',
      f: 'Not a shutdown flag: shutdown answers 0481-061 and names -c and -F.',
      m: 'Bring the system down to maintenance (single-user) mode. Not simulated.',
      p: 'Power the system off. Not simulated.',
      t: ['mmddHHMM[yy]', 'Restart at that date and time. Not simulated.'],
      d: 'In the AIX usage; not simulated in this trainer.',
      i: 'In the AIX usage; not simulated in this trainer.',
      l: 'An AIX flag this trainer does not simulate.',
      u: 'An AIX flag this trainer does not simulate.',
    },
    operandMeaning: 'A time (+minutes, hh:mm or now), then a message for the logged-in users.',
  },
  run(ctx, a) {
    if (a.kind === 'error') {
      if (a.stderr) ctx.err(a.stderr);
      ctx.out(a.stdout);
      return 1;
    }
    if (a.kind === 'not-simulated') {
      ctx.err(trainerMessages.notSimulated('shutdown', a.what) + '\n');
      return 1;
    }
    runShutdown(ioFromContext(ctx), ctx.host.name, a.mode);
    return 0;
  },
});
