// whoami — the console is logged in as root.
import { defineCommand, ok, usage } from './types.ts';

export const whoami = defineCommand<null>({
  name: 'whoami',
  synopsis: 'Usage: whoami',
  summary: 'Shows the user name (root).',
  manual: `whoami — the name of the user you are: the lab console is always root.`,
  parse: (args) => (args.length ? usage('Usage: whoami') : ok(null)),
  run(ctx) {
    ctx.out('root\n');
    return 0;
  },
});
