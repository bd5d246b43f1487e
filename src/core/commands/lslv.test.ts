// lslv — REFERENCE §2.7: the detail block (ANS-T sample_lslv_output1 layout, trailing blanks included),
// -l and -m; 0516-306 for an unknown LV and 0516-010 when its VG is varied off; usage SRC413 LS_LVUSAGE.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lslv } from './lslv.ts';
import { lab, run } from '../testing/lab.ts';


describe('lslv parse', () => {
  it.each([
    [['hd4'], { ok: true, value: { lv: 'hd4', mode: 'detail' } }],
    [['-l', 'hd4'], { ok: true, value: { lv: 'hd4', mode: 'l' } }],
    [['-m', 'hd5'], { ok: true, value: { lv: 'hd5', mode: 'm' } }],
    [[], { ok: false, error: { stderr: M.usage.lslv, exitCode: 1 } }],
    [['-l', '-m', 'hd4'], { ok: false, error: { stderr: M.usage.lslv, exitCode: 1 } }],
    [['-x', 'hd4'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('lslv', 'x')}\n${M.usage.lslv}`, exitCode: 1 } }],
    [['-L', 'hd4'], { ok: false, error: { stderr: trainerMessages.notSimulated('lslv', '-L'), exitCode: 1 } }],
    [['-p', 'hdisk0'], { ok: false, error: { stderr: trainerMessages.notSimulated('lslv', '-p'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lslv.parse(args)).toEqual(expected));
});

describe('lslv run', () => {
  it('hd4 detail block: REFERENCE §2.7 values, ANS-T spacing', () => {
    expect(run(lab(), 'lslv hd4')).toEqual({
      out: [
        'LOGICAL VOLUME:     hd4                    VOLUME GROUP:   rootvg',
        'LV IDENTIFIER:      00f6db0a00004c000000017d43623707.4 PERMISSION:     read/write',
        'VG STATE:           active/complete        LV STATE:       opened/syncd',
        'TYPE:               jfs2                   WRITE VERIFY:   off',
        'MAX LPs:            512                    PP SIZE:        32 megabyte(s)',
        'COPIES:             1                      SCHED POLICY:   parallel',
        'LPs:                4                      PPs:            4',
        'STALE PPs:          0                      BB POLICY:      relocatable',
        'INTER-POLICY:       minimum                RELOCATABLE:    yes',
        'INTRA-POLICY:       center                 UPPER BOUND:    32',
        'MOUNT POINT:        /                      LABEL:          /',
        'DEVICE UID:         0                      DEVICE GID:     0',
        'DEVICE PERMISSIONS: 432                                    ',
        'MIRROR WRITE CONSISTENCY: on/ACTIVE                              ',
        'EACH LP COPY ON A SEPARATE PV ?: yes                                    ',
        'Serialize IO ?:     NO                                     ',
        'INFINITE RETRY:     no                     PREFERRED READ: 0',
        'DEVICESUBTYPE:      DS_LVZ                                        ',
        'COPY 1 MIRROR POOL: None                                   ',
        'COPY 2 MIRROR POOL: None                                   ',
        'COPY 3 MIRROR POOL: None                                   ',
        'ENCRYPTION:         no',
        '',
      ].join('\n'),
      err: '',
      code: 0,
    });
  });

  it('hd5: boot LV (closed, non-relocatable, edge, primary_bootlv)', () => {
    const out = run(lab(), 'lslv hd5').out.split('\n');
    expect(out[2]).toBe('VG STATE:           active/complete        LV STATE:       closed/syncd');
    expect(out[3]).toBe('TYPE:               boot                   WRITE VERIFY:   off');
    expect(out[7]).toBe('STALE PPs:          0                      BB POLICY:      non-relocatable');
    expect(out[8]).toBe('INTER-POLICY:       minimum                RELOCATABLE:    no');
    expect(out[9]).toBe('INTRA-POLICY:       edge                   UPPER BOUND:    32');
    expect(out[10]).toBe('MOUNT POINT:        N/A                    LABEL:          primary_bootlv');
  });

  it('a raw LV has LABEL None; a data LV shows its VG', () => {
    const s = lab();
    expect(run(s, 'lslv hd6').out.split('\n')[10]).toBe('MOUNT POINT:        N/A                    LABEL:          None');
    expect(run(s, 'lslv fslv00').out.split('\n')[0]).toBe('LOGICAL VOLUME:     fslv00                 VOLUME GROUP:   datavg');
    expect(run(s, 'lslv fslv00').out.split('\n')[4]).toBe('MAX LPs:            512                    PP SIZE:        64 megabyte(s)');
  });

  it('-l (§2.7) and -m', () => {
    const s = lab();
    expect(run(s, 'lslv -l hd4').out).toBe('hd4:/\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk0            004:000:000   100%          000:000:004:000:000\n');
    expect(run(s, 'lslv -l fslv00').out).toBe('fslv00:/data\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk2            400:000:000   40%           000:159:160:081:000\n');
    expect(run(s, 'lslv -m hd5').out).toBe('hd5:N/A\nLP    PP1  PV1               PP2  PV2               PP3  PV3\n0001  0001 hdisk0\n');
    expect(run(s, 'lslv -m hd4').out.split('\n').slice(2)).toEqual(['0001  0257 hdisk0', '0002  0258 hdisk0', '0003  0259 hdisk0', '0004  0260 hdisk0', '']);
  });

  it('unknown LV: 0516-306 with the double blank (Chef capture); VG varied off: 0516-010', () => {
    const s = lab();
    expect(run(s, 'lslv nolv')).toEqual({ out: '', err: '0516-306 : Unable to find  nolv in the Device\n\tConfiguration Database.\n', code: 1 });
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'lslv fslv00')).toEqual({ out: '', err: '0516-010 : Volume group must be varied on; use varyonvg command.\n', code: 1 });
  });
});
