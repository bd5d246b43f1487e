// alt_rootvg_op and the tutorial's checklist: update a clone, boot it, fall back, wake and sleep, -C,
// -S -t, booted-on-clone operations and clean-up (issue 4 acceptance 2–4, 10).
import { describe, expect, it } from 'vitest';
import type { Session } from '../session/api.ts';
import { alt_rootvg_op, ALT_ROOTVG_OP_USAGE } from './alt_rootvg_op.ts';
import { lab } from '../testing/lab.ts';

const out = (s: Session, line: string) => s.exec(line).stdout;
const lspvRow = (s: Session, disk: string) => out(s, 'lspv').split('\n').find((l) => l.startsWith(disk + ' '))!.replace(/\s+$/, '');

describe('alt_rootvg_op parse', () => {
  const table: [string[], boolean, string?][] = [
    [['-W', '-d', 'hdisk1'], true],
    [['-S'], true],
    [['-S', '-t'], true],
    [['-St'], true],
    [['-X'], true],
    [['-X', 'old_rootvg'], true],
    [['-v', 'image_1', '-d', 'hdisk1'], true],
    [['-q', '-d', 'hdisk1'], true],
    [['-C', '-b', 'update_all', '-l', '/export/7200-05-04'], true],
    [[], false, ALT_ROOTVG_OP_USAGE],
    [['-W'], false, ALT_ROOTVG_OP_USAGE],
    [['-W', '-S'], false, ALT_ROOTVG_OP_USAGE],
    [['-S', '-d', 'hdisk1'], false, ALT_ROOTVG_OP_USAGE],
    [['-W', '-t', '-d', 'hdisk1'], false, ALT_ROOTVG_OP_USAGE],
    [['-C', '-b', 'update_all'], false, 'The -l flag (images location) is required'],
    [['-X', 'a', 'b'], false, ALT_ROOTVG_OP_USAGE],
    [['-k'], false, 'alt_rootvg_op: Not a recognized flag: k'],
    [['-D', '-S'], false, 'not simulated'],
  ];
  it.each(table)('%j → ok=%s', (args, good, text) => {
    const r = alt_rootvg_op.parse(args);
    expect(r.ok).toBe(good);
    if (!r.ok && text) expect(r.error.stderr).toContain(text);
  });
});

describe('clone with updates, boot it, fall back (REFERENCE §3.3, §3.8)', () => {
  it('the running level stays; the clone boots at the new level; hdisk0 is old_rootvg; falling back restores both', () => {
    const s = lab();
    expect(s.exec('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1').exitCode).toBe(0);
    expect(out(s, 'oslevel -s')).toBe('7200-05-03-2148\n');
    s.exec('shutdown -Fr');
    expect(out(s, 'bootinfo -b')).toBe('hdisk1\n');
    expect(out(s, 'oslevel -s')).toBe('7200-05-04-2220\n');
    expect(out(s, 'instfix -i | grep ML')).toContain('All filesets for 7200-05_AIX_ML were found.');
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    old_rootvg');
    expect(lspvRow(s, 'hdisk1')).toBe('hdisk1          00f6db0a8f3a1c22                    rootvg          active');
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAsleep');
    s.exec('bootlist -m normal hdisk0');
    s.exec('shutdown -Fr');
    expect(out(s, 'oslevel -s')).toBe('7200-05-03-2148\n');
    expect(lspvRow(s, 'hdisk1')).toBe('hdisk1          00f6db0a8f3a1c22                    altinst_rootvg');
    expect(s.snapshot().lifecycle.state).toBe('fallenBack');
  });
});

