// pg — a pager. The simulated console scrolls, so pg prints the whole text at once.
import { fileMessages } from '../messages/files.ts';
import { pageFiles } from './lib/fileio.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.pg;

export const pg = defineCommand<string[]>({
  name: 'pg',
  synopsis: M.usage,
  summary: 'Shows files or standard input (here: all at once, no paging).',
  manual: `pg — shows a file a screen at a time on AIX. The trainer's console scrolls instead, so pg
prints everything at once. Its display flags (-Number, -p String, -c -e -f -n -s, +LineNumber,
+/Pattern/) are accepted and change nothing here.`,
  parse(args) {
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-p') {
        if (i + 1 >= args.length) return usage(M.usage);
        i++;
        continue;
      }
      if (a.startsWith('+') || /^-\d+$/.test(a) || /^-p./.test(a)) continue;
      if (/^-[cefns]+$/.test(a)) continue;
      if (a.startsWith('-') && a !== '-') return usage(M.usage);
      files.push(a);
    }
    return ok(files);
  },
  run(ctx, files) {
    return pageFiles(ctx, files, (f) => M.isDir(f) + '\n');
  },
});
