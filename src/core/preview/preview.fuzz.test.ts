// Any line, previewed: the state given is deep-equal afterwards, the answer is deterministic (the same
// line twice gives the same preview), and nothing throws. Lines are drawn from the registry's command
// names, the lab's words, flags and the shell's operators (fast-check, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../commands/registry.ts';
import type { SessionState } from '../session/api.ts';
import { labAfter } from '../testing/lab.ts';
import { previewLine } from './preview.ts';

const stateAfter = (...lines: string[]): SessionState => labAfter(lines).state();

const NAMES = Object.keys(allCommands());
const WORDS = ['-d', 'hdisk0', 'hdisk1', 'hdisk2', 'hdisk3', '-B', '-W', '-S', '-X', '-F', '-Fr', '-m', 'normal', 'altinst_rootvg', 'rootvg', 'datavg', '/', '/data', '/tmp/x', '-r', '*', '$X', '"a b"', "'c'", '-y', 'newvg', '-f', '-a', 'pv=yes', '-l'];
const OPS = ['; ', ' && ', ' || ', ' | ', ' > /tmp/out ', ' 2>&1 '];

const command = fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...WORDS), { maxLength: 4 })).map(([name, args]) => [name, ...args].join(' '));
const line = fc.tuple(command, fc.array(fc.tuple(fc.constantFrom(...OPS), command), { maxLength: 2 })).map(([first, rest]) => first + rest.map(([op, c]) => op + c).join(''));

describe('any line, previewed', () => {
  const states = { fresh: stateAfter(), awake: stateAfter('alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1') };
  for (const [name, state] of Object.entries(states)) {
    it(`leaves the ${name} lab deep-equal and answers the same twice`, () => {
      const kept = structuredClone(state);
      fc.assert(
        fc.property(line, (l) => {
          const a = previewLine(state, l);
          const b = previewLine(state, l);
          expect(b).toEqual(a);
          expect(['preview', 'none']).toContain(a.kind);
          if (a.kind === 'none') expect(a.reason).not.toBe('internal');
        }),
        { numRuns: 120, seed: 16 },
      );
      expect(state).toEqual(kept);
    }, 120_000);
  }
});
