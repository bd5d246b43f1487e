// alt_disk_copy: parse table, the §3.1 transcript, the update step, phases, -e, -T, -i and each refusal.
import { describe, expect, it } from 'vitest';
import { alt_disk_copy, ALT_DISK_COPY_USAGE } from './alt_disk_copy.ts';
import { execChecked as run, lab } from '../testing/lab.ts';

describe('alt_disk_copy parse', () => {
  const table: [string[], boolean, string?][] = [
    [['-d', 'hdisk1'], true],
    [['-Bd', 'hdisk1'], true],
    [['-d', 'hdisk2 hdisk3'], true],
    [['-b', 'update_all', '-l', '/export/7200-05-04', '-d', 'hdisk1'], true],
    [['-P', '12', '-d', 'hdisk1'], true],
    [['-O', '-c', '/dev/vty0', '-B', '-d', 'hdisk1'], true],
    [[], false, ALT_DISK_COPY_USAGE],
    [['-B'], false, ALT_DISK_COPY_USAGE],
    [['-d'], false, 'alt_disk_copy: A flag requires a parameter: d'],
    [['-z', '-d', 'hdisk1'], false, 'alt_disk_copy: Not a recognized flag: z'],
    [['-b', 'update_all', '-d', 'hdisk1'], false, 'The -l flag (images location) is required'],
    [['-r', '-B', '-d', 'hdisk1'], false, 'The -r and -B flags cannot be used together'],
    [['-c', '/dev/vty0', '-d', 'hdisk1'], false, 'The -c flag can only be used with -O'],
    [['-P', '13', '-d', 'hdisk1'], false, '13 is not a valid phase'],
    [['-F', 'IJ12345', '-l', '/x', '-d', 'hdisk1'], false, 'not simulated'],
    [['-d', 'hdisk1', 'hdisk2'], false, ALT_DISK_COPY_USAGE],
  ];
  it.each(table)('%j → ok=%s', (args, good, text) => {
    const r = alt_disk_copy.parse(args);
    expect(r.ok).toBe(good);
    if (!r.ok && text) expect(r.error.stderr).toContain(text);
  });
});

describe('alt_disk_copy -d hdisk1 (REFERENCE §3.1, §3.5 verified-order note)', () => {
  it('prints the clone transcript on simulated time and leaves altinst_rootvg asleep with the bootlist on hdisk1', () => {
    const s = lab();
    const r = run(s, 'alt_disk_copy -d hdisk1');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Calling mkszfile to create new /image.data file.',
      'Checking disk sizes.',
      'Creating cloned rootvg volume group and associated logical volumes.',
      'Creating logical volume alt_hd5.',
      'Creating logical volume alt_hd6.',
      'Creating logical volume alt_hd8.',
      'Creating logical volume alt_hd4.',
    ]);
    expect(lines).toContain('Creating /alt_inst/ file system');
    expect(lines).toContain('Creating /alt_inst/var/adm/ras/livedump file system');
    expect(lines.filter((l) => l === 'forced unmount of /alt_inst/var')).toHaveLength(2);
    expect(lines.indexOf('Changing logical volume names in volume group descriptor area.')).toBeLessThan(lines.indexOf('forced unmount of /alt_inst/var/adm/ras/livedump'));
    expect(lines.at(-2)).toBe('Fixing file system superblocks...');
    expect(lines.at(-1)).toBe('Bootlist is set to the boot disk: hdisk1 blv=hd5');
    // tens of simulated minutes, streamed in timed chunks with progress figures
    expect(r.durationMs).toBeGreaterThan(10 * 60_000);
    expect(r.chunks.length).toBeGreaterThan(30);
    expect(r.events.some((e) => e.type === 'progress')).toBe(true);
    expect(run(s, 'lspv').stdout).toMatch(/^hdisk1 {10}00f6db0a8f3a1c22 {20}altinst_rootvg {2}$/m);
    expect(run(s, 'bootlist -m normal -o').stdout).toBe('hdisk1 blv=hd5 pathid=0\n');
    expect(run(s, 'lsvg -l altinst_rootvg').stderr).toBe('0516-010 : Volume group must be varied on; use varyonvg command.\n');
    expect(run(s, 'oslevel -s').stdout).toBe('7200-05-03-2148\n');
    expect(s.snapshot().lifecycle.state).toBe('altinstAsleep');
  });

  it('-B keeps the bootlist on hdisk0 and prints no bootlist line (§3.2)', () => {
    const s = lab();
    const r = run(s, 'alt_disk_copy -B -d hdisk1');
    expect(r.stdout).not.toContain('Bootlist is set');
    expect(run(s, 'bootlist -m normal -o').stdout).toBe('hdisk0 blv=hd5 pathid=0\n');
  });

  it('appends the run to /var/adm/ras/alt_disk_inst.log', () => {
    const s = lab();
    run(s, 'alt_disk_copy -B -d hdisk1');
    const log = run(s, 'cat /var/adm/ras/alt_disk_inst.log').stdout;
    expect(log).toContain('cmd: /usr/sbin/alt_disk_copy -B -d hdisk1');
    expect(log).toContain('Fixing file system superblocks...');
  });
});

