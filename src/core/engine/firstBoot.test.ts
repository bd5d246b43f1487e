// Issue 10 rule 10: shutdown stops the subsystems that are active on the host (derived, not fixed text),
// and the first boot of a mksysb or -O disk shows its first-boot work (device configuration, LEDs
// 0538/0539, REFERENCE §6.2, §7 step 7).
import { describe, expect, it } from 'vitest';
import type { ExecResult } from '../session/types.ts';
import { lab } from '../testing/lab.ts';

const stopped = (out: string) => [...out.matchAll(/^0513-044 The (\S+) Subsystem was requested to stop\.$/gm)].map((m) => m[1]);
const leds = (r: ExecResult) => r.events.flatMap((e) => (e.type === 'led' ? [e.code] : []));

describe('shutdown stops the active subsystems (REFERENCE §11.6 step 10)', () => {
  it('one 0513-044 line per active subsystem, portmap left running; without TCP/IP only sshd and ctrmc', () => {
    const s = lab();
    expect(stopped(s.exec('shutdown -Fr').stdout)).toEqual(['syslogd', 'inetd', 'sendmail', 'sshd', 'ctrmc']);
    s.exec('lab fileset remove bos.net.tcp.client');
    expect(stopped(s.exec('shutdown -Fr').stdout)).toEqual(['sshd', 'ctrmc']);
  });
});

describe('first-boot work', () => {
  it("the first boot of another server's mksysb configures each disk (0538/0539) and takes minutes longer", () => {
    const s = lab('mksysb-lab');
    const plain = s.exec('shutdown -Fr');
    expect(leds(plain)).not.toContain('0538');
    s.exec('alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1');
    const first = s.exec('shutdown -Fr');
    const codes = leds(first);
    // hdisk0 keeps its definition (old_rootvg); the three other disks are defined afresh
    expect(codes.filter((c) => c === '0538')).toHaveLength(3);
    expect(codes.indexOf('0538')).toBeGreaterThan(codes.indexOf('0581'));
    expect(first.durationMs - plain.durationMs).toBeGreaterThan(2 * 60_000);
    // the second boot of the same disk has nothing left to do
    expect(leds(s.exec('shutdown -Fr'))).not.toContain('0538');
  });

  it('the first boot of a -O clone reconfigures every disk before the console prompt', () => {
    const s = lab();
    s.exec('alt_disk_copy -O -d hdisk1');
    const codes = leds(s.exec('shutdown -Fr'));
    expect(codes.filter((c) => c === '0538')).toHaveLength(4);
    expect(codes.at(-1)).toBe('0c31');
  });

  it('a plain clone keeps its copy of the ODM: no device configuration at its first boot', () => {
    const s = lab();
    s.exec('alt_disk_copy -d hdisk1');
    expect(leds(s.exec('shutdown -Fr'))).not.toContain('0538');
  });
});
