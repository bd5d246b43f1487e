// help — trainer command: the commands the simulator knows, with one line each.
import { defineCommand, ok } from './types.ts';
import { allCommands } from './registry.ts';
import { padRight } from '../engine/format.ts';

export const help = defineCommand<null>({
  name: 'help',
  synopsis: 'Usage: help',
  summary: 'Trainer: lists the commands this lab understands.',
  manual: `help — a trainer command, not AIX. Lists every command the simulator understands, with
one line about each. "man <command>" shows the full page for one.`,
  meta: true,
  parse: () => ok(null),
  run(ctx) {
    const defs = Object.values(allCommands()).sort((a, b) => (a.name < b.name ? -1 : 1));
    const aix = defs.filter((d) => !d.meta);
    const meta = defs.filter((d) => d.meta);
    let text = 'AIX commands:\n';
    for (const d of aix) text += `  ${padRight(d.name, 18)}${d.summary}\n`;
    text += '\nTrainer commands (not AIX):\n';
    for (const d of meta) text += `  ${padRight(d.name, 18)}${d.summary}\n`;
    text += '\n"man <command>" shows the full page of a command.\n';
    text += 'Lessons: in the browser, the Lesson tab of the side panel lists the course (lesson picker).\n';
    ctx.out(text);
    return 0;
  },
});
