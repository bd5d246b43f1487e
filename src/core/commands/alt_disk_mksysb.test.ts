// alt_disk_mksysb: parse table, the §3.6 transcript, R9–R11 refusals, -i breaking a mirror, booting it.
import { describe, expect, it } from 'vitest';
import { alt_disk_mksysb, ALT_DISK_MKSYSB_USAGE } from './alt_disk_mksysb.ts';
import { lab as newLab } from '../testing/lab.ts';

const lab = () => newLab('mksysb-lab');
const IMAGES = '/usr/sys/inst.images';

describe('alt_disk_mksysb parse', () => {
  const table: [string[], boolean, string?][] = [
    [['-m', `${IMAGES}/aixprod02.sysb`, '-d', 'hdisk1'], true],
    [['-c', '/dev/vty0', '-O', '-d', 'hdisk1', '-m', '/dev/rmt0'], true],
    [['-d', 'hdisk1'], false, ALT_DISK_MKSYSB_USAGE],
    [['-m', 'x'], false, ALT_DISK_MKSYSB_USAGE],
    [['-m', 'x', '-d', 'hdisk1', '-L', '7200'], false, 'not simulated'],
    [['-m', 'x', '-d', 'hdisk1', '-P', '4'], false, '4 is not a valid phase'],
    [['-m', 'x', '-d', 'hdisk1', '-r', '-B'], false, 'The -r and -B flags cannot be used together'],
    // REFERENCE §12 (IBM Cloud "restoring an AIX mksysb image"): -c without -O is a documented procedure.
    [['-m', 'x', '-d', 'hdisk1', '-c', '/dev/vty0'], true],
  ];
  it.each(table)('%j → ok=%s', (args, good, text) => {
    const r = alt_disk_mksysb.parse(args);
    expect(r.ok).toBe(good);
    if (!r.ok && text) expect(r.error.stderr).toContain(text);
  });
});

