import { describe, expect, it } from 'vitest';
import { restoreSessionState } from '../session/restore.ts';
import { createSession } from '../session/session.ts';
import { buildSession, builderLink, builderScenarios, compileBuilder, type BuilderState } from './builder.ts';
import { SCENARIOS } from './builtins.ts';
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
