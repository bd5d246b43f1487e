// man — the trainer's own page of a command: its name, synopsis and manual, read from the registry.
import { describe, expect, it } from 'vitest';
import { lastOf } from '../testing/lab.ts';
import { man } from './man.ts';
import { lookupCommand } from './registry.ts';

describe('man', () => {
  it.each([
    [['lspv'], { ok: true, value: 'lspv' }],
    [[], { ok: false, stderr: 'Usage: man Command', exitCode: 1 }],
    [['lspv', 'lsvg'], { ok: false, stderr: 'Usage: man Command', exitCode: 1 }],
  ])('parse %j', (args, expected) => expect(man.parse(args)).toEqual(expected));

  it("prints the command's name, synopsis and manual", () => {
    const def = lookupCommand('bootlist')!;
    expect(lastOf('man bootlist')).toMatchObject({ stdout: `bootlist\n\n${def.synopsis}\n\n${def.manual}\n`, exitCode: 0 });
  });

  it('a command the trainer does not have has no page', () => {
    expect(lastOf('man chfs')).toMatchObject({ stdout: '', stderr: 'Manual entry for chfs not found or not installed.\n', exitCode: 1 });
  });
});
