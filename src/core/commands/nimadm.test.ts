// nimadm in the NIM lab (issue 18, acceptance 1): the parse table, the phase transcript golden (phases
// from IBM Docs "Installing alternate disk migration",
// https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html), each refusal, -P, -C, -W/-S,
// and the client booting the migrated disk and falling back.
import { describe, expect, it } from 'vitest';
import { NIMADM_PHASES } from '../messages/nim.ts';
import { lab, run, runChecked } from '../testing/lab.ts';
import { nimadm, parsePhases } from './nimadm.ts';

const MIGRATE = 'nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y';
const nimLab = () => lab('nim-lab');
const failed = (p: ReturnType<typeof nimadm.parse>) => (p.ok ? '' : JSON.stringify(p));

describe('nimadm parse', () => {
  const table: [string, boolean, string?][] = [
    [MIGRATE, true],
    [MIGRATE + ' -B', true],
    [MIGRATE + ' -P 1', true],
    [MIGRATE + ' -P "2 3 4"', true],
    ['nimadm -C -c aixlab01 -s spot73', true],
    ['nimadm -W -c aixlab01 -s spot73 -d hdisk1', true],
    ['nimadm -S -c aixlab01 -s spot73', true],
    ['nimadm -c aixlab01 -s spot73 -d hdisk1 -Y', false, 'Usage: nimadm'],
    ['nimadm -W -c aixlab01 -s spot73', false, 'Usage: nimadm'],
    ['nimadm -C -S -c aixlab01 -s spot73', false, 'Usage: nimadm'],
    [MIGRATE + ' -P 13', false, 'is not a list of phases'],
    [MIGRATE + ' -P "3 1"', false, 'is not a list of phases'],
    [MIGRATE + ' -r', false, 'not simulated'],
    [MIGRATE + ' -a /tmp/pre', false, 'not simulated'],
    [MIGRATE + ' -k', false, 'Usage: nimadm'],
  ];
  it.each(table)('%s → ok=%s', (line, good, text) => {
    const args = line.replace(/^nimadm /, '').match(/"[^"]*"|\S+/g)!.map((w) => w.replace(/^"|"$/g, ''));
    const p = nimadm.parse(args);
    expect(p.ok).toBe(good);
    if (text) expect(failed(p)).toContain(text);
  });
  it('phase lists', () => {
    expect(parsePhases('1')).toEqual([1]);
    expect(parsePhases('2-10')).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(parsePhases('11,12')).toEqual([11, 12]);
    expect(parsePhases('0')).toBeNull();
    expect(parsePhases('1 3')).toBeNull();
  });
});

describe('nimadm migrates aixlab01 (IBM alt_disk_mig_process.html)', () => {
  it('prints the 12 phases in order, phase 1 as alt_disk_install phase 1 and 11 as its phase 3', () => {
    const s = nimLab();
    const r = runChecked(s, MIGRATE);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const banners = r.out.split('\n').filter((l) => l.startsWith('nimadm phase '));
    expect(banners).toEqual(Object.entries(NIMADM_PHASES).map(([n, text]) => `nimadm phase ${n}: ${text}`));
    const after = (n: number) => r.out.slice(r.out.indexOf(`nimadm phase ${n}:`));
    expect(after(1)).toMatch(/^nimadm phase 1:[^\n]*\n\+-+\+\nCalling mkszfile to create new \/image\.data file\.\nChecking disk sizes\.\nCreating cloned rootvg volume group/);
    expect(after(6)).toContain('  bos.rte                              7.2.5.102    -> 7.3.1.0');
    expect(after(11)).toContain('Fixing file system superblocks...\nBootlist is set to the boot disk: hdisk1 blv=hd5\n');
    expect(r.out.trimEnd().split('\n').pop()).toBe('nimadm: trainer: the migration of aixlab01 to 7300-01-01-2246 is complete. Boot it from the new disk to run 7300-01-01-2246.');
    // the master runs as before; the resources are free again after phase 12
    expect(run(s, 'oslevel -s').out).toBe('7300-01-01-2246\n');
    expect(run(s, 'lsnim -l spot73').out).toContain('alloc_count   = 0');
  });

  it('golden: the whole transcript (phase list after IBM alt_disk_mig_process.html; phases 1 and 11 are alt_disk_install lines)', async () => {
    const r = run(nimLab(), MIGRATE);
    await expect(r.out).toMatchFileSnapshot('./__golden__/nimadm.migrate.txt');
  });

  it('a second migration onto the same disk is refused: hdisk1 now belongs to altinst_rootvg', () => {
    const s = nimLab();
    run(s, MIGRATE);
    const r = run(s, MIGRATE);
    expect(r.code).toBe(1);
    expect(r.err).toBe('0505-126 alt_disk_install- target disk hdisk1 has a volume group assigned to it.\n');
  });

  it('the client boots 7.3 from hdisk1 and falls back to 7.2 by bootlist', () => {
    const s = nimLab();
    run(s, MIGRATE);
    run(s, 'lab console aixlab01');
    expect(run(s, 'oslevel -s').out).toBe('7200-05-03-2148\n');
    expect(run(s, 'lspv').out).toMatch(/hdisk1 +00f6db0a8f3a1c22 +altinst_rootvg/);
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk1 blv=hd5 pathid=0\n');
    expect(s.snapshot().lifecycle.state).toBe('altinstAsleep');
    run(s, 'shutdown -Fr');
    expect(run(s, 'oslevel -s').out).toBe('7300-01-01-2246\n');
    expect(run(s, 'lspv').out).toMatch(/hdisk0 +00f6db0a6c7aece5 +old_rootvg/);
    expect(s.snapshot().lifecycle.state).toBe('onClone.oldAsleep');
    run(s, 'bootlist -m normal hdisk0');
    run(s, 'shutdown -Fr');
    expect(run(s, 'oslevel -s').out).toBe('7200-05-03-2148\n');
    expect(s.snapshot().lifecycle.state).toBe('fallenBack');
  });

  it('-B leaves the client bootlist on hdisk0', () => {
    const s = nimLab();
    expect(run(s, MIGRATE + ' -B').out).not.toContain('Bootlist is set');
    run(s, 'lab console aixlab01');
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk0 blv=hd5 pathid=0\n');
  });
});

