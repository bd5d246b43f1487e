// umount — REFERENCE §2.15: unmounts a file system named by mount point or device. Busy file systems
// are refused with 0506-349 (/ and the running system's /usr, /var, /opt; one with another file system
// mounted below it; the one holding the current directory). Nothing mounted there: 0506-347.
import { unmountBusy, mountObject } from '../engine/mounts.ts';
import { normalizePath } from '../engine/fs.ts';
import { fsMessages as F } from '../messages/lvm.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = F.usage.umount;

type Args = { target: string | 'all' };

export const umount = defineCommand<Args>({
  name: 'umount',
  synopsis: SYNOPSIS,
  summary: 'Unmounts a file system.',
  manual: `umount — unmounts a file system, named by its mount point or its device.

  umount /data             (also: umount /dev/fslv00)
  umount all               try every mounted file system, last mounted first (also -a)

A busy file system stays mounted: "0506-349 Cannot unmount /dev/hd4: The requested resource
is busy." — /, and /usr, /var and /opt of the running system, a file system with another one
mounted inside it, or the one your current directory is in (cd / first). Nothing mounted
under that name: "0506-347 Cannot find anything to unmount."
-f, -s, -n and -t are not simulated.`,
  flags: { spec: 'afn:st:', notSimulated: 'fnst', usage: SYNOPSIS,
    meanings: {
      a: 'Unmount every mounted file system.',
      f: 'Force the unmount (remote file systems).',
      n: ['node', 'Unmount every file system from this remote node.'],
      s: "An AIX flag the trainer does not describe; see IBM's manual.",
      t: ['type', 'Unmount every file system whose stanza has type = this.'],
    },
    operandMeaning: 'The mount point or device to unmount.',
  },
  parse(o) {
    const ops = o.operands;
    if (hasFlag(o, 'a')) return ops.length ? usage(SYNOPSIS) : ok({ target: 'all' });
    if (ops.length !== 1) return usage(SYNOPSIS);
    return ok({ target: ops[0] });
  },
  run(ctx, a) {
    const run = ctx.host.run!;
    if (a.target === 'all') {
      let errors = 0;
      for (const m of [...run.mounts].reverse()) {
        if (unmountBusy(ctx.host, m)) {
          ctx.err(F.cannotUnmount(mountObject(m), F.errno.EBUSY) + '\n');
          errors++;
          continue;
        }
        run.mounts = run.mounts.filter((x) => x !== m);
      }
      return errors;
    }
    const path = normalizePath(run.cwd, a.target);
    // The last mount with that mount point, else the one of that device.
    const target = [...run.mounts].reverse().find((m) => m.mount === path) ?? [...run.mounts].reverse().find((m) => m.dev === a.target);
    if (!target) {
      ctx.err(F.nothingToUnmount + '\n');
      return 1;
    }
    if (unmountBusy(ctx.host, target)) {
      ctx.err(F.cannotUnmount(mountObject(target), F.errno.EBUSY) + '\n');
      return 1;
    }
    ctx.wait(300);
    run.mounts = run.mounts.filter((x) => x !== target);
    return 0;
  },
});
