// history — ksh's numbered list of the last commands (16 by default, like ksh's `history`).
import { defineCommand, ok, usage } from './types.ts';

export const history = defineCommand<{ count: number }>({
  name: 'history',
  synopsis: 'Usage: history [-n]',
  summary: 'Lists the commands typed so far, numbered.',
  manual: `history — the commands you typed, numbered, oldest first (the last 16; "history -40"
shows the last 40). Use the Up and Down arrow keys to recall them at the prompt.`,
  parse(args) {
    if (args.length === 0) return ok({ count: 16 });
    const m = args.length === 1 ? /^-(\d+)$/.exec(args[0]) : null;
    return m ? ok({ count: Number(m[1]) }) : usage('Usage: history [-n]');
  },
  run(ctx, a) {
    const all = ctx.history;
    const base = ctx.historyBase ?? 0;
    const start = Math.max(0, all.length - a.count);
    let text = '';
    for (let i = start; i < all.length; i++) text += `${base + i + 1}\t${all[i]}\n`;
    ctx.out(text);
    return 0;
  },
});
