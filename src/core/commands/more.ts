// more — a pager. The simulated console has no pages to turn: the whole text is printed at once. With
// several files each one is introduced by a banner, as more does when its output is not a terminal.
import { fileMessages } from '../messages/files.ts';
import { pageFiles } from './lib/fileio.ts';
import { defineCommand, ok } from './types.ts';

const M = fileMessages.more;

export const more = defineCommand<string[]>({
  name: 'more',
  synopsis: M.usage,
  summary: 'Shows files or standard input (here: all at once, no paging).',
  manual: `more — shows a file a screen at a time on AIX. The trainer's console scrolls instead, so
more prints everything at once. With several files each starts with a banner of colons.
Display flags (-c -d -e -i -s -u -v -z, -n number, -p command, -t tag, -W option, -x tabs) are
accepted and change nothing here.`,
  flags: { spec: 'NcdeisuvzT:t:x:p:n:W:', usage: M.usage },
  parse(o) {
    return ok(o.operands.filter((f) => !f.startsWith('+')));
  },
  run(ctx, files) {
    return pageFiles(ctx, files, (f) => `\n${M.isDir(f)}\n\n`, (f) => (files.length > 1 ? `::::::::::::::\n${f}\n::::::::::::::\n` : ''));
  },
});
