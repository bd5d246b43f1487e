// man — our own manual page for each simulated command.
import { defineCommand, ok, usage } from './types.ts';
import { manFlags } from './lib/flags.ts';
import { lookupCommand } from './registry.ts';

export const man = defineCommand<string>({
  name: 'man',
  synopsis: 'Usage: man Command',
  summary: "Shows the trainer's manual page of a command.",
  manual: `man — shows this trainer's own page for a command: what it does here, its flags, and what
the simulator does not model. These pages are written for the lab, not copied from AIX. The
Flags part lists each flag with its meaning here: the same texts Tab completion and the preview
panel's explainer show.`,
  meta: true,
  parse: (args) => (args.length === 1 ? ok(args[0]) : usage('Usage: man Command')),
  run(ctx, name) {
    const def = lookupCommand(name);
    if (!def) {
      ctx.err(`Manual entry for ${name} not found or not installed.\n`);
      return 1;
    }
    const flags = manFlags(def.flags);
    ctx.out(`${def.name}\n\n${def.synopsis}\n\n${def.manual}\n${flags ? `\n${flags}\n` : ''}`);
    return 0;
  },
});
