// OUTCOMES.md O1–O10: each reached by typing what a learner would type, showing its LED or errors,
// and with its way out working.
import { describe, expect, it } from 'vitest';
import type { Session } from '../session/api.ts';
import { lab } from '../testing/lab.ts';
import { classifyLifecycle } from './classify.ts';

const all = (s: Session, lines: string[]) => lines.map((l) => s.exec(l));
const state = (s: Session) => s.snapshot().lifecycle.state;
const host = (s: Session) => s.world().hosts[s.world().console];
/** SMS: Select Boot Options → Install/Boot Device → List all Devices → disk N → Normal Mode Boot → Yes. */
const smsBoot = (n: number) => ['lab power off', 'lab sms', '5', '1', '7', String(n), '2', '1'];

describe('outcomes', () => {
  it('O1: rebooting onto the awake clone hangs at LED 552; SMS back to hdisk0, -X, clone again', () => {
    const s = lab();
    all(s, ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1']);
    const boot = s.exec('shutdown -Fr');
    expect(boot.events.filter((e) => e.type === 'led').map((e) => (e.type === 'led' ? e.code : ''))).toContain('0552');
    expect(host(s).power).toBe('hung');
    expect(host(s).led).toBe('0552');
    expect(state(s)).toBe('hung.led552');
    expect(s.exec('lspv').stderr).toContain('hung at LED 0552');
    all(s, smsBoot(1));
    expect(host(s).power).toBe('running');
    expect(state(s)).toBe('odmDamaged');
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
    expect(s.exec('alt_disk_copy -d hdisk1').exitCode).toBe(0);
    expect(state(s)).toBe('altinstAsleep');
  });

  it('O2: a sleep cut after the VGDA rename leaves /alt_inst superblocks; booting the clone hangs at 517', () => {
    const s = lab();
    s.exec('alt_disk_copy -P 12 -d hdisk1');
    // Phase 3 interrupted after "Fixing LV control blocks..." (the unmounts come next).
    const full = s.exec('alt_disk_copy -P 3 -d hdisk1');
    const cutAt = full.chunks.find((c) => c.text.startsWith('forced unmount'))!.atMs;
    s.interruptLast(cutAt);
    all(s, ['bootlist -m normal hdisk1', 'shutdown -Fr']);
    expect(host(s).led).toBe('0517');
    expect(state(s)).toBe('hung.led517');
    all(s, smsBoot(1));
    expect(host(s).power).toBe('running');
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
  });

  it('O3: a cloned disk moved to another server without -O hangs at 554; moved back it boots again', () => {
    const s = lab('mksysb-lab');
    all(s, ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -X altinst_rootvg', 'lab disk move hdisk1 aixprod02']);
    const w = s.world();
    const moved = w.disks.d1;
    expect(moved.location?.host).toBe('aixprod02');
    // Boot aixprod02 from the moved disk (its slot on that host).
    const out = all(s, ['lab console aixprod02', 'lab power off', 'lab sms']);
    expect(out.every((r) => r.exitCode === 0)).toBe(true);
    const slot = s.world().disks.d1.location!.slot;
    all(s, ['5', '1', '7', String(slot + 1), '2', '1']);
    expect(s.world().hosts.aixprod02.led).toBe('0554');
    expect(s.world().hosts.aixprod02.power).toBe('hung');
    // Back on its own server the disk boots again.
    all(s, ['lab power off', 'lab disk move d1 aixlab01', 'lab console aixlab01', 'bootlist -m normal hdisk1', 'shutdown -Fr']);
    expect(s.world().hosts.aixlab01.power).toBe('running');
    expect(s.world().hosts.aixlab01.run!.bootDiskId).toBe('d1');
  });

  it('O4: rebooting onto hdisk0 with the clone awake keeps stale alt_ definitions; -S fails; -X clears them', () => {
    const s = lab();
    all(s, ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr']);
    expect(host(s).power).toBe('running');
    expect(state(s)).toBe('odmDamaged');
    expect(s.exec('lsvg -l altinst_rootvg').stderr).toContain('0516-010');
    const sleep = s.exec('alt_rootvg_op -S');
    expect(sleep.exitCode).toBe(1);
    expect(sleep.stderr).toContain('0516-010');
    expect(s.exec('alt_disk_copy -d hdisk3').stderr).toContain('altinst_rootvg already exists');
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
    expect(state(s)).toBe('noAlternate');
  });

  it('O5: waking again after O4 gives alt_alt_hd9var at /alt_inst/alt_inst/var', () => {
    const s = lab();
    all(s, ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk1']);
    const lvs = s.exec('lsvg -l altinst_rootvg').stdout;
    expect(lvs).toMatch(/^alt_alt_hd9var\s+jfs2\s+16\s+16\s+1\s+open\/syncd\s+\/alt_inst\/alt_inst\/var$/m);
    expect(s.exec('df -g').stdout).toContain('/alt_inst/alt_inst/var');
    expect(state(s)).toBe('doubledNames');
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
    expect(s.exec('alt_disk_copy -d hdisk1').exitCode).toBe(0);
  });

  it('O6: importvg of the clone renames its LVs on disk (0516-530) and merges the ODM', () => {
    const s = lab();
    all(s, ['alt_disk_copy -B -d hdisk1', 'exportvg altinst_rootvg']);
    const r = s.exec('importvg -y clonevg hdisk1');
    expect(r.stderr).toMatch(/0516-530 synclvodm: Logical volume name hd4 changed to fslv\d\d\./);
    expect(state(s)).toBe('mergedOdm');
  });

  it('O6: varyonvg, then synclvodm of the clone renames its LVs (0516-530): merged, in the rule book and on the disks', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -d hdisk1');
    expect(s.exec('varyonvg altinst_rootvg').exitCode).toBe(0);
    expect(state(s)).toBe('variedOnEmpty');
    const r = s.exec('synclvodm -Pv altinst_rootvg');
    expect(r.stderr).toMatch(/0516-530 synclvodm: Logical volume name hd4 changed to fslv\d\d\./);
    expect(state(s)).toBe('mergedOdm');
    expect(classifyLifecycle(s.world())).toBe('mergedOdm');
    // The rule book's own step (IMPORT_ALT), not a correction read off the disks afterwards.
    expect(s.snapshot().lifecycle.recent.at(-1)).toMatchObject({ from: 'variedOnEmpty', to: 'mergedOdm', command: 'synclvodm -Pv altinst_rootvg' });
    // Still merged once varied off; the next boot of the running disk hangs at 554 (OUTCOMES O6).
    s.exec('varyoffvg altinst_rootvg');
    expect(state(s)).toBe('mergedOdm');
    s.exec('shutdown -Fr');
    expect(state(s)).toBe('hung.led554');
    expect(host(s).hangReason).toContain("two root volume groups' definitions (the other one's logical volumes");
  });

  it('synclvodm of an awake clone (alt_ names, nothing collides) leaves it awake', () => {
    const s = lab();
    all(s, ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1']);
    const r = s.exec('synclvodm -Pv altinst_rootvg');
    expect(r.stderr).toContain('synclvodm: Logical volume alt_hd4 updated.');
    expect(r.stderr).not.toContain('0516-530');
    expect(state(s)).toBe('altinstAwake');
  });

  it('O7: bosboot against the clone is refused and writes nothing; wake + -S -t rebuilds its boot image', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -d hdisk1');
    const before = JSON.stringify(s.world().vgs[s.world().disks.d1.vgid!]);
    const r = s.exec('bosboot -ad /dev/hdisk1');
    expect(r.stderr).toContain('0301-168 bosboot: The current boot logical volume, /dev/hd5,');
    expect(r.stderr).toContain('0301-165 bosboot: WARNING! bosboot failed - do not attempt to boot device.');
    expect(JSON.stringify(s.world().vgs[s.world().disks.d1.vgid!])).toBe(before);
    const hd5 = () => s.world().vgs[s.world().disks.d1.vgid!].lvs.find((l) => l.type === 'boot')!.bootImage!.builtAtMs;
    const built = hd5();
    all(s, ['alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S -t']);
    expect(hd5()).toBeGreaterThan(built);
    expect(state(s)).toBe('altinstAsleep');
  });

  it('O8: -X rootvg by mistake; redefinevg -d hdisk0 rootvg and synclvodm -Pv rootvg bring it back', () => {
    const s = lab();
    expect(s.exec('alt_rootvg_op -X rootvg').exitCode).toBe(0);
    expect(s.exec('lspv').stdout).toMatch(/^hdisk0 {10}00f6db0a6c7aece5 {20}None/m);
    expect(state(s)).toBe('rootvgUndefined');
    expect(s.exec('redefinevg -d hdisk0 rootvg').exitCode).toBe(0);
    const sync = s.exec('synclvodm -Pv rootvg');
    expect(sync.exitCode).toBe(0);
    expect(sync.stdout + sync.stderr).toContain('synclvodm: Logical volume hd4 updated.');
    expect(s.exec('lspv').stdout).toMatch(/^hdisk0 {10}00f6db0a6c7aece5 {20}rootvg {10}active/m);
    expect(s.exec('lsvg -l rootvg').stdout).toMatch(/^hd4\s+jfs2/m);
    expect(state(s)).toBe('noAlternate');
  });

  it('O8 then a reboot before the repair: restbase brings rootvg back from the boot image; /, /usr, /var are mounted', () => {
    const s = lab();
    expect(s.exec('alt_rootvg_op -X rootvg').exitCode).toBe(0);
    s.exec('shutdown -Fr');
    expect(host(s).power).toBe('running');
    const mounted = s.exec('mount').stdout;
    for (const m of ['/', '/usr', '/var']) expect(mounted, m).toMatch(new RegExp(`^\\s+/dev/\\S+\\s+${m.replace(/\//g, '\\/')}\\s`, 'm'));
    expect(s.exec('lspv').stdout).toMatch(/^hdisk0 {10}00f6db0a6c7aece5 {20}rootvg {10}active/m);
    expect(s.exec('lsvg -l rootvg').stdout).toMatch(/^hd4\s+jfs2/m);
    expect(state(s)).toBe('noAlternate');
  });

  it('O9: a clone of a higher version/release wakes only with FORCE=yes; a former rootvg is warned about', () => {
    const s = lab();
    all(s, ['alt_disk_copy -B -d hdisk1']);
    // The clone's AIX made 7.3 (no 7.3 update images in the lab): a higher version/release.
    const w = s.world();
    w.vgs[w.disks.d1.vgid!].os!.level = '7300-01-01-2246';
    w.vgs[w.disks.d1.vgid!].os!.pendingFirstBoot = null;
    const refused = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('higher than the\n  running system (7200-05-03-2148)');
    const forced = s.exec('FORCE=yes alt_rootvg_op -W -d hdisk1');
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('JFS2 logs were written by that newer level');
    expect(state(s)).toBe('forcedAwake');
    expect(s.exec('alt_rootvg_op -S').exitCode).toBe(0);
  });

  it('O10: a clone cut mid-way leaves a partial altinst_rootvg that -X cleans up', () => {
    const s = lab();
    const full = s.exec('alt_disk_copy -d hdisk1');
    const cut = s.interruptLast(full.chunks.find((c) => c.text.includes('Creating logical volume alt_hd2'))!.atMs);
    expect(cut!.stdout.endsWith('^C\n')).toBe(true);
    expect(state(s)).toBe('partialClone');
    expect(s.exec('bootlist -m normal -o').stdout).toBe('hdisk0 blv=hd5 pathid=0\n');
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
    expect(s.exec('lspv').stdout).toMatch(/^hdisk1 .* None/m);
    expect(s.exec('alt_disk_copy -d hdisk1').exitCode).toBe(0);
  });
});
