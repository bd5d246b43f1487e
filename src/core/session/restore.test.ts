// The one gate for stored sessions: every state the simulator writes opens unchanged; damage is
// repaired and named, or refused in plain words; hostile records cost bounded work.
import { describe, expect, it } from 'vitest';
import { clonePlain } from '../model/clone.ts';
import { SCENARIOS } from '../scenario/builtins.ts';
import type { SessionState } from './api.ts';
import { HISTSIZE } from './bounds.ts';
import { migrate, MIGRATIONS, restoreSessionState, restoreWith, restoreWorld, SESSION_VERSION, type Migration } from './restore.ts';
import { createSession, newSessionState } from './session.ts';

/** A record being damaged on purpose: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Hostile = any;

const fresh = (id = 'reference-lab'): SessionState => newSessionState(id)!;
/** A stored record: plain JSON, as IndexedDB or a --state file gives it back. */
const stored = (s: SessionState): Record<string, unknown> => JSON.parse(JSON.stringify(s));

function opened(value: unknown) {
  const r = restoreSessionState(value);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function refusal(value: unknown): string {
  const r = restoreSessionState(value);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

const CYCLE = [
  'alt_disk_copy -d hdisk1',
  'alt_rootvg_op -W -d hdisk1',
  'lspv',
  'alt_rootvg_op -S -d hdisk1',
  'alt_rootvg_op -X altinst_rootvg',
  'errpt | head -3',
];

describe('restoreSessionState: what the simulator writes opens unchanged', () => {
  it.each(SCENARIOS.map((s) => s.id))('a fresh %s', (id) => {
    const s = fresh(id);
    const r = opened(stored(s));
    expect(r.value.repaired).toEqual([]);
    expect(r.value.restored).toEqual(stored(s));
  });

  it('a lab after clone, wake, sleep, -X and a reboot', () => {
    const session = createSession(fresh());
    session.replay([...CYCLE, 'bootlist -m normal hdisk0', 'shutdown -Fr', 'echo constructor > /tmp/constructor', 'constructor=1']);
    const r = opened(stored(session.state()));
    expect(r.value.repaired).toEqual([]);
    expect(r.value.restored).toEqual(stored(session.state()));
    // A file and a variable named like prototype members are the learner's own names.
    expect(Object.keys(r.value.restored.world.vgs).length).toBeGreaterThan(0);
  });

  it('every built-in lab after mksysb, mkvg, disks added and removed, power cuts and SMS: each step opens unchanged', () => {
    const lines = [
      'mksysb -i /tmp/my.sysb', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1', 'alt_disk_mksysb -m /tmp/my.sysb -d hdisk1',
      'bootlist -m normal hdisk1', 'shutdown -Fr', '1', 'mkvg -f -y testvg hdisk3', 'reducevg testvg hdisk3', 'lab disk add 4096', 'cfgmgr',
      'lab cut-power', 'lab power on', 'alt_disk_copy -O -B -d hdisk3', 'lab disk remove d3', 'lab disk remove d1', 'lab power off',
      'lab disk remove d0', 'lab power on', 'lab sms', '1', '2',
    ];
    for (const id of SCENARIOS.map((x) => x.id)) {
      const session = createSession(fresh(id));
      for (const line of lines) {
        session.exec(line);
        const state = stored(session.state());
        const r = restoreSessionState(state);
        expect(r.ok ? r.value.repaired : r.error, `${id}: ${line}`).toEqual([]);
        if (r.ok) expect(r.value.restored).toEqual(state);
      }
    }
  }, 60_000);

  it('an SMS question waiting for its answer', () => {
    const session = createSession(fresh());
    session.replay(['lab power off', 'lab sms', '1']);
    const state = session.state();
    expect(state.pending?.kind).toBe('sms');
    expect(opened(stored(state)).value.restored.pending).toEqual(state.pending);
  });
});

describe('restoreSessionState: refusals in plain words', () => {
  const s = () => stored(fresh());
  it.each([
    ['not an object', 'lab', /not an object/],
    ['another format', { format: 'other' }, /not a saved altdisk session/],
    ['a newer version', { ...fresh(), version: 99 }, /newer version of the trainer \(format 99/],
    ['no version', { ...fresh(), version: undefined }, /no valid format version/],
    ['a world with a negative disk', (() => { const x = s() as Hostile; x.world.disks.d0.sizeMB = -5; return x; })(), /world\.disks\.d0\.sizeMB is out of range/],
    ['a console naming no host', (() => { const x = s() as Hostile; x.world.console = 'nohost'; return x; })(), /world\.console names no host/],
    ['a running host on a VG that is gone', (() => { const x = s() as Hostile; x.world.hosts.aixlab01.run.rootVgid = 'ab'; return x; })(), /rootVgid names no volume group/],
    ['a host key that does not match', (() => { const x = s() as Hostile; x.world.hosts.other = x.world.hosts.aixlab01; return x; })(), /hosts\.other\.name does not match/],
    ['a host named constructor', (() => { const x = s() as Hostile; x.world.hosts.constructor = x.world.hosts.aixlab01; return x; })(), /forbidden key "constructor"/],
    ['a string where a list belongs', (() => { const x = s() as Hostile; x.world.vgs[Object.keys(x.world.vgs)[0]].lvs = 'x'; return x; })(), /lvs is not a list/],
    ['a history that is not a list', { ...s(), history: 'ls' }, /history is not a list/],
  ] as [string, unknown, RegExp][])('%s', (_name, value, why) => {
    expect(refusal(value)).toMatch(why);
  });

  it('refuses __proto__ keys as parsed from JSON', () => {
    const text = JSON.stringify(stored(fresh()));
    const at = text.lastIndexOf('"hosts":{') + '"hosts":{'.length;
    const hostile = text.slice(0, at) + '"__proto__":{"polluted":true},' + text.slice(at);
    expect(refusal(JSON.parse(hostile))).toMatch(/world\.hosts has a forbidden key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a garbage start world when no built-in scenario can rebuild it', () => {
    expect(refusal({ ...stored(fresh()), scenario: 'my-own-lab', start: { garbage: 1 } })).toMatch(/start\.schema is missing/);
  });
});

describe('restoreSessionState: repairs, each named', () => {
  it('rebuilds a garbage start world from its scenario, and reset then works', () => {
    const r = opened({ ...stored(fresh()), start: 'garbage' });
    expect(r.value.repaired.join('\n')).toMatch(/start world was unreadable .* rebuilt from the scenario reference-lab/);
    const session = createSession(r.value.restored);
    session.exec('bootlist -m normal hdisk1');
    session.exec('reset');
    const done = session.exec('y');
    expect(done.stderr).toBe('');
    expect(done.exitCode).toBe(0);
    expect(session.exec('bootlist -m normal -o').stdout).toBe('hdisk0 blv=hd5 pathid=0\n');
  });

  it('keeps the newest HISTSIZE lines of a long history and counts the rest', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `echo ${i}`);
    const r = opened({ ...stored(fresh()), history: lines });
    expect(r.value.restored.history).toEqual(lines.slice(-HISTSIZE));
    expect(r.value.restored.historyBase).toBe(1000 - HISTSIZE);
    expect(r.value.repaired.join('\n')).toMatch(/newest 128 lines/);
  });

  it('drops VG images no disk carries, varied-on VGs that are gone, a stale question; keeps a boot list naming a removed disk', () => {
    const x = stored(fresh()) as Hostile;
    x.world.vgs['0123abcd'] = { ...x.world.vgs[Object.keys(x.world.vgs)[0]], vgid: '0123abcd' };
    x.world.hosts.aixlab01.nvram.normal.push({ diskId: 'gone', blv: 'hd5' });
    x.world.hosts.aixlab01.run.variedOn.push('feed');
    x.pending = { kind: 'define-console', host: 'aixlab01', diskId: 'gone', blv: 'hd5' };
    x.lifecycle = { state: 7 };
    x.world.extra = 1;
    const r = opened(x);
    expect(r.value.restored.world.vgs['0123abcd']).toBeUndefined();
    expect(r.value.restored.world.hosts.aixlab01.nvram.normal.map((e) => e.diskId)).toEqual(['d0', 'gone']);
    expect(r.value.restored.world.hosts.aixlab01.run!.variedOn).not.toContain('feed');
    expect(r.value.restored.pending).toBeNull();
    expect(r.value.restored.lifecycle).toEqual(fresh().lifecycle);
    expect('extra' in r.value.restored.world).toBe(false);
    const said = r.value.repaired.join('\n');
    for (const what of [/0123abcd, which no disk carries/, /varied-on list/, /console question/, /lifecycle record/, /unknown field world\.extra/]) {
      expect(said).toMatch(what);
    }
  });

  it('reads the lifecycle again from the disks when its state is not one of the rule book', () => {
    const session = createSession(fresh());
    session.exec('alt_disk_copy -d hdisk1');
    const state = stored(session.state()) as Hostile;
    const expected = state.lifecycle.state;
    state.lifecycle.state = 'constructor';
    const r = opened(state);
    expect(r.value.restored.lifecycle).toEqual({ state: expected, recent: [] });
    expect(r.value.repaired.join('\n')).toMatch(/"constructor" is not a state of the rule book/);
    expect(createSession(r.value.restored).exec('lspv').exitCode).toBe(0);
  });

  it('wraps an error log over its size and keeps the last runs of alt_disk_inst.log', () => {
    const session = createSession(fresh());
    session.exec('alt_disk_copy -d hdisk1');
    const x = stored(session.state()) as Hostile;
    const root = x.world.vgs[x.world.hosts.aixlab01.run.rootVgid];
    root.os.errlog = Array.from({ length: 5000 }, (_, i) => ({ id: '9DBCFDEE', atMs: i, type: 'T', cls: 'O', resource: 'errdemon', description: 'ERROR LOGGING TURNED ON' }));
    const varFs = root.lvs.find((l: Hostile) => l.fs?.superblockMount === '/var').fs;
    const run = varFs.files['adm/ras/alt_disk_inst.log'].text;
    varFs.files['adm/ras/alt_disk_inst.log'].text = run.repeat(30);
    const r = opened(x);
    const after = r.value.restored.world.vgs[root.vgid];
    expect(after.os!.errlog).toHaveLength(1024);
    expect(after.os!.errlog![0].atMs).toBe(5000 - 1024);
    const log = after.lvs.find((l) => l.fs?.superblockMount === '/var')!.fs!.files['adm/ras/alt_disk_inst.log'];
    expect(log.kind === 'file' && log.text).toBe(run.repeat(10));
  });

  it('restoreWorld checks a start world kept on its own', () => {
    expect(restoreWorld(fresh().start).ok).toBe(true);
    const bad = restoreWorld({ schema: 1 }, 'start');
    expect(bad.ok ? '' : bad.error).toMatch(/start\.clock is missing/);
  });
});

describe('hostile records cost bounded work', () => {
  it('refuses deep nesting, huge maps and lists by their limits, and an oversized record by its budget', () => {
    let deep: unknown = { kind: 'confirm-reset' };
    for (let i = 0; i < 10_000; i++) deep = { kind: 'confirm-reset', resume: deep };
    const nested = opened({ ...stored(fresh()), pending: deep });
    expect(nested.value.restored.pending).toBeNull();
    expect(nested.value.repaired.join('\n')).toMatch(/nested too deeply/);

    const manyVgs = stored(fresh()) as Hostile;
    for (let i = 0; i < 2000; i++) manyVgs.world.vgs[i.toString(16).padStart(8, '0')] = {};
    expect(refusal(manyVgs)).toMatch(/world\.vgs has more than 1024 entries/);

    const huge = stored(fresh()) as Hostile;
    huge.world.hosts.aixlab01.nvram.normal = new Array(1_000_000).fill({ diskId: 'd0', blv: 'hd5' });
    expect(refusal(huge)).toMatch(/nvram\.normal has more than 64 entries/);

    const wide = stored(fresh()) as Hostile;
    const fs = (wide.world.vgs[wide.world.hosts.aixlab01.run.rootVgid].lvs as Hostile[]).find((l) => l.fs).fs;
    fs.files = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`f${i}`, { kind: 'dir' }]));
    expect(refusal(wide)).toMatch(/files has more than 20000 entries/);

    // Every value counts against one budget: many records each inside its limits still end the walk.
    const plain = stored(fresh());
    const sized = restoreWith(plain, MIGRATIONS, 100_000);
    expect(sized.ok).toBe(true);
    const small = restoreWith(plain, MIGRATIONS, 1_000);
    expect(small.ok ? '' : small.error).toMatch(/too large to open/);
  }, 120_000);
});

