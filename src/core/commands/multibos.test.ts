// multibos (IBM "multibos Command"; transcripts after real captures, docs/multibos.md): setup, preview,
// mount/unmount, customise, boot into the standby and back, remove; the space and mirror refusals.
import { describe, expect, it } from 'vitest';
import { MULTIBOS_USAGE, multibosMessages as M } from '../messages/multibos.ts';
import { lab, parseMismatches, runChecked as run, type Lab } from '../testing/lab.ts';
import { createLv } from '../engine/lvm.ts';
import { multibos } from './multibos.ts';

const lvNames = (s: Lab) => run(s, 'lsvg -l rootvg').out.split('\n').slice(2).map((l) => l.split(/\s+/)[0]).filter(Boolean);

describe('multibos', () => {
  it('parses its table', () => {
    expect(parseMismatches(multibos, [
      [['-sXp'], null],
      [['-sX'], null],
      [['-sXt'], null],
      [['-Xac', '-l', '/export/7200-05-04'], null],
      [['-m'], null],
      [['-u', '-X'], null],
      [['-B'], null],
      [['-R'], null],
      [['-Rp'], null],
      [[], MULTIBOS_USAGE],
      [['-s', '-R'], MULTIBOS_USAGE],
      [['-c'], MULTIBOS_USAGE],
      [['-c', '-l', '/x'], MULTIBOS_USAGE],
      [['-m', '-t'], MULTIBOS_USAGE],
      [['-Bp'], MULTIBOS_USAGE],
      [['-S'], 'multibos: -S is not simulated in this trainer.'],
      [['-s', '-e', '/tmp/x'], 'multibos: -e is not simulated in this trainer.'],
    ])).toEqual([]);
  });

  it('-sXp previews: the space needed and free, nothing changes', () => {
    const s = lab();
    const r = run(s, 'multibos -sXp');
    expect(r.code).toBe(0);
    expect(r.out).toContain(M.previewSpace(115, 477));
    expect(r.out).toContain(M.previewBootlist('bos_hd5', 'hdisk0'));
    expect(lvNames(s).some((n) => n.startsWith('bos_'))).toBe(false);
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk0 blv=hd5 pathid=0\n');
  });

  it('-sX creates the bos_ LVs and /bos_inst file systems, builds bos_hd5 and sets the bootlist to it', () => {
    const s = lab();
    const r = run(s, 'multibos -sX');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Creating standby BOS logical volume bos_hd10opt\n');
    expect(r.out).toContain('Setting bootlist to logical volume bos_hd5 on hdisk0.\nATTENTION: firmware recovery string for standby BLV (bos_hd5):\nboot /vdevice/v-scsi@30000002/disk@8100000000000000:4\n');
    expect(r.out.endsWith('\nLog file is /etc/multibos/logs/op.alog\nReturn Status = SUCCESS\n')).toBe(true);
    expect(lvNames(s).slice(-5)).toEqual(['bos_hd5', 'bos_hd4', 'bos_hd2', 'bos_hd9var', 'bos_hd10opt']);
    expect(run(s, 'lsvg -l rootvg').out).toMatch(/bos_hd4 +jfs2 +4 +4 +1 +closed\/syncd +\/bos_inst\n/);
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk0 blv=bos_hd5 pathid=0\n');
    expect(run(s, 'multibos -sX').err).toBe(M.standbyExists + '\n');
  });

  it('-m mounts the standby under /bos_inst with the active files; -u unmounts in the captured order', () => {
    const s = lab();
    run(s, 'multibos -sX');
    expect(run(s, 'multibos -m').out).toContain('Mounting all standby BOS file systems ...\nMounting /bos_inst\nMounting /bos_inst/usr\n');
    expect(run(s, 'ls /bos_inst/etc/inittab').code).toBe(0);
    expect(run(s, 'multibos -u').out).toContain('Unmounting /bos_inst/opt\nUnmounting /bos_inst/var\nUnmounting /bos_inst/usr\nUnmounting /bos_inst\n');
    expect(run(s, 'ls /bos_inst/etc/inittab').code).not.toBe(0);
  });

  it('-c updates only the standby; booting bos_hd5 runs it (bos_hd4 at /, hd4 at /bos_inst); back on hd5, -R removes it', () => {
    const s = lab();
    run(s, 'multibos -sX');
    expect(run(s, 'multibos -Xac -l /export/7200-05-04').code).toBe(0);
    expect(run(s, 'oslevel -s').out).toBe('7200-05-03-2148\n');
    run(s, 'shutdown -Fr');
    expect(run(s, 'oslevel -s').out).toBe('7200-05-04-2220\n');
    const lsvg = run(s, 'lsvg -l rootvg').out;
    expect(lsvg).toMatch(/bos_hd4 +jfs2 +4 +4 +1 +open\/syncd +\/\n/);
    expect(lsvg).toMatch(/hd4 +jfs2 +4 +4 +1 +closed\/syncd +\/bos_inst\n/);
    run(s, 'bootlist -m normal hdisk0 blv=hd5');
    run(s, 'shutdown -Fr');
    expect(run(s, 'oslevel -s').out).toBe('7200-05-03-2148\n');
    const r = run(s, 'multibos -R');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Removing standby BOS file system /bos_inst/opt\nRemoving standby BOS file system /bos_inst/var\n');
    expect(r.out).toContain('Removing standby BOS logical volume bos_hd5\n');
    expect(lvNames(s).some((n) => n.startsWith('bos_'))).toBe(false);
    expect(run(s, 'lsfs').out).not.toContain('bos_inst');
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk0 blv=hd5 pathid=0\n');
    expect(run(s, 'multibos -m').err).toBe(M.noStandby + '\n');
  });

  it('rootvg without enough free PPs: mklv fails, 0565-003 and 0565-035, the LVs made so far removed', () => {
    const s = lab('reference-lab', (w) => {
      const root = w.vgs[w.disks.d0.vgid!];
      createLv(root, w.disks.d0, { name: 'fslv09', type: 'jfs2', lps: 400, label: null });
    });
    expect(run(s, 'multibos -sXp').out).toContain(M.previewNoRoom('bos_hd2'));
    const r = run(s, 'multibos -sX');
    expect(r.code).toBe(1);
    expect(r.out).toContain('0516-404 allocp: This system cannot fulfill the allocation request.');
    expect(r.err).toBe(`${M.errCreatingLvs}\n${M.errSetup}\n`);
    expect(r.out).toContain('Removing standby BOS logical volume bos_hd5\nRemoving standby BOS logical volume bos_hd4\n');
    expect(r.out.endsWith('Return Status: FAILURE\n')).toBe(true);
    expect(lvNames(s).some((n) => n.startsWith('bos_'))).toBe(false);
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk0 blv=hd5 pathid=0\n');
  });

  it('a mirrored rootvg is refused', () => {
    const s = lab('mirrored-lab');
    expect(run(s, 'multibos -sX')).toMatchObject({ code: 1, err: M.mirrored + '\n' });
  });
});

