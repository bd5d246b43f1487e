// undo — trainer command: the lab's timeline (host/timeTravel.ts) does it when the page sees the line on
// its own; reached here (a pipeline, a script, the CLI) it says so and changes nothing.
import { trainerMessages } from '../messages/index.ts';
import { defineCommand, ok, usage } from './types.ts';

export const undo = defineCommand<null>({
  name: 'undo',
  synopsis: 'Usage: undo',
  summary: 'Trainer: takes back the last command (the lab and terminal as before it).',
  manual: `undo — a trainer command, not AIX. Puts the lab back as it was before the last command:
its disks, volume groups, boot list, ODM and lifecycle, and the terminal exactly as it was. The
command stays in the Timeline tab; redo brings it back until you run a new command, which replaces
it. Ctrl+Z outside the prompt does the same. Type it on its own at the prompt. In a lesson an undo
counts like a hint; an exam turns it off.`,
  meta: true,
  parse: (args) => (args.length ? usage('Usage: undo') : ok(null)),
  run(ctx) {
    ctx.err(trainerMessages.travelOnItsOwn('undo') + '\n');
    return 1;
  },
});
