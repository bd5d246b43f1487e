// false — does nothing, unsuccessfully (exit status 1).
import { defineCommand, ok } from './types.ts';

export const falseCmd = defineCommand<null>({
  name: 'false',
  synopsis: 'Usage: false',
  summary: 'Does nothing and fails (exit status 1).',
  manual: `false — returns exit status 1; useful with && and ||.`,
  parse: () => ok(null),
  run: () => 1,
});
