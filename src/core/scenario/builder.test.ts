import { describe, expect, it } from 'vitest';
import { restoreSessionState } from '../session/restore.ts';
import { createSession } from '../session/session.ts';
import { buildSession, builderLink, builderScenarios, compileBuilder, type BuilderState } from './builder.ts';
import { SCENARIOS } from './builtins.ts';
import { DEFAULT_SERVER, type ServerForm } from './serverForm.ts';
import { decodeLink, sessionFromLink } from './link.ts';

const base: BuilderState = { scenario: 'reference-lab', addDisksMB: [], failDisk: null, shrink: null };

describe('scenario builder', () => {
  it('compiles to a scenario and lab setup steps', () => {
    const c = compileBuilder({ ...base, addDisksMB: [71680], failDisk: 'hdisk2' });
    expect(c).toEqual({ ok: true, value: { scenario: 'reference-lab', steps: ['lab disk add 71680', 'cfgmgr', 'lab disk fail hdisk2'] } });
  });

  it('offers every built-in scenario of the registry, and each builds with an added disk', () => {
    expect(builderScenarios().map((x) => x.id)).toEqual(SCENARIOS.map((x) => x.id));
    for (const { id } of builderScenarios()) expect(buildSession({ ...base, scenario: id, addDisksMB: [71680] }).ok, id).toBe(true);
  });

  it('refuses unknown scenarios, bad sizes, bad names and too many disks', () => {
    expect(compileBuilder({ ...base, scenario: 'nope' }).ok).toBe(false);
    expect(compileBuilder({ ...base, addDisksMB: [0] }).ok).toBe(false);
    expect(compileBuilder({ ...base, addDisksMB: [1.5] }).ok).toBe(false);
    expect(compileBuilder({ ...base, failDisk: 'hdisk1; rm' }).ok).toBe(false);
    expect(compileBuilder({ ...base, addDisksMB: Array.from({ length: 9 }, () => 1024) }).ok).toBe(false);
  });

  it('builds a lab that passes the load gate, with the added disk and the failed one', () => {
    const built = buildSession({ ...base, scenario: 'mirrored-lab', addDisksMB: [71680], failDisk: 'hdisk2' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const restored = restoreSessionState(JSON.parse(JSON.stringify(built.value)));
    expect(restored.ok).toBe(true);
    const snap = createSession(built.value).snapshot();
    const disks = snap.hosts.find((h) => h.name === snap.console)?.disks ?? [];
    expect(disks.some((d) => d.sizeMB === 71680)).toBe(true);
    expect(disks.find((d) => d.name === 'hdisk2')?.failed).toBe(true);
  });

  it('shares as a link that replays to the same lab and carries the custom lesson', () => {
    const b: BuilderState = { ...base, addDisksMB: [71680] };
    const lesson = { title: 'Clone to the new disk', objectives: [{ disk: 'hdisk4', role: 'altinst_rootvg' as const }] };
    const link = builderLink(b, lesson);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const decoded = decodeLink(link.value, { isLesson: () => false });
    expect(decoded.ok && decoded.value.lesson).toMatchObject({ id: 'custom', start: 2, custom: lesson });
    if (!decoded.ok) return;
    const fromLink = sessionFromLink(decoded.value);
    const built = buildSession(b);
    expect(fromLink.ok && built.ok).toBe(true);
    if (fromLink.ok && built.ok) expect(createSession(fromLink.value).snapshot()).toEqual(createSession(built.value).snapshot());
  });
});

describe('scenario builder: a server you describe', () => {
  const server: ServerForm = { ...DEFAULT_SERVER, hostname: 'aixdb07', level: '7100-05-06-2015', disksMB: [30720, 30720, 40960, 51200], mirrored: true, datavg: ['hdisk3'], fileSystems: [{ mount: '/opt/app', sizeMB: 2048, vg: 'rootvg' }, { mount: '/db', sizeMB: 8192, vg: 'datavg' }], efixes: ['IJ12345s1a'], efixLocksBosRte: true, media: { dirs: ['7200-05-04-2220'], cd0: '7200-05-05-2246', mksysb: [{ host: 'aixold02', level: '6100-07-01-1141', mirrored: false }] } };
  const twinBase: BuilderState = { ...base, scenario: 'twin', server };
  const run = (b: BuilderState, lines: string[]) => {
    const built = buildSession(b);
    if (!built.ok) throw new Error(built.error);
    const s = createSession(built.value);
    return lines.map((l) => s.exec(l).stdout).join('');
  };

  it('builds the host name, level, mirrored rootvg, datavg, file systems, fixes and media it describes', () => {
    const out = run(twinBase, ['hostname', 'oslevel -s', 'lspv', 'lsvg -l rootvg', 'df -g', 'emgr -l', 'ls /export', 'ls /usr/sys/inst.images', 'lslpp -l bos.rte']);
    expect(out).toContain('EFIXLOCKED');
    // "Save as a lab": the built session passes the load gate unchanged
    const built = buildSession(twinBase);
    if (!built.ok) throw new Error(built.error);
    expect(restoreSessionState(JSON.parse(JSON.stringify(built.value))).ok).toBe(true);
    expect(out).toContain('aixdb07');
    expect(out).toContain('7100-05-06-2015');
    expect(out).toMatch(/hdisk0 .*rootvg +active/);
    expect(out).toMatch(/hdisk1 .*rootvg +active/);
    expect(out).toMatch(/hdisk3 .*datavg +active/);
    expect(out).toMatch(/hdisk2 +none +None/);
    expect(out).toMatch(/hd4 +jfs2 +\d+ +\d+ +2 /);
    expect(out).toContain('/opt/app');
    expect(out).toContain('/db');
    expect(out).toContain('IJ12345s1a');
    expect(out).toContain('7200-05-04');
    expect(out).toContain('aixold02_6100-07-01.sysb');
  });

  it('refuses hostile or impossible fields with a readable message', () => {
    const bad = (s: Partial<ServerForm>) => {
      const c = compileBuilder({ ...twinBase, server: { ...server, ...s } });
      expect(c.ok).toBe(false);
      return c.ok ? '' : c.error;
    };
    expect(bad({ hostname: '<script>' })).toMatch(/^Host name/);
    expect(bad({ level: '7200-05-99-9999' })).toMatch(/not one the trainer has/);
    expect(bad({ disksMB: [1e12] })).toMatch(/hdisk0/);
    expect(bad({ disksMB: [30720], mirrored: true })).toMatch(/two disks/);
    expect(bad({ datavg: ['hdisk0'] })).toMatch(/holds rootvg/);
    expect(bad({ fileSystems: [{ mount: '/usr', sizeMB: 100, vg: 'rootvg' }] })).toMatch(/already taken/);
    expect(bad({ fileSystems: [{ mount: '/a;rm', sizeMB: 100, vg: 'rootvg' }] })).toMatch(/mount point/);
    expect(bad({ efixes: ['x'.repeat(40)] })).toMatch(/Interim fix/);
    expect(bad({ disksMB: [4096] })).toMatch(/rootvg needs/);
    expect(compileBuilder({ ...base, scenario: 'twin' }).ok).toBe(false);
  });

  it('a stale altinst_rootvg and a power cut after phase 1 are setup steps', () => {
    expect(compileBuilder({ ...base, staleAltinst: 'hdisk1' })).toMatchObject({ ok: true, value: { steps: ['alt_disk_copy -B -d hdisk1'] } });
    const c = compileBuilder({ ...base, powerCut: { disk: 'hdisk1', phase: 1 } });
    expect(c).toMatchObject({ ok: true, value: { steps: ['alt_disk_copy -P 1 -d hdisk1', 'lab cut-power', 'lab power on'] } });
    const out = run({ ...base, powerCut: { disk: 'hdisk1', phase: 2 } }, ['lspv']);
    expect(out).toMatch(/hdisk1 .*altinst_rootvg/);
    expect(compileBuilder({ ...base, powerCut: { disk: 'hdisk1', phase: 3 as 1 } }).ok).toBe(false);
    // a mirrored rootvg clones onto one disk with the image.data the mirrored labs keep
    const m = compileBuilder({ ...twinBase, powerCut: { disk: 'hdisk2', phase: 2 } });
    expect(m.ok && m.value.steps[0]).toBe('alt_disk_copy -P 12 -d hdisk2 -i /home/image.data');
    expect(run({ ...twinBase, powerCut: { disk: 'hdisk2', phase: 2 } }, ['lspv'])).toMatch(/hdisk2 .*altinst_rootvg/);
    // a setup step the start refuses says so
    const refused = buildSession({ ...base, staleAltinst: 'hdisk2' });
    expect(refused.ok ? '' : refused.error).toMatch(/^`alt_disk_copy -B -d hdisk2` was refused: 0505-126/);
  });

  it('shares the described server as a link that replays to the same lab', () => {
    const b: BuilderState = { ...twinBase, failDisk: 'hdisk2' };
    const link = builderLink(b, null);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.value.length).toBeLessThan(8192);
    const decoded = decodeLink(link.value);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.twin?.facts.hostname).toBe('aixdb07');
    const fromLink = sessionFromLink(decoded.value);
    const built = buildSession(b);
    if (!fromLink.ok || !built.ok) throw new Error('not built');
    expect(createSession(fromLink.value).snapshot()).toEqual(createSession(built.value).snapshot());
  });
});
