// true — does nothing, successfully (exit status 0).
import { defineCommand, ok } from './types.ts';

export const trueCmd = defineCommand<null>({
  name: 'true',
  synopsis: 'Usage: true',
  summary: 'Does nothing and succeeds (exit status 0).',
  manual: `true — returns exit status 0; useful with && and ||.`,
  parse: () => ok(null),
  run: () => 0,
});
