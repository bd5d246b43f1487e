// redo — trainer command: the lab's timeline (host/timeTravel.ts) does it when the page sees the line on
// its own; reached here (a pipeline, a script, the CLI) it says so and changes nothing.
import { trainerMessages } from '../messages/index.ts';
import { defineCommand, ok, usage } from './types.ts';

export const redo = defineCommand<null>({
  name: 'redo',
  synopsis: 'Usage: redo',
  summary: 'Trainer: brings back the last command undone.',
  manual: `redo — a trainer command, not AIX. Brings back the command the last undo took back, with
its output as it was. Once you run a new command after an undo, the undone commands are replaced
and redo has nothing left. Ctrl+Shift+Z outside the prompt does the same. Type it on its own at
the prompt.`,
  meta: true,
  parse: (args) => (args.length ? usage('Usage: redo') : ok(null)),
  run(ctx) {
    ctx.err(trainerMessages.travelOnItsOwn('redo') + '\n');
    return 1;
  },
});
