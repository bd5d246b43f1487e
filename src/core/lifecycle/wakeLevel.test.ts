// Rule R12 as IBM documents it today (alt_rootvg_op, AIX 7.3): a newer TL or SP of the same release
// wakes with a warning; FORCE=yes is needed only for a higher version/release; the file-system
// warning is for a volume group that has run as a rootvg, not for a clone that never booted.
import { describe, expect, it } from 'vitest';
import type { Session } from '../session/api.ts';
import { lab } from '../testing/lab.ts';

const state = (s: Session) => s.snapshot().lifecycle.state;
const TL_SP_WARNING = 'some operations on it might not work correctly';
const FS_WARNING = 'JFS2 logs were written';

/** The AIX level of the VG on hdisk1 (d1), changed in place: a clone made at another release. */
function setCloneLevel(s: Session, level: string): void {
  const w = s.world();
  w.vgs[w.disks.d1.vgid!].os!.level = level;
}

describe('waking a newer alternate (REFERENCE §12 on R12)', () => {
  it('a never-booted clone at a higher SP of the same release wakes without FORCE, with a warning only about operations', () => {
    const s = lab();
    expect(s.exec('alt_disk_copy -b update_all -l /export/7200-05-04 -B -d hdisk1').exitCode).toBe(0);
    const r = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(r.exitCode).toBe(0);
    expect(r.stdout + r.stderr).toContain(TL_SP_WARNING);
    expect(r.stdout + r.stderr).not.toContain(FS_WARNING);
    expect(s.exec('lspv').stdout).toMatch(/^hdisk1 .*altinst_rootvg +active/m);
    expect(state(s)).toBe('altinstAwake');
    expect(s.exec('alt_rootvg_op -S').exitCode).toBe(0);
    expect(state(s)).toBe('altinstAsleep');
  });

  it('a booted clone at a higher SP (fallen back from) wakes without FORCE and warns about its file systems', () => {
    const s = lab();
    s.exec('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
    s.exec('shutdown -Fr');
    expect(s.exec('oslevel -s').stdout).toBe('7200-05-04-2220\n');
    s.exec('bootlist -m normal hdisk0');
    s.exec('shutdown -Fr');
    expect(state(s)).toBe('fallenBack');
    const r = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(r.exitCode).toBe(0);
    expect(r.stdout + r.stderr).toContain(TL_SP_WARNING);
    expect(r.stdout + r.stderr).toContain(FS_WARNING);
    expect(state(s)).toBe('altinstAwake');
  });

  it('a clone at a higher version/release is refused without FORCE=yes and wakes with it (O9)', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -d hdisk1');
    setCloneLevel(s, '7300-01-01-2246');
    const refused = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('higher than the\n  running system (7200-05-03-2148)');
    expect(s.exec('lspv').stdout).not.toMatch(/altinst_rootvg +active/);
    expect(state(s)).toBe('altinstAsleep');
    const forced = s.exec('FORCE=yes alt_rootvg_op -W -d hdisk1');
    expect(forced.exitCode).toBe(0);
    // Never booted: its file systems were written by this system's clone, no newer JFS2 log to replay.
    expect(forced.stdout + forced.stderr).not.toContain(FS_WARNING);
    expect(state(s)).toBe('forcedAwake');
  });

  it('an older alternate (the old rootvg seen from the updated clone) wakes with no warning at all', () => {
    const s = lab();
    s.exec('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
    s.exec('shutdown -Fr');
    const r = s.exec('alt_rootvg_op -W -d hdisk0');
    expect(r.exitCode).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(TL_SP_WARNING);
    expect(r.stdout + r.stderr).not.toContain(FS_WARNING);
    expect(state(s)).toBe('onClone.oldAwake');
  });
});
