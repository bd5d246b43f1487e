// id — user and group identities. The console is root, with root's groups on AIX.
import { fileMessages } from '../messages/files.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.id;
const GROUPS: [number, string][] = [[0, 'system'], [2, 'bin'], [3, 'sys'], [7, 'security'], [8, 'cron'], [10, 'audit'], [11, 'lp']];
type Args = { mode: 'all' | 'u' | 'g' | 'G'; names: boolean; user: string | null };

export const id = defineCommand<Args>({
  name: 'id',
  synopsis: M.usage,
  summary: 'Shows user and group identities.',
  manual: `id — your user and group ids: uid=0(root) gid=0(system) and root's other groups.
  id -u / -g / -G    the user id, group id, all group ids (-n: names instead of numbers)
Only root exists in the lab.`,
  flags: { spec: 'Ggunr', usage: M.usage, operands: [0, 1] },
  parse(o) {
    const modes = (['u', 'g', 'G'] as const).filter((f) => hasFlag(o, f));
    if (modes.length > 1) return usage(M.usage);
    if ((hasFlag(o, 'n') || hasFlag(o, 'r')) && modes.length === 0) return usage(M.usage);
    return ok({ mode: modes[0] ?? 'all', names: hasFlag(o, 'n'), user: o.operands[0] ?? null });
  },
  run(ctx, a) {
    if (a.user !== null && a.user !== 'root' && a.user !== '0') {
      ctx.err(M.noUser + '\n');
      return 1;
    }
    const [g0, ...rest] = GROUPS;
    let text: string;
    if (a.mode === 'u') text = a.names ? 'root' : '0';
    else if (a.mode === 'g') text = a.names ? g0[1] : String(g0[0]);
    else if (a.mode === 'G') text = GROUPS.map(([n, s]) => (a.names ? s : String(n))).join(' ');
    else text = `uid=0(root) gid=0(system) groups=${rest.map(([n, s]) => `${n}(${s})`).join(',')}`;
    ctx.out(text + '\n');
    return 0;
  },
});
