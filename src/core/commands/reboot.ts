// reboot — REFERENCE §2.22 and the AIX 4.1.3 reboot.c: restarts at once, without shutdown's orderly
// stop of subsystems ("Rebooting . . .", a 3-second pause, then firmware and the boot list).
import { ioFromContext, rebootNow } from '../engine/boot.ts';
import { rebootMessages } from '../messages/boot.ts';
import { SECOND } from '../model/time.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok } from './types.ts';

type Args = { quick: boolean };

export const reboot = defineCommand<Args>({
  name: 'reboot',
  synopsis: rebootMessages.usage,
  summary: 'Restarts the system immediately, without an orderly shutdown.',
  manual: `reboot — restarts the system at once.

  reboot        kill the remaining processes, sync, "Rebooting . . .", restart
  reboot -q     quick: no killall and no pause before the restart
  reboot -l     do not log the reboot (accepted; the lab keeps no accounting records)
  reboot -n     do not sync (accepted)

Unlike shutdown, reboot does not stop subsystems or unmount file systems first. After the
restart the firmware walks the normal boot list, as after shutdown -Fr. -t is not simulated.`,
  flags: { spec: 'lnqt:', notSimulated: 't', operands: [0, 0], usage: rebootMessages.usage,
    meanings: {
      l: 'Do not log the reboot in the accounting records.',
      n: 'Do not sync the file systems before restarting.',
      q: 'Quick: restart at once, without killing processes and pausing first.',
      t: ['time', 'Restart at this time instead of now.'],
    },
  },
  parse(o) {
    return ok({ quick: hasFlag(o, 'q') });
  },
  run(ctx, a) {
    if (!a.quick) ctx.wait(5 * SECOND); // killall, then alarm(5) and pause()
    rebootNow(ioFromContext(ctx), ctx.host.name);
    return 0;
  },
});
