// End-to-end LVM flows on the reference lab, with the world invariants checked after every step:
// (a) mirroring rootvg and taking the mirror out again (REFERENCE §1.9, §2.28, §2.29; FRBLOG),
// (b) exporting and re-importing datavg (§2.16, §2.17, §11.9), and (c) random sequences of LVM
// commands on random disks that must keep the invariants and never break the simulator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../model/invariants.ts';
import type { Session } from '../session/api.ts';
import { lab } from '../testing/lab.ts';

/** Runs one line and checks the invariants right after it. */
function step(s: Session, line: string) {
  const r = s.exec(line);
  expect(checkInvariants(s.world()), `invariants after "${line}"`).toEqual([]);
  expect(r.stdout + r.stderr).not.toContain('trainer: internal error');
  return r;
}

const LSVG_HEAD = 'rootvg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n';

describe('(a) mirror rootvg onto hdisk1 and back', () => {
  it('extendvg → mirrorvg → lsvg -l → unmirrorvg → reducevg', () => {
    const s = lab();
    expect(checkInvariants(s.world())).toEqual([]);
    const pvTableBefore = step(s, 'lsvg -p rootvg').stdout;

    // extendvg: hdisk1 already has a PVID, so nothing is printed (§2.29).
    let r = step(s, 'extendvg rootvg hdisk1');
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(step(s, 'lspv').stdout.split('\n')[1]).toBe('hdisk1          00f6db0a8f3a1c22                    rootvg          active');

    // mirrorvg: FRBLOG transcript (§2.28).
    r = step(s, 'mirrorvg rootvg hdisk1');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '0516-1804 chvg: The quorum change takes effect immediately.\n' +
        '0516-1126 mirrorvg: rootvg successfully mirrored, user should perform\n' +
        '        bosboot of system to initialize boot records.  Then, user must modify\n' +
        '        bootlist to include:  hdisk1 hdisk0.\n',
    );
    expect(r.durationMs).toBeGreaterThan(60_000); // the sync takes simulated minutes

    // PPs = 2 × LPs for every LV but the dump device (§1.9).
    r = step(s, 'lsvg -l rootvg');
    expect(r.stdout).toBe(
      LSVG_HEAD +
        'hd5                 boot       1       2       2    closed/syncd  N/A\n' +
        'hd6                 paging     16      32      2    open/syncd    N/A\n' +
        'hd8                 jfs2log    1       2       2    open/syncd    N/A\n' +
        'hd4                 jfs2       4       8       2    open/syncd    /\n' +
        'hd2                 jfs2       80      160     2    open/syncd    /usr\n' +
        'hd9var              jfs2       16      32      2    open/syncd    /var\n' +
        'hd3                 jfs2       8       16      2    open/syncd    /tmp\n' +
        'hd1                 jfs2       1       2       2    open/syncd    /home\n' +
        'hd10opt             jfs2       14      28      2    open/syncd    /opt\n' +
        'hd11admin           jfs2       4       8       2    open/syncd    /admin\n' +
        'lg_dumplv           sysdump    16      16      1    open/syncd    N/A\n' +
        'livedump            jfs2       1       2       2    open/syncd    /var/adm/ras/livedump\n',
    );
    expect(step(s, 'lsvg rootvg').stdout).toContain('QUORUM:         1 (Disabled)');
    expect(step(s, 'lslv -m hd5').stdout).toBe('hd5:N/A\nLP    PP1  PV1               PP2  PV2               PP3  PV3\n0001  0001 hdisk0            0001 hdisk1\n');

    // A disk holding partitions cannot leave the VG (§2.29).
    r = step(s, 'reducevg rootvg hdisk1');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      '0516-016 ldeletepv: Cannot delete physical volume with allocated\n' +
        '\tpartitions. Use either migratepv to move the partitions or\n' +
        '\treducevg with the -d option to delete the partitions.\n' +
        '0516-884 reducevg: Unable to remove physical volume hdisk1.\n',
    );

    // unmirrorvg: FRBLOG transcript (§2.28).
    r = step(s, 'unmirrorvg rootvg hdisk1');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      "0516-1246 rmlvcopy: If hd5 is the boot logical volume, please run 'chpv -c <diskname>'\n" +
        '        as root user to clear the boot record and avoid a potential boot\n' +
        '        off an old boot image that may reside on the disk from which this\n' +
        '        logical volume is moved/removed.\n' +
        '0516-1804 chvg: The quorum change takes effect immediately.\n' +
        '0516-1144 unmirrorvg: rootvg successfully unmirrored, user should perform\n' +
        '        bosboot of system to reinitialize boot records.  Then, user must modify\n' +
        '        bootlist to just include:  hdisk0.\n',
    );
    r = step(s, 'lsvg -l rootvg');
    for (const row of r.stdout.split('\n').slice(2, -1)) {
      const [, , lps, pps, pvs] = row.split(/\s+/);
      expect(pps).toBe(lps);
      expect(pvs).toBe('1');
    }
    expect(step(s, 'lsvg rootvg').stdout).toContain('QUORUM:         2 (Enabled)');

    // reducevg: silent; hdisk1 is free again, PVID kept (§2.29).
    r = step(s, 'reducevg rootvg hdisk1');
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(step(s, 'lspv').stdout.split('\n')[1]).toBe('hdisk1          00f6db0a8f3a1c22                    None            ');
    // Back to the start: the same PPs free on hdisk0 as before the mirror.
    expect(step(s, 'lsvg -p rootvg').stdout).toBe(pvTableBefore);
    expect(pvTableBefore).toContain('hdisk0            active            639         477         ');
  });

  it('chpv -c clears the boot record the notice warns about', () => {
    const s = lab();
    s.world().disks.d1.bootRecord = { blv: 'hd5' };
    expect(step(s, 'chpv -c hdisk1')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.world().disks.d1.bootRecord).toBeNull();
  });
});