describe('wake and sleep (REFERENCE §3.7, §4.3)', () => {
  it('-W shows altinst_rootvg active, /alt_inst in df, alt_ names; a file written there survives sleep and boot', () => {
    const s = lab();
    s.exec('alt_disk_copy -d hdisk1');
    const wake = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(wake.stdout).toBe('Waking up altinst_rootvg volume group ...\n');
    expect(lspvRow(s, 'hdisk1')).toBe('hdisk1          00f6db0a8f3a1c22                    altinst_rootvg  active');
    expect(out(s, 'df -g')).toMatch(/^\/dev\/alt_hd4 .* \/alt_inst$/m);
    expect(out(s, 'lsvg -l altinst_rootvg')).toMatch(/^alt_hd9var\s+jfs2\s+16\s+16\s+1\s+open\/syncd\s+\/alt_inst\/var$/m);
    expect(s.snapshot().lifecycle.state).toBe('altinstAwake');
    s.exec('echo "written while awake" > /alt_inst/etc/note.txt');
    const sleep = s.exec('alt_rootvg_op -S');
    expect(sleep.stdout.split('\n')[0]).toBe('Putting volume group altinst_rootvg to sleep ...');
    expect(sleep.stdout).toContain('forced unmount of /alt_inst\nforced unmount of /alt_inst\n');
    expect(lspvRow(s, 'hdisk1')).toBe('hdisk1          00f6db0a8f3a1c22                    altinst_rootvg');
    expect(out(s, 'df -g')).not.toContain('/alt_inst');
    s.exec('shutdown -Fr');
    expect(out(s, 'bootinfo -b')).toBe('hdisk1\n');
    expect(out(s, 'cat /etc/note.txt')).toBe('written while awake\n');
  });

  it('-C -b update_all on the awake clone updates it; -S -t rebuilds its boot image (the banner timestamp changes)', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -d hdisk1');
    s.exec('alt_rootvg_op -W -d hdisk1');
    const c = s.exec('alt_rootvg_op -C -b update_all -l /export/7200-05-04');
    expect(c.exitCode).toBe(0);
    expect(c.stdout).toMatch(/^bos\.rte\s+7\.2\.5\.200\s+ROOT\s+APPLY\s+SUCCESS$/m);
    expect(out(s, 'oslevel -s')).toBe('7200-05-03-2148\n');
    const banner = (r: ReturnType<Session['exec']>) => /boot image timestamp: (.*)/.exec(r.stdout)?.[1];
    s.exec('alt_rootvg_op -S');
    s.exec('bootlist -m normal hdisk1');
    const first = s.exec('shutdown -Fr');
    expect(out(s, 'oslevel -s')).toBe('7200-05-04-2220\n');
    // back to hdisk0, wake the clone (now old_rootvg from hdisk0's point of view? no: altinst_rootvg), -S -t
    s.exec('bootlist -m normal hdisk0');
    s.exec('shutdown -Fr');
    // A newer SP of the same release wakes without FORCE=yes, with warnings (REFERENCE §12 on R12).
    const woken = s.exec('alt_rootvg_op -W -d hdisk1');
    expect(woken.exitCode).toBe(0);
    expect(woken.stderr).toContain('some operations on it might not work correctly');
    expect(s.exec('alt_rootvg_op -S -t').stdout).toContain('Building boot image on cloned disk.');
    s.exec('bootlist -m normal hdisk1');
    const second = s.exec('shutdown -Fr');
    expect(banner(first)).toBeDefined();
    expect(banner(second)).toBeDefined();
    expect(banner(second)).not.toBe(banner(first));
  });

  it('-S with nothing awake, -W of an awake or non-rootvg disk, and -X of a data VG are refused without change', () => {
    const s = lab();
    expect(s.exec('alt_rootvg_op -S').stderr).toContain('There is no alternate rootvg awake');
    expect(s.exec('alt_rootvg_op -W -d hdisk2').stderr).toContain('hdisk2 does not belong to an alternate rootvg volume group.');
    expect(s.exec('alt_rootvg_op -W -d hdisk0').stderr).toContain('hdisk0 does not belong to an alternate rootvg volume group.');
    expect(s.exec('alt_rootvg_op -X datavg').stderr).toContain('The volume group datavg is not an alternate rootvg on this system.');
    expect(lspvRow(s, 'hdisk2')).toBe('hdisk2          00f6db0a91b44e07                    datavg          active');
    s.exec('alt_disk_copy -B -d hdisk1');
    s.exec('alt_rootvg_op -W -d hdisk1');
    expect(s.exec('alt_rootvg_op -W -d hdisk1').stderr).toContain('already awake');
  });
});

