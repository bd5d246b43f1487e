// Moving a rootvg disk to another server, the supported way (tutorial FAQ; REFERENCE §3.4, R15):
// clone with -B -O, remove the placeholder, rmdev the disk, shut down, move it, pick it in SMS on the
// other server; its first boot asks for the console (LED 0c31) unless -c named one.
import { describe, expect, it } from 'vitest';
import { lab as newLab } from '../../testing/lab.ts';

const lab = () => newLab('mksysb-lab');
const sms = (slot: number) => ['lab power off', 'lab sms', '5', '1', '7', String(slot + 1), '2', '1'];

describe('moving a cloned disk to aixprod02', () => {
  it('with -B -O, -X and rmdev: boots there with reset devices after the console prompt', () => {
    const s = lab();
    const clone = s.exec('alt_disk_copy -B -O -d hdisk1');
    expect(clone.stdout).toContain('Resetting all device attributes.');
    expect(s.exec('bootlist -m normal -o').stdout).toBe('hdisk0 blv=hd5 pathid=0\n');
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
    expect(s.exec('rmdev -dl hdisk1').stdout).toBe('hdisk1 deleted\n');
    s.exec('shutdown -F');
    s.exec('lab disk move d1 aixprod02');
    s.exec('lab console aixprod02');
    const slot = s.world().disks.d1.location!.slot;
    const boot = sms(slot).map((l) => s.exec(l));
    const last = boot.at(-1)!;
    expect(last.stdout).toContain('Please define the System Console.');
    expect(last.events.some((e) => e.type === 'led' && e.code === '0c31')).toBe(true);
    s.exec('1');
    const host = s.world().hosts.aixprod02;
    expect(host.power).toBe('running');
    expect(host.run!.bootDiskId).toBe('d1');
    // devices were configured afresh: rc.boot phase 1 configures the boot disk first (hdisk0), then the
    // server's own disks follow by slot
    expect(s.exec('lspv').stdout).toMatch(/^hdisk0 +00f6db0a8f3a1c22 +rootvg +active\nhdisk1 +00c25ab0062fa001 +None/m);
  });

  it('-O -c /dev/vty0 names the console: no prompt at the first boot', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -O -c /dev/vty0 -d hdisk1');
    s.exec('alt_rootvg_op -X altinst_rootvg');
    s.exec('rmdev -dl hdisk1');
    s.exec('shutdown -F');
    s.exec('lab disk move d1 aixprod02');
    s.exec('lab console aixprod02');
    const out = sms(s.world().disks.d1.location!.slot).map((l) => s.exec(l).stdout).join('');
    expect(out).not.toContain('Please define the System Console.');
    expect(s.world().hosts.aixprod02.power).toBe('running');
  });

  it('without -O the moved disk hangs at LED 0554 on the other server (O3)', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -d hdisk1');
    s.exec('shutdown -F');
    s.exec('lab disk move d1 aixprod02');
    s.exec('lab console aixprod02');
    sms(s.world().disks.d1.location!.slot).forEach((l) => s.exec(l));
    expect(s.world().hosts.aixprod02.led).toBe('0554');
  });
});
