// A twin's start as data: from a paste it carries facts, never the pasted text; it travels in a link
// (checked strictly on open) and builds the same lab the paste built; hostile starts are refused in words.
import { describe, expect, it } from 'vitest';
import { checkLinkPayload, decodeLink, encodeLink, sessionFromLink } from '../scenario/link.ts';
import { createSession } from '../session/session.ts';
import { lab, run } from '../testing/lab.ts';
import { paste } from './goldens.ts';
import { twinFromPaste } from './index.ts';
import { readPaste } from './split.ts';
import { checkTwinStart, twinStartOf, TWIN_SCENARIO } from './start.ts';
import { twinOfStart } from './startState.ts';

const COMMANDS = ['lspv', 'lsvg rootvg', 'lsvg -l rootvg', 'lsvg -p rootvg', 'bootlist -m normal -o', 'oslevel -s', 'df -g', 'emgr -l'];
const PASTE = paste('root@aixsecret9:/ # ', COMMANDS.map((c) => [c, run(lab('mirrored-lab'), c).out.trimEnd()]));

function start() {
  const facts = readPaste(PASTE);
  if (!facts.ok) throw new Error('paste not read');
  return twinStartOf(facts.value, { diskSizeMB: 40960 });
}

describe('twin start', () => {
  it('builds the same lab as the paste, and a link of it carries facts only, within the link limits', () => {
    const s = start();
    const fromStart = twinOfStart(s);
    const fromPaste = twinFromPaste(PASTE, { diskSizeMB: 40960 });
    if (!fromStart.ok || !fromPaste.ok) throw new Error('not built');
    expect(fromStart.value.state).toEqual(fromPaste.value.state);
    const link = encodeLink({ version: 1, scenario: TWIN_SCENARIO, steps: ['lspv'], twin: s });
    if (!link.ok) throw new Error(link.error.message);
    expect(link.value.length).toBeLessThan(8192);
    const decoded = decodeLink(link.value);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const json = JSON.stringify(decoded.value);
    expect(json).not.toContain('root@');
    expect(json).not.toContain('VOLUME GROUP:');
    expect(json).not.toContain('hostnameFrom');
    const session = sessionFromLink(decoded.value);
    if (!session.ok) throw new Error(session.error.message);
    expect(createSession(session.value).snapshot().console).toBe('aixsecret9');
  });

  it('refuses hostile starts in plain words and never throws', () => {
    const s = start();
    const bad = (v: unknown) => {
      const r = checkTwinStart(v);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error;
    };
    expect(bad(null)).toMatch(/not a record/);
    expect(bad({ ...s, extra: 1 })).toMatch(/does not know/);
    expect(bad({ facts: { ...s.facts, hostname: '<img src=x>' } })).toMatch(/host name/);
    expect(bad({ facts: { ...s.facts, vgs: { constructor: s.facts.vgs.rootvg } } })).toMatch(/not valid/);
    expect(bad({ facts: { ...s.facts, pvs: Array.from({ length: 40 }, () => s.facts.pvs![0]) } })).toMatch(/at most 32/);
    expect(bad({ facts: { ...s.facts, diskSizes: { hdisk0: 1e15 } } })).toMatch(/Size of hdisk0/);
    expect(bad({ facts: { ...s.facts, lvs: { rootvg: [{ ...s.facts.lvs.rootvg[0], pps: 7 }] } } })).toMatch(/PPs/);
    expect(bad({ facts: s.facts, media: { mksysb: [{ host: 'a', level: 'x', mirrored: false }] } })).toMatch(/level/);
    // In a link: a twin without its server, a built-in scenario with a server.
    const bare = checkLinkPayload({ version: 1, scenario: TWIN_SCENARIO, steps: [] });
    expect(bare.ok ? '' : bare.error.message).toMatch(/does not describe it/);
    const mixed = encodeLink({ version: 1, scenario: 'reference-lab', steps: [], twin: s });
    expect(mixed.ok).toBe(false);
  });

  it('a start that would take unbounded work is refused before it is laid out', () => {
    const s = start();
    const huge = { ...s, facts: { ...s.facts, vgs: { rootvg: { ...s.facts.vgs.rootvg, ppSizeMB: 1 } }, diskSizes: { hdisk0: 16 * 1024 * 1024, hdisk1: 16 * 1024 * 1024 } } };
    const r = twinOfStart(huge);
    expect(r.ok ? '' : r.error).toMatch(/at most 131072 in a volume group/);
  });

  it('a start that checks but describes an impossible server is refused when built', () => {
    const s = start();
    const r = twinOfStart({ ...s, facts: { ...s.facts, pvs: [], vgPvs: {}, diskSizes: {}, attrPvids: {}, bootlist: [] } });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/no disks/);
  });
});

describe('a saved twin lab read back for a link', () => {
  it('a pasted twin and a described server give back a start that builds the same lab', async () => {
    const { twinStartOfState } = await import('./fromWorld.ts');
    const { buildSession } = await import('../scenario/builder.ts');
    const { DEFAULT_SERVER } = await import('../scenario/serverForm.ts');
    const pasted = twinFromPaste(PASTE);
    if (!pasted.ok) throw new Error('not built');
    const a = twinStartOfState(pasted.value.state);
    expect(a?.facts.hostname).toBe('aixsecret9');
    const described = buildSession({ scenario: 'twin', addDisksMB: [], failDisk: null, shrink: null, server: { ...DEFAULT_SERVER, mirrored: true, datavg: ['hdisk2'], fileSystems: [{ mount: '/db', sizeMB: 2048, vg: 'datavg' }], efixes: ['IJ1'], efixLocksBosRte: true, noAltDisk: true, media: { dirs: ['7200-05-04-2220'], cd0: '7200-05-05-2246', mksysb: [{ host: 'old', level: '6100-07-01-1141', mirrored: true }] } } });
    if (!described.ok) throw new Error(described.error);
    const b = twinStartOfState(described.value);
    expect(b?.media?.mksysb).toEqual([{ host: 'old', level: '6100-07-01-1141', mirrored: true }]);
    expect(b?.facts.altDisk?.missing).toEqual(['bos.alt_disk_install.rte']);
    expect(b?.facts.efixes).toEqual([{ label: 'IJ1', state: 'S', abstract: 'Interim fix', filesets: ['bos.rte'] }]);
    // a built-in lab is not a twin; a twin whose start was changed by hand cannot be said exactly
    const changed = structuredClone(pasted.value.state);
    changed.start.clock.nowMs += 1;
    expect(twinStartOfState(changed)).toBeNull();
  });
});
