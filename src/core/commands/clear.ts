// clear — empties the terminal screen (the scrollback is kept in the store, the view is cleared).
import { defineCommand, ok, usage } from './types.ts';

export const clear = defineCommand<null>({
  name: 'clear',
  synopsis: 'Usage: clear',
  summary: 'Clears the terminal screen (Ctrl-L does the same).',
  manual: `clear — clears the terminal screen. Ctrl-L does the same. The command history is kept.`,
  parse: (args) => (args.length ? usage('Usage: clear') : ok(null)),
  run(ctx) {
    ctx.event({ type: 'clear' });
    return 0;
  },
});
