// The snapshot marks an alternate rootvg that would hang if booted, by asking the lifecycle machine (one
// rule: its REBOOT into the alternate ends in a hung state), and carries the machine's words for the state.
import { describe, expect, it } from 'vitest';
import type { Session } from './api.ts';
import { alternateBootHang } from './project.ts';
import { lab } from '../testing/lab.ts';

const all = (s: Session, lines: string[]) => lines.forEach((l) => s.exec(l));
const disk = (s: Session, name: string) => s.snapshot().hosts[0].disks.find((d) => d.name === name);
const smsBootFirst = ['lab power off', 'lab sms', '5', '1', '7', '1', '2', '1'];

describe('alternateBootHang', () => {
  it('asks the machine: damaged, doubled or awake alternates hang at 0552; a sleeping clone boots', () => {
    expect(alternateBootHang('odmDamaged')).toBe('0552');
    expect(alternateBootHang('doubledNamesAsleep')).toBe('0552');
    expect(alternateBootHang('altinstAwake')).toBe('0552');
    expect(alternateBootHang('altinstAsleep')).toBeNull();
    expect(alternateBootHang('onClone.oldAsleep')).toBeNull();
    expect(alternateBootHang('noAlternate')).toBeNull();
    expect(alternateBootHang('down')).toBeNull();
  });
});

describe('snapshot', () => {
  it('after the LED 552 hang and SMS, hdisk1 carries the hang; after -X and a fresh clone it does not', () => {
    const s = lab();
    all(s, ['alt_disk_copy -d hdisk1']);
    expect(disk(s, 'hdisk1')?.role).toBe('altinst_rootvg');
    expect(disk(s, 'hdisk1')?.bootHang).toBeUndefined();
    all(s, ['alt_rootvg_op -W -d hdisk1', 'shutdown -Fr']);
    // While hung: the disk the boot tried carries the LED the machine's hung state names.
    expect(s.snapshot().lifecycle.state).toBe('hung.led552');
    expect(disk(s, 'hdisk1')?.bootHang).toBe('0552');
    expect(disk(s, 'hdisk0')?.bootHang).toBeUndefined();
    all(s, smsBootFirst);
    expect(s.snapshot().lifecycle.state).toBe('odmDamaged');
    expect(disk(s, 'hdisk1')?.bootHang).toBe('0552');
    expect(disk(s, 'hdisk0')?.bootHang).toBeUndefined();
    all(s, ['alt_rootvg_op -X altinst_rootvg', 'alt_disk_copy -d hdisk1']);
    expect(s.snapshot().lifecycle.state).toBe('altinstAsleep');
    expect(disk(s, 'hdisk1')?.bootHang).toBeUndefined();
  });

  it('carries the machine’s description of the state', () => {
    const s = lab();
    expect(s.snapshot().lifecycle.state).toBe('noAlternate');
    expect(s.snapshot().lifecycle.description).toMatch(/^No alternate rootvg is defined/);
  });
});
