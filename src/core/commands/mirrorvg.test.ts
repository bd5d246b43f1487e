// mirrorvg — REFERENCE §1.9, §2.28 (FRBLOG transcripts; quorum off by default, -Q keeps
// it, IBM docs), 0516-404 allocp (SRC413 catalogue) when a copy finds no room.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { checkInvariants } from '../model/invariants.ts';
import { mirrorvg } from './mirrorvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

const MIRRORED =
  '0516-1804 chvg: The quorum change takes effect immediately.\n' +
  '0516-1126 mirrorvg: rootvg successfully mirrored, user should perform\n' +
  '        bosboot of system to initialize boot records.  Then, user must modify\n' +
  '        bootlist to include:  hdisk1 hdisk0.\n';

describe('mirrorvg parse', () => {
  it.each([
    [['rootvg', 'hdisk1'], { ok: true, value: { vg: 'rootvg', pvs: ['hdisk1'], copies: 2, keepQuorum: false, background: false } }],
    [['-S', '-Q', '-c', '3', 'rootvg'], { ok: true, value: { vg: 'rootvg', pvs: [], copies: 3, keepQuorum: true, background: true } }],
    [['-c', '1', 'rootvg'], { ok: true, value: { vg: 'rootvg', pvs: [], copies: 2, keepQuorum: false, background: false } }],
    [['-c', '4', 'rootvg'], { ok: false, error: { stderr: `0516-662 mirrorvg: The -c parameter for Copies must be 1, 2, or 3.\n${M.usage.mirrorvg}`, exitCode: 1 } }],
    [[], { ok: false, error: { stderr: M.usage.mirrorvg, exitCode: 1 } }],
    [['-x', 'rootvg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('mirrorvg', 'x')}\n${M.usage.mirrorvg}`, exitCode: 1 } }],
    [['-s', 'rootvg'], { ok: false, error: { stderr: trainerMessages.notSimulated('mirrorvg', '-s'), exitCode: 1 } }],
    [['-m', 'rootvg', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('mirrorvg', '-m'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(mirrorvg.parse(args)).toEqual(expected));
});

describe('mirrorvg run', () => {
  it('rootvg onto hdisk1: FRBLOG output, dump LV left alone, sync takes time', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    const r = s.exec('mirrorvg rootvg hdisk1');
    // 146 PPs of 32 MB at 25 MB/s
    expect([r.stdout, r.stderr, r.exitCode, r.durationMs]).toEqual(['', MIRRORED, 0, 146 * 32 * 40]);
    expect(run(s, 'lslv -l hd4').out).toBe(
      'hd4:/\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk0            004:000:000   100%          000:000:004:000:000\nhdisk1            004:000:000   100%          000:000:004:000:000\n',
    );
    expect(run(s, 'lslv lg_dumplv').out).toContain('COPIES:             1 ');
    expect(run(s, 'lslv hd2').out).toContain('COPIES:             2 ');
  });

  it('without a disk list, onto any other disk of the VG; -S returns at once', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    const r = s.exec('mirrorvg -S rootvg');
    expect([r.stderr, r.exitCode, r.durationMs]).toEqual([MIRRORED, 0, 0]);
  });

  it('-Q keeps quorum (no 0516-1804); a data VG gets no bosboot notice', () => {
    const s = lab();
    run(s, 'mkvg -y appvg -s 32 hdisk3');
    const w = s.world();
    const odm = w.vgs[w.hosts.aixlab01.run!.rootVgid].os!.odm;
    const appvg = w.vgs[odm.vgs.find((v) => v.name === 'appvg')!.vgid];
    appvg.lvs.push({ minor: 1, name: 'lv00', type: 'jfs2', lps: 2, copies: [[{ pvid: w.disks.d3.pvid!, start: 1, count: 2 }]], label: null, intraPolicy: 'center' });
    odm.lvs.push({ name: 'lv00', vg: 'appvg', lvid: `${appvg.vgid}.1`, type: 'jfs2' });
    run(s, 'extendvg appvg hdisk1');
    expect(run(s, 'mirrorvg -Q appvg')).toMatchObject({ out: '', err: '', code: 0 });
    expect(run(s, 'lsvg appvg').out).toContain('QUORUM:         2 (Enabled)');
  });

  it('no room for a copy: allocp 0516-404 and nothing changes', () => {
    const s = lab();
    run(s, 'extendvg datavg hdisk3');
    const before = JSON.stringify(s.world().vgs);
    expect(run(s, 'mirrorvg datavg hdisk3')).toMatchObject({
      out: '',
      err: '0516-404 allocp: Not enough resources available to fulfill\n\tallocation. Either not enough free partitions or not enough\n\tphysical volumes to keep strictness. Try again with\n\tdifferent allocation characteristics.\n',
      code: 1,
    });
    expect(JSON.stringify(s.world().vgs)).toBe(before);
  });

  it('strictness: no second copy on the same disk; -c 3 needs three disks', () => {
    const s = lab();
    expect(run(s, 'mirrorvg rootvg').err).toContain('0516-404 allocp');
    run(s, 'extendvg rootvg hdisk1');
    expect(run(s, 'mirrorvg -c 3 rootvg').err).toContain('0516-404 allocp');
  });

  it('errors: unknown VG, VG varied off, disk not in the VG, unknown disk', () => {
    const s = lab();
    expect(run(s, 'mirrorvg foovg')).toMatchObject({ err: '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n', code: 1 });
    expect(run(s, 'mirrorvg rootvg hdisk1')).toMatchObject({ err: '0516-066 mirrorvg: Physical volume is not a volume group member.\n\tCheck the physical volume name specified.\n', code: 1 });
    expect(run(s, 'mirrorvg rootvg hdisk9')).toMatchObject({ err: '0516-306 mirrorvg: Unable to find physical volume hdisk9 in the Device\n\tConfiguration Database.\n', code: 1 });
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'mirrorvg datavg')).toMatchObject({ err: '0516-010 mirrorvg: Volume group must be varied on; use varyonvg command.\n', code: 1 });
  });

  it('interrupted mid-sync: the LVs done so far are mirrored, the rest not, no notice', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    s.exec('mirrorvg rootvg hdisk1');
    const r = s.interruptLast(30_000)!;
    expect(r.stderr).toBe('0516-1804 chvg: The quorum change takes effect immediately.\n');
    expect(checkInvariants(s.world())).toEqual([]);
    const copies = s.world().vgs[s.world().hosts.aixlab01.run!.rootVgid].lvs.map((l) => l.copies.length);
    expect(copies.slice(0, 3)).toEqual([2, 2, 2]); // hd5, hd6, hd8 synced within 30 s
    expect(copies).toContain(1);
    expect(s.exec('mirrorvg rootvg hdisk1').stderr).toContain('0516-1126'); // running it again finishes the job
  });

  it('an already mirrored VG: nothing to do, silent', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    run(s, 'mirrorvg rootvg hdisk1');
    expect(run(s, 'mirrorvg rootvg hdisk1')).toMatchObject({ out: '', err: '', code: 0 });
  });
});
