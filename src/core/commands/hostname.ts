// hostname — the name of the running AIX (kept in its OS image, so a clone booted elsewhere keeps it).
import { fileMessages } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.hostname;

export const hostname = defineCommand<{ short: boolean }>({
  name: 'hostname',
  synopsis: M.usage,
  summary: 'Shows the host name of the running system.',
  manual: `hostname — the host name of the running AIX; -s cuts it at the first dot.
Setting the host name is not simulated.`,
  flags: { spec: 's', operands: [0, 1], usage: M.usage },
  parse(o) {
    if (o.operands.length === 1) return usage(trainerMessages.notSimulated('hostname', 'setting the host name'));
    return ok({ short: hasFlag(o, 's') });
  },
  run(ctx, a) {
    const run = ctx.host.run;
    const name = (run && ctx.world.vgs[run.rootVgid]?.os?.hostname) || ctx.host.name;
    ctx.out((a.short ? name.split('.')[0] : name) + '\n');
    return 0;
  },
});
