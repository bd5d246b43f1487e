// release-lab: hdisk1 holds the AIX 7.3 rootvg of a rolled-back migration. From 7.2 it is a fallen-back
// alternate that only FORCE=yes wakes; booted, it runs 7.3 with hdisk0 as old_rootvg and datavg known.
import { describe, expect, it } from 'vitest';
import { lab as newLab } from '../testing/lab.ts';

const lab = () => newLab('release-lab');

describe('release-lab', () => {
  it('starts on 7200-05-03 with a sleeping 7300-01-01 alternate on hdisk1', () => {
    const s = lab();
    expect(s.snapshot().lifecycle.state).toBe('fallenBack');
    expect(s.exec('oslevel -s').stdout).toBe('7200-05-03-2148\n');
    expect(s.exec('lspv').stdout).toMatch(/^hdisk1 +00f6db0a8f3a1c22 +altinst_rootvg *$/m);
    const hdisk1 = s.snapshot().hosts[0].disks.find((d) => d.name === 'hdisk1');
    expect(hdisk1?.osLevel).toBe('7300-01-01-2246');
  });

  it('refuses the wake without FORCE=yes and wakes with it', () => {
    const s = lab();
    const refused = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('FORCE=yes');
    expect(s.exec('FORCE=yes alt_rootvg_op -W -d hdisk1').exitCode).toBe(0);
    expect(s.snapshot().lifecycle.state).toBe('forcedAwake');
    expect(s.exec('alt_rootvg_op -S').exitCode).toBe(0);
    expect(s.snapshot().lifecycle.state).toBe('fallenBack');
  });

  it('boots 7.3 from hdisk1, which knows hdisk0 as old_rootvg and datavg, and wakes the older disk', () => {
    const s = lab();
    s.exec('bootlist -m normal hdisk1 hdisk0');
    s.exec('shutdown -Fr');
    expect(s.exec('oslevel -s').stdout).toBe('7300-01-01-2246\n');
    const lspv = s.exec('lspv').stdout;
    expect(lspv).toMatch(/^hdisk0 +00f6db0a6c7aece5 +old_rootvg *$/m);
    expect(lspv).toMatch(/^hdisk2 +00f6db0a91b44e07 +datavg +active$/m);
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAsleep');
    const wake = s.exec('alt_rootvg_op -W -d hdisk0');
    expect(wake.exitCode).toBe(0);
    expect(wake.stdout + wake.stderr).not.toMatch(/higher/);
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAwake');
  });
});
