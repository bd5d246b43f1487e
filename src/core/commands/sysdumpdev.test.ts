// sysdumpdev -l — the booted rootvg's dump LV; layout and defaults [M] (sysdumpdev.ts).
import { describe, expect, it } from 'vitest';
import { sysdumpdevMessages as D } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { sysdumpdev } from './sysdumpdev.ts';
import { lab } from '../testing/lab.ts';


describe('sysdumpdev', () => {
  it.each([
    [['-l'], { ok: true, value: null }],
    [[], { ok: false, error: { stderr: trainerMessages.notSimulated('sysdumpdev', 'without -l'), exitCode: 1 } }],
    [['-p', '/dev/hd6'], { ok: false, error: { stderr: trainerMessages.notSimulated('sysdumpdev', '-p'), exitCode: 1 } }],
    [['-l', 'x'], { ok: false, error: { stderr: D.usage, exitCode: 1 } }],
    [['-y'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('sysdumpdev', 'y')}\n${D.usage}`, exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(sysdumpdev.parse(args)).toEqual(expected));

  it('-l names the booted rootvg dump LV', () => {
    const out = lab().exec('sysdumpdev -l').stdout.split('\n');
    expect(out.slice(0, 3)).toEqual(['primary              /dev/lg_dumplv', 'secondary            /dev/sysdumpnull', 'copy directory       /var/adm/ras']);
  });
});
