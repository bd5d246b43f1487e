// man — the trainer's own page of a command: its name, synopsis and manual, read from the registry.
import { describe, expect, it } from 'vitest';
import { lastOf } from '../testing/lab.ts';
import { manFlags } from './lib/flags.ts';
import { man } from './man.ts';
import { lookupCommand } from './registry.ts';

describe('man', () => {
  it.each([
    [['lspv'], { ok: true, value: 'lspv' }],
    [[], { ok: false, error: { stderr: 'Usage: man Command', exitCode: 1 } }],
    [['lspv', 'lsvg'], { ok: false, error: { stderr: 'Usage: man Command', exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(man.parse(args)).toEqual(expected));

  it("prints the command's name, synopsis and manual", () => {
    const def = lookupCommand('bootlist')!;
    const flags = manFlags(def.flags);
    expect(lastOf('man bootlist')).toMatchObject({ stdout: `bootlist\n\n${def.synopsis}\n\n${def.manual}\n${flags ? `\n${flags}\n` : ''}`, exitCode: 0 });
  });

  it('generates the Flags part from the declared meanings, marking the unmodelled flags', () => {
    const def = lookupCommand('alt_disk_copy')!;
    const { stdout } = lastOf('man alt_disk_copy');
    expect(stdout.startsWith(`alt_disk_copy\n\n${def.synopsis}\n\n${def.manual}\n\nFlags:\n`)).toBe(true);
    expect(stdout).toContain('  -B                Leave the bootlist alone at the end');
    expect(stdout).toContain('  -d targetdisks    The free disk(s) to clone onto');
    expect(stdout).toMatch(/-F fixes +Fixes \(APARs\) to install into the clone\. \(not simulated in this trainer\)/);
  });

  it('a command the trainer does not have has no page', () => {
    expect(lastOf('man chfs')).toMatchObject({ stdout: '', stderr: 'Manual entry for chfs not found or not installed.\n', exitCode: 1 });
  });
});
