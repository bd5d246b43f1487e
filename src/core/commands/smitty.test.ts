// smitty: prints nothing and emits the 'smit' event the page turns into a panel.
import { describe, expect, it } from 'vitest';
import { shellMessages } from '../messages/index.ts';
import { smitMessages } from '../smit/messages.ts';
import { smitty } from './smitty.ts';
import { lab } from '../testing/lab.ts';

describe('smitty parse', () => {
  it.each([
    [['alt_clone'], { ok: true, value: { panel: 'alt_clone', note: null } }],
    [['alt_mksysb'], { ok: true, value: { panel: 'alt_mksysb', note: null } }],
    [['alt_install'], { ok: true, value: { panel: 'alt_install', note: null } }],
    [['-C', 'alt_clone'], { ok: true, value: { panel: 'alt_clone', note: null } }],
    [[], { ok: true, value: { panel: 'alt_install', note: smitMessages.onlyAltMenus } }],
    [['mkvg'], { ok: false, error: { stderr: smitMessages.unknownFastPath('smitty', 'mkvg'), exitCode: 1 } }],
    [['alt_clone', 'alt_mksysb'], { ok: false, error: { stderr: smitMessages.oneFastPath('smitty'), exitCode: 1 } }],
    [['-x', 'alt_clone'], { ok: false, error: { stderr: 'smitty: -x is not simulated in this trainer.', exitCode: 1 } }],
    [['-x', '-D', 'alt_clone'], { ok: false, error: { stderr: 'smitty: -x is not simulated in this trainer.', exitCode: 1 } }],
    [['-Q'], { ok: false, error: { stderr: shellMessages.unknownFlag('smitty', 'Q'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(smitty.parse(args)).toEqual(expected));
});

describe('smitty run', () => {
  it('prints nothing and opens the panel through an event; the line lands in history', () => {
    const s = lab();
    const r = s.exec('smitty alt_clone');
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(r.events).toEqual([{ type: 'smit', panel: 'alt_clone', atMs: 0 }]);
    expect(s.history()).toEqual(['smitty alt_clone']);
  });

  it('bare smitty opens the alt_install menu with the note', () => {
    const r = lab().exec('smitty');
    expect(r.events).toEqual([{ type: 'smit', panel: 'alt_install', note: smitMessages.onlyAltMenus, atMs: 0 }]);
  });

  it('an unknown fast path opens nothing', () => {
    const r = lab().exec('smitty lvm');
    expect(r).toMatchObject({ stdout: '', exitCode: 1, events: [] });
  });
});