describe('(b) export and import datavg', () => {
  it('umount → varyoffvg → exportvg → importvg → mount', () => {
    const s = lab();
    // exportvg of a varied-on VG is refused, as AIX refuses it (§2.17, SRC413 exportvg.sh).
    let r = step(s, 'exportvg datavg');
    expect(r).toMatchObject({ stdout: '', stderr: '0516-764 exportvg: The volume group must be varied off\n\tbefore exporting.\n', exitCode: 1 });
    // varyoffvg with /data mounted (§2.16).
    r = step(s, 'varyoffvg datavg');
    expect(r.stderr).toBe(
      '0516-012 lvaryoffvg: Logical volume must be closed.  If the logical\n' +
        '\tvolume contains a filesystem, the umount command will close\n' +
        '\tthe LV device.\n' +
        '0516-942 varyoffvg: Unable to vary off volume group datavg.\n',
    );
    expect(r.exitCode).toBe(1);

    expect(step(s, 'umount /data')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(step(s, 'varyoffvg datavg')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(step(s, 'lsvg -o').stdout).toBe('rootvg\n');
    expect(step(s, 'exportvg datavg')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });

    // The disk keeps its PVID and shows None (§11.9).
    r = step(s, 'lspv');
    expect(r.stdout.split('\n')[2]).toBe('hdisk2          00f6db0a91b44e07                    None            ');
    expect(step(s, 'lsvg').stdout).toBe('rootvg\n');
    expect(step(s, 'lsfs /data')).toMatchObject({ stderr: "lsfs: No record matching '/data' was found in /etc/filesystems.\n", exitCode: 1 });
    expect(s.world().disks.d2.vgid).toBe('00f6db0a00004c000000017d4a1b2c55');

    // importvg prints the VG name; it is varied on; the stanza is back (§2.17, SRC413 importvg.sh).
    r = step(s, 'importvg -y datavg hdisk2');
    expect(r).toMatchObject({ stdout: 'datavg\n', stderr: '', exitCode: 0 });
    expect(step(s, 'lsvg -o').stdout).toBe('datavg\nrootvg\n');
    expect(step(s, 'lsvg -l datavg').stdout).toBe(
      'datavg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n' +
        'loglv00             jfs2log    1       1       1    closed/syncd  N/A\n' +
        'fslv00              jfs2       400     400     1    closed/syncd  /data\n',
    );
    // importvg does not mount (imfs only writes stanzas); mount /data does.
    expect(step(s, 'mount').stdout).not.toContain('/data');
    expect(step(s, 'mount /data')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const last = step(s, 'mount').stdout.trimEnd().split('\n').pop()!;
    expect(last).toMatch(/^ {9}\/dev\/fslv00 {6}\/data {12}jfs2 {3}\w{3} \d\d \d\d:\d\d rw,log=\/dev\/loglv00$/);

    // The file is still in the FS image, no cat needed.
    const world = s.world();
    const fslv00 = world.vgs[world.disks.d2.vgid!].lvs.find((l) => l.name === 'fslv00')!;
    expect(fslv00.fs!.files['app/config.ini']).toEqual({ kind: 'file', text: '[app]\nname=payroll\nport=7001\n' });
  });

  it('importvg of a clashing disk renames on disk and in the ODM (0516-530), stanzas still added', () => {
    const s = lab();
    // A second copy of datavg's VG image on hdisk1, as if a clone of hdisk2 had been attached.
    const world = s.world();
    const src = world.vgs[world.disks.d2.vgid!];
    const copy = structuredClone(src);
    copy.vgid = '00f6db0a00004c00aaaaaaaaaaaaaaaa';
    copy.pvids = ['00f6db0a8f3a1c22'];
    for (const lv of copy.lvs) for (const c of lv.copies) for (const e of c) e.pvid = '00f6db0a8f3a1c22';
    world.vgs[copy.vgid] = copy;
    world.disks.d1.vgid = copy.vgid;
    world.disks.d1.sizeMB = 51200;
    const r = step(s, 'importvg -y appvg hdisk1');
    expect(r.stdout).toBe('appvg\n');
    expect(r.stderr).toBe('0516-530 synclvodm: Logical volume name loglv00 changed to loglv01.\n0516-530 synclvodm: Logical volume name fslv00 changed to fslv01.\n');
    expect(s.world().vgs[copy.vgid].lvs.map((l) => l.name)).toEqual(['loglv01', 'fslv01']);
    const fstab = s.world().vgs[s.world().hosts.aixlab01.run!.rootVgid].os!.odm.filesystems;
    expect(fstab.filter((f) => f.mount === '/data').map((f) => [f.dev, f.log])).toEqual([
      ['/dev/fslv00', '/dev/loglv00'],
      ['/dev/fslv01', '/dev/loglv01'],
    ]);
  });
});

describe('(c) random LVM command sequences', () => {
  const disk = fc.constantFrom('hdisk0', 'hdisk1', 'hdisk2', 'hdisk3', 'hdisk9');
  const vg = fc.constantFrom('rootvg', 'datavg', 'newvg', 'vg00', 'altinst_rootvg');
  const mp = fc.constantFrom('/data', '/', '/usr', '/tmp', '/home', '/nope', '/dev/fslv00', 'all');
  const cmd = fc.oneof(
    fc.tuple(vg, disk, fc.constantFrom('', '-f ', '-s 16 ')).map(([v, d, f]) => `mkvg ${f}-y ${v} ${d}`),
    fc.tuple(vg, disk).map(([v, d]) => `extendvg ${v} ${d}`),
    fc.tuple(vg, disk).map(([v, d]) => `reducevg ${v} ${d}`),
    fc.tuple(vg, fc.option(disk, { nil: '' }), fc.constantFrom('', '-S ', '-c 3 ', '-Q ')).map(([v, d, f]) => `mirrorvg ${f}${v} ${d}`.trim()),
    fc.tuple(vg, fc.option(disk, { nil: '' })).map(([v, d]) => `unmirrorvg ${v} ${d}`.trim()),
    vg.map((v) => `varyonvg ${v}`),
    vg.map((v) => `varyoffvg ${v}`),
    vg.map((v) => `exportvg ${v}`),
    fc.tuple(fc.option(vg, { nil: '' }), disk).map(([v, d]) => (v ? `importvg -y ${v} ${d}` : `importvg ${d}`)),
    fc.tuple(fc.constantFrom('-c', '-C'), disk).map(([f, d]) => `chpv ${f} ${d}`),
    mp.map((m) => `mount ${m}`),
    mp.map((m) => `umount ${m}`),
    fc.tuple(disk, fc.constantFrom('yes', 'clear')).map(([d, v]) => `chdev -l ${d} -a pv=${v}`),
    disk.map((d) => `rmdev -dl ${d}`),
    fc.constant('cfgmgr'),
    fc.tuple(disk, vg).map(([d, v]) => `redefinevg -d ${d} ${v}`),
    vg.map((v) => `synclvodm -Pv ${v}`),
    // Prerequisite chains, so that the later steps (mirror, export, import) are reached often.
    fc.constantFrom(
      'extendvg rootvg hdisk1; mirrorvg rootvg hdisk1',
      'umount /data; varyoffvg datavg; exportvg datavg',
      'importvg -y datavg hdisk2; mount /data',
      'mkvg -y newvg hdisk3; mirrorvg newvg',
      'extendvg datavg hdisk3; mirrorvg -S datavg',
      'unmirrorvg rootvg hdisk1; reducevg rootvg hdisk1',
    ),
  );

  it('keep the invariants and never raise an internal error', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 1, maxLength: 14 }), (lines) => {
        const s = lab();
        for (const line of lines) {
          const r = s.exec(line);
          if ((r.stdout + r.stderr).includes('trainer: internal error')) return false;
          const broken = checkInvariants(s.world());
          if (broken.length) throw new Error(`after ${JSON.stringify(lines)}: ${broken.join('; ')}`);
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
