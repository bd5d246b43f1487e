// A damaged alternate (the snapshot's bootHang on an asleep alternate) is drawn as such, never as
// "asleep: safe to reboot onto", and the firmware warns when the normal bootlist starts with it.
import { describe, expect, it } from 'vitest';
import { disk, referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import type { DiskView } from '../../protocol/index.ts';
import type { DiskNode, FirmwareNode } from './project.ts';
import { project } from './project.ts';

function withAlternate(alt: Partial<DiskView>, normal: string[]) {
  const host = referenceHost();
  const disks = host.disks.map((d) =>
    d.name === 'hdisk1' ? disk({ ...d, vg: 'altinst_rootvg', role: 'altinst_rootvg', bootRecord: true, osLevel: '7200-05-03-2148', ...alt }) : d,
  );
  const { nodes } = project(referenceSnapshot({ hosts: [{ ...host, disks, bootlist: { normal, service: [] } }] }));
  return {
    hdisk1: nodes.find((n): n is DiskNode => n.type === 'disk' && n.data.hdisk === 'hdisk1')!,
    firmware: nodes.find((n): n is FirmwareNode => n.type === 'firmware')!,
  };
}

describe('damaged alternate', () => {
  it('an asleep alternate that would hang is damaged, not asleep, and the bootlist on it warns', () => {
    const { hdisk1, firmware } = withAlternate({ bootHang: '0552' }, ['hdisk1 blv=hd5']);
    expect(hdisk1.data.damaged).toBe(true);
    expect(hdisk1.className).toContain('dg-disk--damaged');
    expect(hdisk1.className).not.toContain('asleep');
    expect(hdisk1.ariaLabel).toContain('damaged: a boot from it hangs at LED 0552');
    expect(hdisk1.ariaLabel).not.toContain('asleep');
    expect(firmware.data.warning).toBe('next boot hangs at LED 0552 (hdisk1)');
    expect(firmware.ariaLabel).toContain('warning: next boot hangs at LED 0552 (hdisk1)');
  });

  it('a sound asleep alternate is asleep; the bootlist on it does not warn', () => {
    const { hdisk1, firmware } = withAlternate({}, ['hdisk1 blv=hd5']);
    expect(hdisk1.data.damaged).toBe(false);
    expect(hdisk1.className).toContain('dg-disk--asleep');
    expect(firmware.data.warning).toBeNull();
  });

  it('the warning only when the damaged disk is first in the normal bootlist', () => {
    expect(withAlternate({ bootHang: '0552' }, ['hdisk0 blv=hd5', 'hdisk1 blv=hd5']).firmware.data.warning).toBeNull();
  });

  it('an awake alternate stays awake, and a bootlist on it warns of the hang', () => {
    const { hdisk1, firmware } = withAlternate({ bootHang: '0552', awake: true, vgActive: true }, ['hdisk1 blv=hd5']);
    expect(hdisk1.data.damaged).toBe(false);
    expect(hdisk1.data.awake).toBe(true);
    expect(hdisk1.ariaLabel).toContain('a boot from it now hangs at LED 0552');
    expect(firmware.data.warning).toBe('next boot hangs at LED 0552 (hdisk1)');
  });
});