describe('alt_disk_copy refusals change nothing', () => {
  const refused: [string, string, string?][] = [
    ['alt_disk_copy -d hdisk2', '0505-126 alt_disk_copy: target disk hdisk2 has a volume group assigned to it.'],
    ['alt_disk_copy -d hdisk9', 'alt_disk_copy: hdisk9 is not a valid disk on this system.'],
    ['lab disk resize hdisk3 4096; alt_disk_copy -d hdisk3', 'The target disk(s) are not large enough: 5184 megabytes are needed, 4064 are available.'],
    ['alt_disk_copy -i /nope -d hdisk1', 'The image.data file /nope does not exist.'],
    ['alt_disk_copy -P 3 -d hdisk1', 'Phase 3 cannot run'],
  ];
  it.each(refused)('%s', (line, message) => {
    const s = lab();
    const before = JSON.stringify(s.world().vgs);
    const r = run(s, line);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(message);
    expect(JSON.stringify(s.world().vgs)).toBe(before);
  });

  it('a second clone while altinst_rootvg exists is refused', () => {
    const s = lab();
    run(s, 'alt_disk_copy -B -d hdisk1');
    const r = run(s, 'chdev -l hdisk3 -a pv=yes; alt_disk_copy -S -d hdisk3');
    expect(r.stderr).toContain('The volume group altinst_rootvg already exists');
  });

  it('without bos.alt_disk_install.rte the alt_disk commands are not found', () => {
    const s = lab();
    run(s, 'lab fileset remove bos.alt_disk_install.rte');
    const r = run(s, 'alt_disk_copy -d hdisk1');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toBe('ksh: alt_disk_copy:  not found.\n');
    expect(run(s, 'alt_rootvg_op -X').stderr).toBe('ksh: alt_rootvg_op:  not found.\n');
  });
});

