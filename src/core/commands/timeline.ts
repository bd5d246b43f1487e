// timeline — trainer command: the page prints the lab's steps (host/timeTravel.ts) when it sees the line
// on its own; reached here (a pipeline, a script, the CLI) it says so and changes nothing.
import { trainerMessages } from '../messages/index.ts';
import { defineCommand, ok, usage } from './types.ts';

export const timeline = defineCommand<null>({
  name: 'timeline',
  synopsis: 'Usage: timeline',
  summary: 'Trainer: lists the steps of this lab, where it stands, and what each step was.',
  manual: `timeline — a trainer command, not AIX. Lists every command of this lab since its scenario
started (answers to questions included), numbered, with the lifecycle state after each and what kind
of step it was (clone, wake, sleep, reboot, hang, clean-up). ">" marks the step the lab stands at;
steps after it were undone (redo brings them back). The Timeline tab shows the same, with buttons to
go to a step, branch a new lab from it or compare it. Type it on its own at the prompt.`,
  meta: true,
  parse: (args) => (args.length ? usage('Usage: timeline') : ok(null)),
  run(ctx) {
    ctx.err(trainerMessages.travelOnItsOwn('timeline') + '\n');
    return 1;
  },
});