describe('booted on the clone (issue 4 acceptance 4)', () => {
  it('wakes hdisk0 as altinst_rootvg, sleeps it; -X old_rootvg leaves hdisk0 None with its PVID, and it still boots', () => {
    const s = lab();
    s.exec('alt_disk_copy -d hdisk1');
    s.exec('shutdown -Fr');
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    old_rootvg');
    s.exec('alt_rootvg_op -W -d hdisk0');
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    altinst_rootvg  active');
    expect(out(s, 'cat /alt_inst/etc/hosts')).toContain('aixlab01');
    s.exec('alt_rootvg_op -S');
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    altinst_rootvg');
    s.exec('alt_rootvg_op -v old_rootvg -d hdisk0');
    const x = s.exec('alt_rootvg_op -X old_rootvg');
    expect(x.stdout).toBe('Bootlist is set to the boot disk: hdisk1 blv=hd5\n');
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    None');
    expect(s.snapshot().lifecycle.state).toBe('oldRemoved');
    s.exec('bootlist -m normal hdisk0');
    s.exec('shutdown -Fr');
    expect(out(s, 'bootinfo -b')).toBe('hdisk0\n');
    expect(s.world().hosts.aixlab01.power).toBe('running');
  });

  it('wakes hdisk0 a second time: after a sleep it is the same disk under the altinst_rootvg name (REFERENCE §4.3)', () => {
    const s = lab();
    for (const line of ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk0', 'alt_rootvg_op -S']) s.exec(line);
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    altinst_rootvg');
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAsleep');
    const again = s.exec('alt_rootvg_op -W -d hdisk0');
    expect(again.stderr).not.toContain('not simulated');
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('Waking up altinst_rootvg volume group ...');
    expect(lspvRow(s, 'hdisk0')).toBe('hdisk0          00f6db0a6c7aece5                    altinst_rootvg  active');
    expect(out(s, 'cat /alt_inst/etc/hosts')).toContain('aixlab01');
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAwake');
    // Awake, a third -W is the already-awake refusal, as for any awake alternate; the lab is unchanged.
    const third = s.exec('alt_rootvg_op -W -d hdisk0');
    expect(third.exitCode).toBe(1);
    expect(third.stderr).toBe('alt_rootvg_op: The volume group altinst_rootvg is already awake.\n');
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAwake');
    expect(s.exec('alt_rootvg_op -S').exitCode).toBe(0);
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAsleep');
  });

  it('-q prints the boot disk; -v renames and frees the altinst_rootvg name for a second clone (S11)', () => {
    const s = lab();
    s.exec('alt_disk_copy -B -d hdisk1');
    expect(out(s, 'alt_rootvg_op -q -d hdisk1')).toBe('hdisk1\n');
    expect(s.exec('alt_rootvg_op -v image_1 -d hdisk1').stdout).toBe('');
    expect(lspvRow(s, 'hdisk1')).toBe('hdisk1          00f6db0a8f3a1c22                    image_1');
    expect(s.exec('alt_disk_copy -B -d hdisk3').exitCode).toBe(0);
    expect(out(s, 'alt_rootvg_op -q -d hdisk3')).toBe('hdisk3\n');
  });
});

describe('filesets (issue 4 acceptance 10)', () => {
  it('lslpp -l | grep alt_disk shows both filesets', () => {
    const s = lab();
    const lines = out(s, 'lslpp -l | grep alt_disk');
    expect(lines).toContain('bos.alt_disk_install.boot_images');
    expect(lines).toContain('bos.alt_disk_install.rte');
  });
});
