// export — the ksh built-in: sets shell variables that later commands see in their environment
// (FORCE=yes for alt_disk commands, say). "export" alone lists them.
import { trainerMessages } from '../messages/index.ts';
import { MAX_VAR_CHARS, MAX_VARS, setShellVar } from '../shell/vars.ts';
import { defineCommand, ok, usage } from './types.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
type Args = { set: [string, string | null][] };

export const exportCmd = defineCommand<Args>({
  name: 'export',
  synopsis: 'Usage: export [Name[=Value] ...]',
  summary: 'Sets variables for later commands (a ksh built-in).',
  manual: `export — makes variables part of the environment of the commands that follow.

  export FORCE=yes      every later command sees FORCE=yes
  FORCE=yes cmd         only cmd sees it
  export                lists the variables set in this shell
unset Name removes one. Variables last until the next reboot.`,
  parse(args) {
    const set: [string, string | null][] = [];
    for (const a of args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!NAME.test(name)) return usage(`ksh: ${name}: is not an identifier`);
      set.push([name, eq < 0 ? null : a.slice(eq + 1)]);
    }
    return ok({ set });
  },
  run(ctx, a) {
    const run = ctx.host.run;
    if (!run) return 1;
    if (a.set.length === 0) {
      const names = Object.keys(run.vars).sort();
      ctx.out(names.map((n) => `${n}=${run.vars[n]}\n`).join(''));
      return 0;
    }
    for (const [name, value] of a.set) {
      if (value !== null && !setShellVar(run.vars, name, value)) {
        ctx.err(trainerMessages.variableNotKept(name, MAX_VARS, MAX_VAR_CHARS / 1024) + '\n');
        return 1;
      }
      // "export NAME" marks a variable for export; every shell variable reaches commands here already
    }
    return 0;
  },
});