describe('alt_disk_mksysb (REFERENCE §3.6)', () => {
  it("restores another server's mksysb with the §3.6 transcript and boots it; disks are then known by PVID", () => {
    const s = lab();
    const r = s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02.sysb -d hdisk1`);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Restoring /image.data from mksysb image.');
    expect(lines).toContain('Restoring mksysb image to alternate disk(s).');
    expect(lines).toContain('Linking to 64bit kernel.');
    expect(lines).not.toContain('Modifying ODM on cloned disk.');
    expect(lines).not.toContain('Building boot image on cloned disk.');
    expect(lines.indexOf('Fixing LV control blocks...')).toBeLessThan(lines.indexOf('forced unmount of /alt_inst'));
    expect(lines.at(-1)).toBe('Bootlist is set to the boot disk: hdisk1 blv=hd5');
    s.exec('shutdown -Fr');
    expect(s.exec('hostname').stdout).toBe('aixprod02\n');
    expect(s.exec('lsvg').stdout).toBe('old_rootvg\nrootvg\n');
    expect(s.exec('lspv').stdout).toMatch(/^hdisk\d +00f6db0a8f3a1c22 +rootvg +active$/m);
  });

  it("REFERENCE §3.6: the first boot of another server's mksysb renumbers the disks (old rootvg keeps hdisk0, the boot disk comes next) — go by PVID", () => {
    const s = lab();
    expect(s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02.sysb -d hdisk3`).exitCode).toBe(0);
    const restored = s.world().disks[Object.values(s.world().disks).find((d) => d.location?.slot === 3 && d.location.host === 'aixlab01')!.id].pvid!;
    s.exec('shutdown -Fr');
    const rows = s.exec('lspv').stdout.trimEnd().split('\n').map((l) => l.trim().split(/\s+/));
    expect(rows).toEqual([
      ['hdisk0', '00f6db0a6c7aece5', 'old_rootvg'],
      ['hdisk1', restored, 'rootvg', 'active'],
      ['hdisk2', '00f6db0a8f3a1c22', 'None'],
      ['hdisk3', '00f6db0a91b44e07', 'None'],
    ]);
    expect(s.exec('bootinfo -b').stdout).toBe('hdisk1\n');
    // datavg's disk is now hdisk3: found by its PVID, it imports under that name.
    expect(s.exec('importvg -y datavg hdisk3').stdout).toBe('datavg\n');
  });

  it('-i with COPIES=1 breaks the image mirror onto one disk; without it mklv fails at alt_hd5 and the partial VG is removed (§12)', () => {
    const s = lab();
    const failed = s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02_mirrored.sysb -d hdisk1`);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(/Creating logical volume alt_hd5\.\n0516-404 allocp: This system cannot fulfill the allocation request\.\n/);
    expect(s.exec('lspv').stdout).toMatch(/^hdisk1 +00f6db0a8f3a1c22 +None/m);
    expect(s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02_mirrored.sysb -i /home/image.data -B -d hdisk1`).exitCode).toBe(0);
    s.exec('alt_rootvg_op -W -d hdisk1');
    expect(s.exec('lsvg -l altinst_rootvg').stdout).toMatch(/^alt_hd2\s+jfs2\s+80\s+80\s+1\s/m);
  });

  it('refuses a lower-level image, mismatched boot images, a missing boot_images fileset, and an unreadable device', () => {
    const s = lab();
    const before = JSON.stringify([Object.keys(s.world().vgs), s.world().disks]);
    expect(s.exec(`alt_disk_mksysb -m ${IMAGES}/aixweb05_61tl5.sysb -d hdisk1`).stderr).toContain('lower than this system');
    expect(s.exec(`alt_disk_mksysb -m ${IMAGES}/aixnew07_73tl1.sysb -d hdisk1`).stderr).toContain('boot images at 7.3.1.x are needed');
    expect(s.exec('alt_disk_mksysb -m /tmp/none.sysb -d hdisk1').stderr).toBe('0512-054 listvgbackup: File /tmp/none.sysb does not exist or is empty.\n');
    s.exec('lab fileset remove bos.alt_disk_install.boot_images');
    expect(s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02.sysb -d hdisk1`).stderr).toContain('bos.alt_disk_install.boot_images is not installed');
    expect(JSON.stringify([Object.keys(s.world().vgs), s.world().disks])).toBe(before);
  });

  it('REFERENCE §12: `alt_disk_mksysb -m IMAGE -d DISK -c /dev/vty0` without -O restores and boots (IBM Cloud procedure)', () => {
    const s = lab();
    const r = s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02.sysb -d hdisk1 -c /dev/vty0`);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Bootlist is set to the boot disk: hdisk1 blv=hd5');
    s.exec('shutdown -Fr');
    expect(s.snapshot().hosts.find((h) => h.name === 'aixlab01')?.power).toBe('running');
    expect(s.exec('hostname').stdout).toBe('aixprod02\n');
  });

  it('REFERENCE §12 (R9, IBM alt_disk_mksysb page): alt_rootvg_op -C refuses device or kernel support before the mksysb disk has booted', () => {
    const s = lab();
    s.exec(`alt_disk_mksysb -m ${IMAGES}/aixprod02.sysb -B -d hdisk1`);
    s.exec('alt_rootvg_op -W -d hdisk1');
    const before = JSON.stringify(s.world().vgs);
    const refused = s.exec('alt_rootvg_op -C -b update_all -l /export/7200-05-04');
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('installed from a mksysb image and has not been booted yet');
    expect(refused.stderr).toContain('    bos.mp64\n    devices.vscsi.disk.rte\n');
    expect(refused.stderr).not.toMatch(/\d{4}-\d{3}/); // IBM gives no number: none is invented
    expect(JSON.stringify(s.world().vgs)).toBe(before);
    // A fileset that is neither device nor kernel support may go in.
    expect(s.exec('alt_rootvg_op -C -w bos.rte.lvm -l /export/7200-05-04').exitCode).toBe(0);
    // Once the system has booted from it (then fell back), the same update is allowed.
    s.exec('alt_rootvg_op -S');
    s.exec('bootlist -m normal hdisk1');
    s.exec('shutdown -Fr');
    s.exec('bootlist -m normal hdisk0');
    s.exec('shutdown -Fr');
    expect(s.exec('alt_rootvg_op -W -d hdisk1').exitCode).toBe(0);
    const allowed = s.exec('alt_rootvg_op -C -b update_all -l /export/7200-05-04');
    expect(allowed.stderr).toBe('');
    expect(allowed.exitCode).toBe(0);
  });

  it('reads an image from the tape in /dev/rmt0', () => {
    const s = lab();
    expect(s.exec('alt_disk_mksysb -m /dev/rmt0 -B -d hdisk1').exitCode).toBe(0);
    expect(s.snapshot().lifecycle.state).toBe('altinstAsleep');
  });
});
