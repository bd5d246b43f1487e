// reset — trainer command: back to the scenario's start, after a confirmation.
import { trainerMessages } from '../messages/index.ts';
import { defineCommand, ok, usage } from './types.ts';

export const reset = defineCommand<null>({
  name: 'reset',
  synopsis: 'Usage: reset',
  summary: 'Trainer: puts the lab back to the start of the scenario (asks first).',
  manual: `reset — a trainer command, not AIX. Puts every host and disk back to how the scenario
started. It asks for confirmation; answer y to reset, anything else to keep your work.
Your command history is kept.`,
  meta: true,
  parse: (args) => (args.length ? usage('Usage: reset') : ok(null)),
  run(ctx) {
    ctx.ask({ kind: 'confirm-reset' }, trainerMessages.resetAsk);
    return 0;
  },
});
