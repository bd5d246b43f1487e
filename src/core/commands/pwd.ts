// pwd — prints the shell's current directory.
import { defineCommand, ok } from './types.ts';

export const pwd = defineCommand<null>({
  name: 'pwd',
  synopsis: 'Usage: pwd',
  summary: 'Prints the current directory.',
  manual: `pwd — prints the current directory of the shell (see cd).`,
  parse: () => ok(null),
  run(ctx) {
    ctx.out((ctx.host.run?.cwd ?? '/') + '\n');
    return 0;
  },
});