describe('nimadm refusals: nothing changes', () => {
  const refusals: [string, string, ((s: ReturnType<typeof nimLab>) => void)?][] = [
    ['client not reachable', 'cannot run commands on aixlab01: the client is not running', (s) => run(s, 'lab power off aixlab01')],
    ['SPOT older than the lpp_source', 'the SPOT spot73tl0 (7300-00-01-2148) is older than the lpp_source lpp73 (7300-01-01-2246)'],
    ['no free disk', '0505-126 alt_disk_install- target disk hdisk2 has a volume group assigned to it.'],
    ['cache VG too small', "the cache volume group tinyvg has 960 MB free; the client's rootvg needs 2819 MB"],
    ['license not accepted', 'accept the license agreements with -Y'],
    ['unknown client', '"aixweb09" is not a standalone NIM client.'],
    ['bos.alt_disk_install levels differ', 'bos.alt_disk_install.rte is not installed on the master but at 7.3.1.0 in the SPOT spot73', (s) => run(s, 'lab fileset remove bos.alt_disk_install.rte')],
  ];
  const lines: Record<string, string> = {
    'SPOT older than the lpp_source': MIGRATE.replace('spot73', 'spot73tl0'),
    'no free disk': MIGRATE.replace('hdisk1', 'hdisk2'),
    'cache VG too small': MIGRATE.replace('nimadmvg', 'tinyvg'),
    'license not accepted': MIGRATE.replace(' -Y', ''),
    'unknown client': MIGRATE.replace('aixlab01', 'aixweb09'),
  };
  it.each(refusals)('%s', (name, text, before) => {
    const s = nimLab();
    before?.(s);
    const world = JSON.stringify(s.world().disks);
    const r = run(s, lines[name] ?? MIGRATE);
    expect(r.code).toBe(1);
    expect(r.err).toContain(text);
    expect(r.out).toBe('');
    expect(JSON.stringify(s.world().disks)).toBe(world);
  });

  it('runs only on the master: the client has no nimadm', () => {
    const s = nimLab();
    run(s, 'lab console aixlab01');
    expect(run(s, MIGRATE).code).toBe(127);
  });
});

describe('phases one step at a time, cleanup, wake and sleep', () => {
  it('-P 1 leaves the copy awake on the client; -P 2-10 and -P 11-12 finish it', () => {
    const s = nimLab();
    expect(run(s, MIGRATE + ' -P 1').out).toContain('phases up to 1 done; continue with -P 2.');
    expect(run(s, MIGRATE + ' -P 1').err).toContain('a migration of aixlab01 is part-way (phase 1 done)');
    expect(run(s, MIGRATE + ' -P 3').err).toContain('phase 3 cannot run for aixlab01: phase 2 is next.');
    expect(run(s, MIGRATE + ' -P 2-10').code).toBe(0);
    expect(run(s, MIGRATE + ' -P 11-12').out).toContain('is complete');
    run(s, 'lab console aixlab01');
    expect(s.snapshot().lifecycle.state).toBe('altinstAsleep');
  });

  it('-C cleans up a migration left part-way', () => {
    const s = nimLab();
    run(s, MIGRATE + ' -P 1-5');
    const r = run(s, 'nimadm -C -c aixlab01 -s spot73');
    expect(r.code).toBe(0);
    expect(r.out).toContain('was cleaned up');
    expect(run(s, 'nimadm -C -c aixlab01 -s spot73').err).toContain('there is no migration of aixlab01 to clean up.');
    run(s, 'lab console aixlab01');
    expect(run(s, 'lspv').out).toMatch(/hdisk1 +00f6db0a8f3a1c22 +None/);
    run(s, 'lab console aixnim01');
    expect(run(s, MIGRATE).code).toBe(0);
  });

  it('-W wakes the migrated copy on the client and -S puts it back to sleep', () => {
    const s = nimLab();
    run(s, MIGRATE);
    expect(run(s, 'nimadm -S -c aixlab01 -s spot73').code).toBe(1);
    const w = run(s, 'nimadm -W -c aixlab01 -s spot73 -d hdisk1');
    expect(w.code).toBe(0);
    expect(w.out).toContain('Waking up altinst_rootvg volume group ...');
    run(s, 'lab console aixlab01');
    expect(run(s, 'lsvg -o').out).toContain('altinst_rootvg');
    run(s, 'lab console aixnim01');
    expect(run(s, 'nimadm -S -c aixlab01 -s spot73').out).toContain('asleep again');
    run(s, 'lab console aixlab01');
    expect(run(s, 'lsvg -o').out).not.toContain('altinst_rootvg');
  });
});
