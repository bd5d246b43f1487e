// more — a pager. The simulated console has no pages to turn: the whole text is printed at once. With
// several files each one is introduced by a banner, as more does when its output is not a terminal.
import { fileMessages, perror } from '../messages/files.ts';
import { readInput, isDirectory } from './lib/fileio.ts';
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
    if (files.length === 0) {
      ctx.out(ctx.stdin);
      return 0;
    }
    let status = 0;
    for (const f of files) {
      if (isDirectory(ctx, f)) {
        ctx.err(`\n${M.isDir(f)}\n\n`);
        status = 1;
        continue;
      }
      const r = readInput(ctx, f);
      if (!r.ok) {
        ctx.err(perror(f, 'ENOENT') + '\n');
        status = 1;
        continue;
      }
      ctx.out((files.length > 1 ? `::::::::::::::\n${f}\n::::::::::::::\n` : '') + r.value);
    }
    return status;
  },
});