describe('the migration ladder', () => {
  it('is contiguous and ends at the version this build writes', () => {
    expect(SESSION_VERSION).toBe(1 + MIGRATIONS.length);
    expect(fresh().version).toBe(SESSION_VERSION);
  });

  it('climbs an older record step by step and refuses one from a newer build', () => {
    // A made-up format 2 that renamed `history` to `commands`, and a format 3 that renamed it back.
    const ladder: Migration[] = [
      { note: 'history is called commands', up: ({ history, ...r }) => ({ ...r, commands: history }) },
      { note: 'commands is called history again', up: ({ commands, ...r }) => ({ ...r, history: commands }) },
    ];
    const notes: string[] = [];
    const up = migrate({ ...stored(fresh()), history: ['lspv'] }, ladder, notes);
    expect(typeof up === 'object' && up.version).toBe(3);
    expect(notes).toEqual(['migrated from format 1 to 2: history is called commands', 'migrated from format 2 to 3: commands is called history again']);
    const r = restoreWith({ ...stored(fresh()), history: ['lspv'] }, ladder);
    expect(r.ok && r.value.restored.history).toEqual(['lspv']);
    expect(migrate({ version: 4 }, ladder, [])).toMatch(/newer version of the trainer \(format 4; this one reads up to 3\)/);
    expect(migrate({ version: 0 }, ladder, [])).toMatch(/no valid format version/);
  });

  it('returns a copy: the stored record is never shared with the session', () => {
    const record = stored(fresh());
    const r = opened(record);
    expect(r.value.restored.world).not.toBe(record.world);
    expect(clonePlain(r.value.restored)).toEqual(r.value.restored);
  });
});