describe('alt_disk_copy -b update_all (REFERENCE §3.3)', () => {
  it.each(['/export/7200-05-04', '/dev/cd0'])('updates only the clone from %s; the running oslevel is unchanged', (loc) => {
    const s = lab();
    const r = run(s, `alt_disk_copy -b update_all -l ${loc} -d hdisk1`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('installp:  APPLYING software for:');
    expect(r.stdout).toMatch(/^bos\.rte\s+7\.2\.5\.200\s+USR\s+APPLY\s+SUCCESS$/m);
    // Installation Summary: a name longer than its 27-column field is cut and a space separates the level,
    // as a real capture shows (`devices.fcp.disk.ibm.mpio.r 1.0.0.24        USR         DEINSTALL   SUCCESS`).
    expect(r.stdout).toContain('\nbos.alt_disk_install.boot_i 7.2.5.200       USR         APPLY       SUCCESS\n');
    const order = ['Modifying ODM on cloned disk.', 'Pre-installation Verification...', 'Building boot image on cloned disk.'].map((t) => r.stdout.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(run(s, 'oslevel -s').stdout).toBe('7200-05-03-2148\n');
    expect(run(s, 'lslpp -l bos.rte').stdout).toContain('7.2.5.102');
  });

  it('a missing image directory stops in phase 2 with the geninstall message, leaving the clone awake', () => {
    const s = lab();
    const r = run(s, 'alt_disk_copy -b update_all -l /export/nothing -d hdisk1');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('0503-105 geninstall: The device or directory: /export/nothing does not exist.');
    expect(run(s, 'lspv').stdout).toMatch(/hdisk1 .* altinst_rootvg {2}active/);
    expect(run(s, 'alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
  });
});

describe('phases, -e, -T and -i', () => {
  it('-P 1, -P 2 -s script, -P 3 reach the state of a one-shot clone', () => {
    const s = lab();
    expect(run(s, 'alt_disk_copy -P 1 -d hdisk1').exitCode).toBe(0);
    expect(run(s, 'lspv').stdout).toMatch(/hdisk1 .* altinst_rootvg {2}active/);
    expect(run(s, 'df -g').stdout).toContain('/alt_inst/usr');
    expect(run(s, 'bootlist -m normal -o').stdout).toBe('hdisk0 blv=hd5 pathid=0\n');
    expect(s.snapshot().lifecycle.state).toBe('cloning.phase1');
    run(s, 'echo "touch /alt_inst/etc/customized" > /tmp/custom.sh');
    expect(run(s, 'alt_disk_copy -P 2 -s /tmp/custom.sh -d hdisk1').exitCode).toBe(0);
    expect(s.snapshot().lifecycle.state).toBe('cloning.phase2');
    const p3 = run(s, 'alt_disk_copy -P 3 -d hdisk1');
    expect(p3.exitCode).toBe(0);
    expect(p3.stdout).toContain('Bootlist is set to the boot disk: hdisk1 blv=hd5');
    const phased = s.world();
    const oneShot = lab();
    run(oneShot, 'alt_disk_copy -d hdisk1');
    const shape = (w: ReturnType<typeof s.world>) => {
      const vg = w.vgs[w.disks.d1.vgid!];
      return { lvs: vg.lvs.map((l) => [l.name, l.label, l.fs?.superblockMount]), boot: w.disks.d1.bootRecord, list: w.hosts.aixlab01.nvram.normal };
    };
    expect(shape(phased)).toEqual(shape(oneShot.world()));
    expect(s.snapshot().lifecycle.state).toBe('altinstAsleep');
    // the script's file is on the clone
    run(s, 'alt_rootvg_op -W -d hdisk1');
    expect(run(s, 'ls /alt_inst/etc').stdout).toContain('customized');
  });

  it('-e with ^./tmp/ leaves /alt_inst/tmp empty and /alt_inst/var/tmp full (REFERENCE §2.1 -e, S15)', () => {
    const s = lab();
    run(s, "echo '^./tmp/' > /etc/exclude.alt");
    expect(run(s, 'alt_disk_copy -e /etc/exclude.alt -B -d hdisk1').exitCode).toBe(0);
    run(s, 'alt_rootvg_op -W -d hdisk1');
    expect(run(s, 'ls /alt_inst/tmp').stdout).toBe('');
    expect(run(s, 'ls /alt_inst/var/tmp').stdout).toContain('keep.me');
    expect(run(s, 'ls /tmp').stdout).toContain('install.log');
  });

  it('-T turns the JFS /home into JFS2 on the clone (R16)', () => {
    const s = lab('jfs-lab');
    expect(run(s, 'lsfs /home').stdout).toMatch(/\/home\s+jfs\s/);
    expect(run(s, 'alt_disk_copy -T -B -d hdisk1').exitCode).toBe(0);
    run(s, 'alt_rootvg_op -W -d hdisk1');
    expect(run(s, 'lsfs /alt_inst/home').stdout).toMatch(/\/alt_inst\/home\s+jfs2\s/);
    expect(run(s, 'lsfs /home').stdout).toMatch(/\/home\s+jfs\s/);
  });

  it('REFERENCE §12 (ansible-power-aix issue 278): a mirrored rootvg on one disk without -i starts, fails at alt_hd5 with 0516-404 allocp and cleans up, rc 1; -i with COPIES=1 then clones to hdisk2 alone (R17, S13)', () => {
    const s = lab('mirrored-lab');
    const lspvBefore = run(s, 'lspv').stdout;
    const failed = run(s, 'alt_disk_copy -d hdisk2');
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toBe('');
    expect(failed.stdout).toBe(
      'Calling mkszfile to create new /image.data file.\n' +
        'Checking disk sizes.\n' +
        'Creating cloned rootvg volume group and associated logical volumes.\n' +
        'Creating logical volume alt_hd5.\n' +
        '0516-404 allocp: This system cannot fulfill the allocation request.\n' +
        '\tThere are not enough free partitions or not enough physical volumes \n' +
        '\tto keep strictness and satisfy allocation requests.  The command\n' +
        '\tshould be retried with different allocation characteristics.\n' +
        '0516-822 mklv: Unable to create logical volume.\n',
    );
    // the partial altinst_rootvg is gone: hdisk2 is free again, nothing is varied on or defined
    expect(run(s, 'lspv').stdout).toBe(lspvBefore);
    expect(run(s, 'lsvg').stdout).not.toContain('altinst_rootvg');
    expect(run(s, 'lsfs').stdout).not.toContain('/alt_inst');
    expect(Object.values(s.world().vgs).filter((v) => v.lvs.some((l) => l.name.startsWith('alt_')))).toEqual([]);
    expect(s.snapshot().lifecycle.state).toBe('noAlternate');
    const r = run(s, 'alt_disk_copy -i /home/image.data -d hdisk2');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('Calling mkszfile');
    run(s, 'alt_rootvg_op -W -d hdisk2');
    expect(run(s, 'lsvg -l altinst_rootvg').stdout).toMatch(/^alt_hd4\s+jfs2\s+4\s+4\s+1\s/m);
  });
});

describe('the clone carries the source usage (issue 10 rule 6)', () => {
  // df columns after the device name: GB blocks, Free, %Used, Iused, %Iused (REFERENCE §2.14).
  const usage = (s: ReturnType<typeof lab>, mount: string) => {
    const row = run(s, 'df -g').stdout.split('\n').find((l) => l.trim().endsWith(' ' + mount));
    return row?.trim().split(/\s+/).slice(1, 6);
  };
  it('df on /alt_inst/opt and, after booting the clone, on /opt shows the used space and inodes of the source /opt', () => {
    const s = lab();
    const source = usage(s, '/opt');
    expect(source?.[2]).toBe('79%');
    run(s, 'alt_disk_copy -P 1 -d hdisk1');
    expect(usage(s, '/alt_inst/opt')).toEqual(source);
    expect(usage(s, '/alt_inst/usr')).toEqual(usage(s, '/usr'));
    expect(usage(s, '/alt_inst/admin')).toEqual(usage(s, '/admin'));
    run(s, 'alt_disk_copy -P 23 -d hdisk1');
    run(s, 'shutdown -Fr');
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk1\n');
    expect(usage(s, '/opt')).toEqual(source);
  });
});

describe('-x first boot script', () => {
  it('runs once on the first boot of the clone, after the file systems are mounted', () => {
    const s = lab();
    run(s, 'echo "touch /var/tmp/first.boot.ran" > /home/fb.sh');
    expect(run(s, 'alt_disk_copy -x /home/fb.sh -d hdisk1').exitCode).toBe(0);
    expect(run(s, 'ls /var/tmp').stdout).not.toContain('first.boot.ran');
    run(s, 'shutdown -Fr');
    expect(run(s, 'ls /var/tmp').stdout).toContain('first.boot.ran');
    expect(run(s, 'alt_disk_copy -x /home/none.sh -d hdisk3').stderr).toContain('The first boot script file /home/none.sh does not exist.');
  });
});
