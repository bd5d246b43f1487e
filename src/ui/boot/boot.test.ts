import { describe, expect, it } from 'vitest';
import { appendBootEvent, EMPTY_BOOT_LOG, offsetText } from './bootLog.ts';
import { ledCodes, ledInfo, ledMeaning, normalizeLed } from './ledCodes.ts';

describe('LED codes', () => {
  it('knows the codes of a boot and of its hangs', () => {
    for (const code of ['0548', '0510', '0511', '0551', '0552', '0554', '0556', '0517', '0555', '0557', '0518', '0553', '0581', '0c31']) {
      expect(ledInfo(code), code).not.toBeNull();
    }
    expect(ledMeaning('552')).toBe('IPL varyon failed');
    expect(ledMeaning('0C31')).toBe('waiting for the console to be defined');
    expect(ledMeaning(null)).toMatch(/blank/);
    expect(ledMeaning('0999')).toMatch(/not described/);
    expect(normalizeLed('517')).toBe('0517');
    expect(new Set(ledCodes().map((c) => c.code)).size).toBe(ledCodes().length);
  });
});

describe('boot log', () => {
  it('collects LED and power events of one command and starts afresh with the next', () => {
    let log = appendBootEvent(EMPTY_BOOT_LOG, { type: 'power', host: 'aixlab01', state: 'booting', atMs: 99000 }, 1, 'shutdown -Fr');
    log = appendBootEvent(log, { type: 'led', host: 'aixlab01', code: '0551', atMs: 117000 }, 1, 'shutdown -Fr');
    log = appendBootEvent(log, { type: 'progress', percent: 5, label: 'x', atMs: 0 }, 1, 'shutdown -Fr');
    expect(log.lines.map((l) => [l.kind, l.code, l.text])).toEqual([
      ['power', null, 'boot image loaded: rc.boot starts'],
      ['led', '0551', 'IPL varyon of rootvg'],
    ]);
    log = appendBootEvent(log, { type: 'led', host: 'aixlab01', code: '0510', atMs: 1000 }, 2, 'lab power on');
    expect(log.lines).toHaveLength(1);
    expect(log.command).toBe('lab power on');
    expect(offsetText(117000)).toBe('+1:57');
  });
});