describe('multibos in the lifecycle view', () => {
  it('the state description says a standby BOS is present, then which instance runs', () => {
    const s = lab();
    run(s, 'multibos -sX');
    expect(s.snapshot().lifecycle.description).toMatch(/^No alternate rootvg is defined.* rootvg also holds a standby BOS \(multibos, boot LV bos_hd5\); the running BOS booted from hd5\.$/);
    run(s, 'shutdown -Fr');
    expect(s.snapshot().lifecycle.description).toMatch(/standby BOS \(multibos, boot LV hd5\); the running BOS booted from bos_hd5\.$/);
    run(s, 'multibos -R');
    expect(s.snapshot().lifecycle.description).toMatch(/The running BOS is the multibos instance booted from bos_hd5; no standby BOS is left\.$/);
  });
});

describe('multibos-lab (a rootvg short of room)', () => {
  it('the preview fails on space; with hdisk1 added to rootvg the setup succeeds and the standby boots', () => {
    const s = lab('multibos-lab');
    const p = run(s, 'multibos -sXp');
    expect(p.code).toBe(1);
    expect(p.out).toContain(M.previewSpace(115, 77));
    run(s, 'extendvg rootvg hdisk1');
    expect(run(s, 'multibos -sX').code).toBe(0);
    run(s, 'shutdown -Fr');
    expect(run(s, 'df /').out).toContain('/dev/bos_hd4');
    expect(run(s, 'df /apps').out).toContain('/dev/appslv');
  });
});

describe('multibos round trips', () => {
  it('booted from bos_hd5, -R removes hd5, hd4…; a new setup then names the standby hd5, hd4… (the capture\'s cycle)', () => {
    const s = lab();
    run(s, 'multibos -sX');
    run(s, 'shutdown -Fr');
    expect(run(s, 'multibos -R').out).toContain('Active boot logical volume is bos_hd5.\nStandby boot logical volume is hd5.\n');
    expect(lvNames(s).filter((n) => ['hd4', 'hd5', 'hd2'].includes(n))).toEqual([]);
    const again = run(s, 'multibos -sX');
    expect(again.out).toContain('Creating standby BOS logical volume hd5\n');
    expect(again.out).toContain('Setting bootlist to logical volume hd5 on hdisk0.\nATTENTION: firmware recovery string for standby BLV (hd5):\n');
    run(s, 'shutdown -Fr');
    expect(run(s, 'df /').out).toContain('/dev/hd4 ');
  });

  it('-N skips the standby boot image: booting bos_hd5 finds no image and firmware ends in SMS', () => {
    const s = lab();
    expect(run(s, 'multibos -sXN').out).not.toContain('bosboot:');
    run(s, 'shutdown -Fr');
    expect(s.snapshot().hosts[0].power).toBe('sms');
  });
});
