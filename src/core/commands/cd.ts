// cd — the ksh built-in: changes the shell's current directory (host.run.cwd), which every relative
// path of the later commands starts from. "cd" alone goes to HOME (root's is /); "cd -" goes back.
import { resolvePath, stat } from '../engine/fs.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { defineCommand, ok, usage } from './types.ts';

export const cd = defineCommand<string | null>({
  name: 'cd',
  synopsis: 'Usage: cd [Directory]',
  summary: 'Changes the current directory (a ksh built-in).',
  manual: `cd — changes the current directory of the shell.

  cd /alt_inst/etc     relative paths of later commands start there
  cd                   back to HOME (/ for root)
  cd -                 back to the previous directory (printed)
The directory may be on any mounted file system. The prompt does not show it: use pwd.`,
  parse(args) {
    if (args.length > 1) return usage(trainerMessages.notSimulated('cd', 'the two-operand form (cd Old New)'));
    return ok(args[0] ?? null);
  },
  run(ctx, target) {
    const run = ctx.host.run;
    if (!run) return 1;
    let path = target ?? (ctx.env.HOME || '/');
    const back = target === '-';
    if (back) path = run.vars.OLDPWD || run.cwd;
    const abs = resolvePath(ctx.host, path);
    const st = stat(ctx.world, ctx.host, abs);
    if (!st) {
      ctx.err(shellMessages.cdNotFound(path) + '\n');
      return 1;
    }
    if (st.kind !== 'dir') {
      ctx.err(shellMessages.notADirectory(path) + '\n');
      return 1;
    }
    run.vars.OLDPWD = run.cwd;
    run.cwd = abs;
    if (back) ctx.out(abs + '\n');
    return 0;
  },
});
