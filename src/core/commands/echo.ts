// echo — prints its arguments; AIX's echo understands \c, \n and \t escapes.
import { defineCommand, ok } from './types.ts';

export const echo = defineCommand<string[]>({
  name: 'echo',
  synopsis: 'Usage: echo [String ...]',
  summary: 'Prints its arguments.',
  manual: `echo — writes its arguments, separated by spaces, followed by a new line.
Escapes: \\n new line, \\t tab, \\c no final new line. "echo $?" shows the last exit code.`,
  parse: (args) => ok(args),
  run(ctx, args) {
    let text = args.join(' ');
    let newline = true;
    const cut = text.indexOf('\\c');
    if (cut >= 0) {
      text = text.slice(0, cut);
      newline = false;
    }
    text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    ctx.out(text + (newline ? '\n' : ''));
    return 0;
  },
});
