// SMIT panels as data, the command builder, F4 choices and the screen conventions (REFERENCE §2.30, §11.5).
import { describe, expect, it } from 'vitest';
import { alt_disk_copy } from '../commands/alt_disk_copy.ts';
import { alt_disk_mksysb } from '../commands/alt_disk_mksysb.ts';
import { buildCommand, installpFlags, shellWord } from './build.ts';
import { choicesFor, cycleRing, freeDisks } from './choices.ts';
import { altClone, altInstall, altMksysb, defaultValues, dialogFields, findPanel } from './panels.ts';
import { barLine, box, centre, dialogLines, FKEY_BARS, fieldLine, statusLine } from './screen.ts';
import type { DialogPanel } from './types.ts';
import { lab } from '../testing/lab.ts';

const clone = (values: Record<string, string>) => buildCommand(altClone, { ...defaultValues(altClone), ...values });
const mksysb = (values: Record<string, string>) => buildCommand(altMksysb, { ...defaultValues(altMksysb), ...values });
const field = (panel: DialogPanel, key: string) => dialogFields(panel).find((f) => f.key === key)!;

describe('alt_clone command builder', () => {
  it.each([
    [{ d: 'hdisk1' }, 'alt_disk_copy -d hdisk1'],
    [{ d: 'hdisk1', b: 'update_all', l: '/export/7200-05-04' }, 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1'],
    [{ d: 'hdisk1', b: 'update_all', l: '/dev/cd0' }, 'alt_disk_copy -b update_all -l /dev/cd0 -d hdisk1'],
    [{ d: 'hdisk1', B: 'no' }, 'alt_disk_copy -B -d hdisk1'],
    [{ d: 'hdisk1', r: 'yes' }, 'alt_disk_copy -r -d hdisk1'],
    [{ d: 'hdisk2', i: '/home/image.data' }, 'alt_disk_copy -i /home/image.data -d hdisk2'],
    [{ d: 'hdisk1', P: '1' }, 'alt_disk_copy -P 1 -d hdisk1'],
    [{ d: 'hdisk1', P: 'all' }, 'alt_disk_copy -d hdisk1'],
    [{ d: 'hdisk1 hdisk3' }, 'alt_disk_copy -d "hdisk1 hdisk3"'],
    [{ d: '  hdisk1   hdisk3 ' }, 'alt_disk_copy -d "hdisk1 hdisk3"'],
    [{ d: 'hdisk1', O: 'yes', B: 'no' }, 'alt_disk_copy -B -O -d hdisk1'],
    [{ d: 'hdisk1', e: '/etc/exclude.rootvg', s: '/tmp/finish_alt_copy' }, 'alt_disk_copy -e /etc/exclude.rootvg -s /tmp/finish_alt_copy -d hdisk1'],
    [{ d: 'hdisk1', w: 'bos.rte.lvm  bos.rte.install', l: '/export/7200-05-04' }, 'alt_disk_copy -w "bos.rte.lvm bos.rte.install" -l /export/7200-05-04 -d hdisk1'],
    [{ d: 'hdisk1', V: 'yes', n: 'yes', x: '/tmp/first', R: '/etc/resolv.conf' }, 'alt_disk_copy -V -n -x /tmp/first -R /etc/resolv.conf -d hdisk1'],
    [{}, 'alt_disk_copy'],
  ])('%j → %s', (values, line) => expect(clone(values)).toBe(line));

  it('the installp toggles make -I only when one differs from its default', () => {
    expect(installpFlags(altClone, defaultValues(altClone))).toBeNull();
    expect(clone({ d: 'hdisk1', b: 'update_all', l: '/export/7200-05-04', accept: 'yes' })).toBe(
      'alt_disk_copy -b update_all -l /export/7200-05-04 -I acNgXY -d hdisk1',
    );
    expect(clone({ d: 'hdisk1', commit: 'no' })).toBe('alt_disk_copy -I agX -d hdisk1'); // -N only goes with -c
    expect(clone({ d: 'hdisk1', save: 'yes' })).toBe('alt_disk_copy -I acgX -d hdisk1');
    expect(clone({ d: 'hdisk1', overwrite: 'yes', verify: 'yes', preview: 'yes' })).toBe('alt_disk_copy -I acNgXFvE -d hdisk1');
    expect(clone({ d: 'hdisk1', accept: 'yes', commit: 'yes' })).toBe('alt_disk_copy -I acNgXY -d hdisk1');
  });

  it('quotes values for ksh', () => {
    expect(shellWord('hdisk1')).toBe('hdisk1');
    expect(shellWord('hdisk1 hdisk3')).toBe('"hdisk1 hdisk3"');
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
    expect(shellWord('$HOME/x')).toBe(`'$HOME/x'`);
  });

  it('every line the panel builds is accepted by alt_disk_copy (no unknown flag)', () => {
    for (const f of dialogFields(altClone)) {
      const sample = f.kind === 'yesno' ? (f.default === 'yes' ? 'no' : 'yes') : f.choices?.from === 'fixed' ? '12' : '/tmp/x';
      const values = { d: 'hdisk1', l: '/export/7200-05-04', [f.id]: sample };
      const line = clone(values);
      const args = line.split(' ').slice(1);
      const parsed = alt_disk_copy.parse(args);
      if (!parsed.ok) expect(parsed.error.stderr, line).toMatch(/is not simulated in this trainer|cannot be used together/);
    }
  });

  it('running the built line is exactly running the typed line', () => {
    const viaPanel = lab();
    const typed = lab();
    const a = viaPanel.exec(clone({ d: 'hdisk1', b: 'update_all', l: '/export/7200-05-04' }));
    const b = typed.exec('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
    expect(a.exitCode).toBe(0);
    expect({ ...a, line: '' }).toEqual({ ...b, line: '' });
    expect(viaPanel.world()).toEqual(typed.world());
  });
});

describe('alt_mksysb command builder', () => {
  it.each([
    [{ d: 'hdisk1', m: '/usr/sys/inst.images/aixprod02.sysb' }, 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1'],
    [{ d: 'hdisk2', m: '/usr/sys/inst.images/mksysb_filename', i: '/home/image.data' }, 'alt_disk_mksysb -m /usr/sys/inst.images/mksysb_filename -i /home/image.data -d hdisk2'],
    [{ d: 'hdisk2', m: '/mksysb/gdrh10v1.sysb', O: 'yes', c: '/dev/vty0' }, 'alt_disk_mksysb -m /mksysb/gdrh10v1.sysb -O -c /dev/vty0 -d hdisk2'],
    [{ d: 'hdisk1', m: '/dev/rmt0', B: 'no', P: '12' }, 'alt_disk_mksysb -m /dev/rmt0 -P 12 -B -d hdisk1'],
  ])('%j → %s', (values, line) => expect(mksysb(values)).toBe(line));

  it('every flag the panel builds is one alt_disk_mksysb knows', () => {
    for (const f of dialogFields(altMksysb)) {
      const sample = f.kind === 'yesno' ? (f.default === 'yes' ? 'no' : 'yes') : f.choices?.from === 'fixed' ? '12' : '/tmp/x';
      const line = mksysb({ d: 'hdisk1', m: '/dev/rmt0', [f.id]: sample });
      const parsed = alt_disk_mksysb.parse(line.split(' ').slice(1));
      if (!parsed.ok) expect(parsed.error.stderr, line).toMatch(/is not simulated in this trainer|can only be used with -O/);
    }
  });
});

describe('panel data', () => {
  it('has the three fast paths', () => {
    expect(findPanel('alt_install')).toBe(altInstall);
    expect(findPanel('alt_clone')).toBe(altClone);
    expect(findPanel('alt_mksysb')).toBe(altMksysb);
    expect(findPanel('mkvg')).toBeNull();
    expect(findPanel('toString')).toBeNull();
  });

  it('labels the verified fields V and every other one M or L (REFERENCE §11.5.2)', () => {
    const verified = (p: DialogPanel) => dialogFields(p).filter((f) => f.source === 'V').map((f) => f.label.join(' '));
    expect(verified(altClone)).toEqual(['Target Disk(s) to install', 'Bundle to Install', 'Directory or Device with images', 'Customization script']);
    expect(verified(altMksysb)).toEqual(['Target Disk(s) to install', 'Device or image name']);
    expect(dialogFields(altMksysb).filter((f) => f.source !== 'V').every((f) => f.source === 'L')).toBe(true);
    expect([altClone.titleSource, altMksysb.titleSource, altInstall.titleSource]).toEqual(['M', 'M', 'M']);
    expect(altInstall.items.map((i) => i.label)).toEqual([
      'Install mksysb on an Alternate Disk',
      'Clone the rootvg to an Alternate Disk',
      'Alternate rootvg Operations',
    ]);
  });

  it('marks only the target (and the mksysb source) required', () => {
    expect(dialogFields(altClone).filter((f) => f.required).map((f) => f.key)).toEqual(['d']);
    expect(dialogFields(altMksysb).filter((f) => f.required).map((f) => f.key)).toEqual(['d', 'm']);
  });

  it('gives every field a unique test key and id', () => {
    for (const p of [altClone, altMksysb]) {
      const keys = dialogFields(p).map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      const ids = dialogFields(p).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(field(altClone, 'I.accept').label).toEqual(['ACCEPT new license agreements?']);
  });

  it('draws the alt_clone body as REFERENCE §2.30 lays it out (with §11.5.2 "Bundle to Install")', () => {
    const reference = `* Target Disk(s) to install                          []                      +
  Phase to execute                                    all                    +
  image.data file                                    []                      /
  Exclude list                                       []                      /

  Bundle to Install                                  []                      +
     -OR-
  Fileset(s) to install                              []

  Fix bundle to install                              []
     -OR-
  Fixes to install                                   []

  Directory or Device with images                    []
     (required if filesets, bundles or fixes used)

  installp Flags
    COMMIT software updates?                          yes                    +
    SAVE replaced files?                              no                     +
    AUTOMATICALLY install requisite software?         yes                    +
    EXTEND file systems if space needed?              yes                    +
    OVERWRITE same or newer versions?                 no                     +
    VERIFY install and check file sizes?              no                     +
    ACCEPT new license agreements?                    no                     +
    Preview new LICENSE agreements?                   no                     +

  Customization script                               []                      /
  Set bootlist to boot from this disk
    on next reboot?                                   yes                    +
  Reboot when complete?                               no                     +
  Verbose output?                                     no                     +
  Debug output?                                       no                     +

  Remain NIM client?                                  no                     +
  Reset devices?                                      no                     +
  First boot script                                  []                      /
  resolv.conf file                                   []                      /`;
    expect(dialogLines(altClone, defaultValues(altClone))).toEqual(reference.split('\n'));
  });

  it('puts a value inside the brackets and keeps the marker column', () => {
    expect(fieldLine(field(altClone, 'd'), 'hdisk1')).toBe('* Target Disk(s) to install                          [hdisk1]                +');
  });
});

describe('F4 choices come from the live state', () => {
  it('lists the disks whose VG is None: hdisk1 and hdisk3 in the reference lab', () => {
    const s = lab();
    expect(freeDisks(s.snapshot())).toEqual(['hdisk1', 'hdisk3']);
    expect(choicesFor(field(altClone, 'd'), s.snapshot())).toEqual(['hdisk1', 'hdisk3']);
    s.exec('alt_disk_copy -d hdisk1');
    expect(choicesFor(field(altClone, 'd'), s.snapshot())).toEqual(['hdisk3']);
  });

  it('offers update_all, the phases and yes/no', () => {
    const snap = lab().snapshot();
    expect(choicesFor(field(altClone, 'b'), snap)).toEqual(['update_all']);
    expect(choicesFor(field(altClone, 'P'), snap)).toEqual(['1', '2', '3', '12', '23', 'all']);
    expect(choicesFor(field(altClone, 'B'), snap)).toEqual(['yes', 'no']);
    expect(choicesFor(field(altClone, 'l'), snap)).toBeNull();
  });

  it('Tab steps a ring round its values', () => {
    const p = field(altClone, 'P');
    expect(cycleRing(p, 'all', 1)).toBe('1');
    expect(cycleRing(p, 'all', -1)).toBe('23');
    expect(cycleRing(field(altClone, 'r'), 'no', 1)).toBe('yes');
    expect(cycleRing(field(altClone, 'r'), 'yes', 1)).toBe('no');
  });
});

describe('screen conventions (REFERENCE §11.5.1)', () => {
  it('draws the dialog function-key bar in columns of 20', () => {
    expect(FKEY_BARS.dialog.map((r) => barLine(r))).toEqual([
      'F1=Help             F2=Refresh          F3=Cancel           F4=List',
      'F5=Reset            F6=Command          F7=Edit             F8=Image',
      'F9=Shell            F10=Exit            Enter=Do',
    ]);
  });

  it('spaces the COMMAND STATUS line as the real captures do', () => {
    expect(statusLine('ok', true, false)).toBe('Command: OK            stdout: yes           stderr: no');
    expect(statusLine('failed', true, false)).toBe('Command: failed        stdout: yes           stderr: no');
    expect(statusLine('running', false, false)).toBe('Command: running       stdout: no            stderr: no');
  });

  it('centres titles on 80 columns', () => {
    expect(centre('Clone the rootvg to an Alternate Disk')).toBe(`${' '.repeat(21)}Clone the rootvg to an Alternate Disk`);
  });

  it('draws pop-ups with +---+ and | borders', () => {
    const lines = box('Target Disk(s) to install', ['  hdisk1', '  hdisk3'], FKEY_BARS.list, 40);
    expect(lines[0]).toBe(`+${'-'.repeat(38)}+`);
    expect(lines[lines.length - 1]).toBe(lines[0]);
    expect(lines.every((l) => l.length === 40)).toBe(true);
    expect(lines.slice(1, -1).every((l) => l.startsWith('| ') && l.endsWith(' |'))).toBe(true);
    expect(lines).toContain(`| ${`${'/=Find'.padEnd(12)}n=Find Next`.padEnd(36)} |`);
  });
});
