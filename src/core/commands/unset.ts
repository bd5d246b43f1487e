// unset — the ksh built-in: removes shell variables.
import { unsetShellVar } from '../shell/vars.ts';
import { defineCommand, ok, usage } from './types.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const unset = defineCommand<string[]>({
  name: 'unset',
  synopsis: 'Usage: unset Name ...',
  summary: 'Removes shell variables (a ksh built-in).',
  manual: `unset — removes variables set with export or NAME=value; later commands no longer see them.`,
  parse(args) {
    for (const a of args) if (!NAME.test(a)) return usage(`ksh: ${a}: is not an identifier`);
    return ok(args);
  },
  run(ctx, names) {
    const run = ctx.host.run;
    if (!run) return 1;
    for (const n of names) unsetShellVar(run.vars, n);
    return 0;
  },
});
