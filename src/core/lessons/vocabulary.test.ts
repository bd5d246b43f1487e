import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import { checkLesson, seenOf } from './checker.ts';
import type { Seen } from './types.ts';
import { checkCustomLesson, compileCustomLesson, proposeSpecs } from './custom.ts';
import { checkSpec, compileObjective, describeSpec, specDone, specFocus, type ObjectiveSpec } from './vocabulary.ts';

function lab(lines: string[] = []) {
  const state = newSessionState('reference-lab');
  if (!state) throw new Error('no reference-lab');
  const session = createSession(state);
  for (const l of lines) session.exec(l);
  return { snapshot: session.snapshot(), history: lines };
}

describe('checkSpec', () => {
  it('accepts every form and returns a clean copy', () => {
    const specs: ObjectiveSpec[] = [
      { disk: 'hdisk1', role: 'altinst_rootvg', awake: false },
      { lifecycle: 'onClone' },
      { bootlistFirst: 'hdisk1' },
      { levelOn: { disk: 'hdisk0', startsWith: '7200-05' } },
      { bootedFrom: 'hdisk0' },
      { ran: 'bootlist -m normal -o', after: 'alt_disk_copy' },
      { vgVariedOn: 'rootvg' },
      { all: [{ not: { bootedFrom: 'hdisk1' } }, { any: [{ ran: 'lspv' }] }] },
    ];
    for (const s of specs) expect(checkSpec(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, value: s });
  });

  it('refuses unknown keys, bad names, deep nesting and big lists with a reason', () => {
    const bad: unknown[] = [
      null,
      'bootedFrom',
      { bootedFrom: 'hdisk1', extra: 1 },
      { disk: 'sda', role: 'rootvg' },
      { disk: 'hdisk1', role: 'boss' },
      { lifecycle: 'nowhere' },
      { ran: 'rm -rf / ; echo' },
      { ran: 'x'.repeat(200) },
      { levelOn: { disk: 'hdisk1', startsWith: '<script>' } },
      { all: [] },
      { all: Array.from({ length: 9 }, () => ({ ran: 'lspv' })) },
      { not: { not: { not: { not: { ran: 'lspv' } } } } },
      { all: [{ all: Array.from({ length: 8 }, () => ({ ran: 'lspv' })) }, { all: Array.from({ length: 8 }, () => ({ ran: 'lspv' })) }, { ran: 'lspv' }] },
      { vgVariedOn: 'a b' },
      { constructor: 1 },
    ];
    for (const b of bad) {
      const r = checkSpec(b);
      expect(r.ok, JSON.stringify(b)).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });

  it('accepts lifecycle states and groups from the machine only', () => {
    const s = lab().snapshot.lifecycle.state;
    expect(checkSpec({ lifecycle: s }).ok).toBe(true);
    expect(checkSpec({ lifecycle: s.split('.')[0] }).ok).toBe(true);
    expect(checkSpec({ lifecycle: `${s}.x` }).ok).toBe(false);
  });
});

describe('meaning over the snapshot', () => {
  it('a clone to hdisk1 meets role and bootlist specs; the start state does not', () => {
    const start = lab();
    const cloned = lab(['alt_disk_copy -d hdisk1']);
    const role: ObjectiveSpec = { disk: 'hdisk1', role: 'altinst_rootvg' };
    const first: ObjectiveSpec = { bootlistFirst: 'hdisk1' };
    expect(specDone(role, start.snapshot, start.history)).toBe(false);
    expect(specDone(first, start.snapshot, start.history)).toBe(false);
    expect(specDone(role, cloned.snapshot, cloned.history)).toBe(true);
    expect(specDone(first, cloned.snapshot, cloned.history)).toBe(true);
    expect(specDone({ not: first }, cloned.snapshot, cloned.history)).toBe(false);
    expect(specDone({ ran: 'alt_disk_copy' }, cloned.snapshot, cloned.history)).toBe(true);
    expect(specDone({ ran: 'lspv', after: 'alt_disk_copy' }, cloned.snapshot, cloned.history)).toBe(false);
    expect(specDone({ bootedFrom: 'hdisk0' }, cloned.snapshot, cloned.history)).toBe(true);
    expect(specDone({ vgVariedOn: 'rootvg' }, cloned.snapshot, cloned.history)).toBe(true);
    const level = cloned.snapshot.hosts[0].disks.find((d) => d.name === 'hdisk0')?.osLevel ?? '';
    expect(specDone({ levelOn: { disk: 'hdisk1', startsWith: level.slice(0, 7) } }, cloned.snapshot, cloned.history)).toBe(true);
  });

  it('with -B the bootlist spec stays not met and says why', () => {
    const l = lab(['alt_disk_copy -B -d hdisk1']);
    const o = compileObjective('o1', { bootlistFirst: 'hdisk1' });
    expect(o.done(l.snapshot, l.history, [])).toBe(false);
    expect(o.whyNotYet(l.snapshot, l.history, [])).toBe('The bootlist starts with hdisk0, not with hdisk1.');
    expect(o.focus?.(l.snapshot)).toEqual(['bootlist', 'disk:hdisk1']);
  });

  it('describes and focuses from the spec', () => {
    expect(describeSpec({ disk: 'hdisk1', role: 'altinst_rootvg', awake: false })).toBe('hdisk1 holds altinst_rootvg, asleep.');
    expect(specFocus({ all: [{ disk: 'hdisk1', role: 'free' }, { vgVariedOn: 'datavg' }] })).toEqual(['disk:hdisk1', 'vg:datavg']);
    const start = lab();
    expect(compileObjective('o1', { disk: 'hdisk1', role: 'altinst_rootvg' }).whyNotYet(start.snapshot, [], [])).toContain('hdisk1 is free');
  });
});

describe('the terms built-in lessons use', () => {
  it('power, reached, bootlist order, running level, disk VG and wakefulness, output seen', () => {
    const state = newSessionState('reference-lab');
    if (!state) throw new Error('no reference-lab');
    const session = createSession(state);
    const seen: Seen[] = [];
    for (const l of ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal hdisk1 hdisk0', 'bootlist -m normal -o', 'alt_rootvg_op -S']) {
      const r = session.exec(l);
      seen.push(seenOf(l, r.stdout + r.stderr, r.exitCode));
    }
    const snap = session.snapshot();
    const h = session.history();
    const yes = (spec: ObjectiveSpec) => expect(specDone(checked(spec), snap, h, seen), JSON.stringify(spec)).toBe(true);
    const no = (spec: ObjectiveSpec) => expect(specDone(checked(spec), snap, h, seen), JSON.stringify(spec)).toBe(false);
    yes({ power: 'running' });
    no({ power: 'hung', led: '0552' });
    yes({ reached: 'altinstAsleep', by: { name: 'alt_disk_copy', flags: 'B' } });
    no({ reached: 'altinstAsleep', by: { name: 'alt_disk_copy', notFlags: 'B' } });
    yes({ bootlist: ['hdisk1', 'hdisk0'] });
    no({ bootlist: ['hdisk0', 'hdisk1'] });
    yes({ runningLevel: '7200-05-03' });
    yes({ disk: 'hdisk1', awake: false, vg: 'altinst_rootvg' });
    no({ disk: 'hdisk1', vg: 'image_1' });
    yes({ saw: { name: 'bootlist', flags: 'o' }, after: { name: 'bootlist', notFlags: 'o' }, output: { firstDisk: 'hdisk1', line: 'hdisk0 blv=hd5 pathid=0' } });
    no({ saw: { name: 'bootlist', flags: 'o' }, after: 'alt_rootvg_op', output: { firstDisk: 'hdisk1' } });
    yes({ saw: 'alt_rootvg_op -S', exit: 'failed' });
    no({ saw: 'alt_rootvg_op -S', exit: 'ok' });
    yes({ ran: { name: 'bootlist', has: ['hdisk1 hdisk0'] }, after: { name: 'alt_disk_copy' } });
    yes({ saw: { anyOf: ['lspv', { name: 'bootlist', flags: 'o' }] }, after: { anyOf: ['alt_disk_copy', 'reboot'] }, output: { startsWith: 'hdisk1', lacks: ['hdisk3', 'FORCE'] } });
    no({ saw: { name: 'bootlist', flags: 'o' }, output: { lacks: ['hdisk0'] } });
    yes({ vg: 'datavg', variedOn: true, pvs: ['hdisk2'], copies: 1 });
    yes({ vg: 'altinst_rootvg', variedOn: false });
    no({ vg: 'rootvg', lv: 'hd4', copies: 2 });
    yes({ vg: 'rootvg', lv: 'hd4' });
    no({ vg: 'rootvg', lv: 'bos_hd4' });
    expect(describeSpec({ vg: 'rootvg', lv: 'bos_hd5' })).toBe('the volume group rootvg is defined, holding the logical volume bos_hd5.');
    no({ vg: 'image_1' });
    expect(describeSpec({ saw: { name: 'bootlist', flags: 'o' }, after: 'alt_disk_copy', output: { firstDisk: 'hdisk1' } })).toBe('you ran `bootlist -o` after `alt_disk_copy`, its output showing hdisk1 first.');
    const o = compileObjective('x', { bootlist: ['hdisk0'] }, { text: 'Own words.', why: 'Own reason.' });
    expect([o.text, o.whyNotYet(snap, h, seen), o.spec]).toEqual(['Own words.', 'Own reason.', { bootlist: ['hdisk0'] }]);
  });

  it('refuses bad commands, outputs, LEDs and empty disk terms', () => {
    for (const bad of [
      { saw: { name: 'ls', rm: 1 } },
      { saw: { name: 'ls', has: [] } },
      { saw: 'ls', output: {} },
      { saw: 'ls', output: { contains: 'a\nb' } },
      { saw: 'ls', exit: 'maybe' },
      { power: 'on' },
      { power: 'hung', led: '<b>' },
      { disk: 'hdisk1' },
      { disk: 'hdisk1', vg: '1bad' },
      { bootlist: [] },
      { reached: 'nowhere', by: 'lspv' },
      { ran: { name: 'alt_disk_copy', flags: '-B' } },
      { ran: { anyOf: [] } },
      { ran: { anyOf: [{ anyOf: ['lspv'] }] } },
      { saw: 'ls', output: { lacks: [] } },
      { vg: 'rootvg', copies: 4 },
      { vg: 'rootvg', lv: 'hd 4' },
      { vg: 'rootvg', lv: 'x'.repeat(16) },
      { vg: 'rootvg', pvs: [] },
    ]) expect(checkSpec(bad).ok, JSON.stringify(bad)).toBe(false);
  });
});

function checked(spec: ObjectiveSpec): ObjectiveSpec {
  const c = checkSpec(JSON.parse(JSON.stringify(spec)));
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

describe('custom lessons', () => {
  it('validates strictly and compiles to a lesson the checker completes', () => {
    const raw = { title: 'Clone and boot list', objectives: [{ disk: 'hdisk1', role: 'altinst_rootvg' }, { bootlistFirst: 'hdisk1' }] };
    const c = checkCustomLesson(JSON.parse(JSON.stringify(raw)));
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const lesson = compileCustomLesson(c.value, 'reference-lab');
    const start = lab();
    expect(checkLesson(lesson, start.snapshot, []).doneCount).toBe(0);
    const end = lab(['alt_disk_copy -d hdisk1']);
    const check = checkLesson(lesson, end.snapshot, end.history);
    expect(check.complete).toBe(true);
    expect(check.objectives.map((o) => o.id)).toEqual(['o1', 'o2']);
  });

  it('refuses a bad title, no objectives, too many, or a bad one (naming it)', () => {
    expect(checkCustomLesson({ title: '', objectives: [{ ran: 'lspv' }] }).ok).toBe(false);
    expect(checkCustomLesson({ title: 'a\nb', objectives: [{ ran: 'lspv' }] }).ok).toBe(false);
    expect(checkCustomLesson({ title: 'x', objectives: [] }).ok).toBe(false);
    expect(checkCustomLesson({ title: 'x', objectives: Array.from({ length: 13 }, () => ({ ran: 'lspv' })) }).ok).toBe(false);
    expect(checkCustomLesson({ title: 'x', objectives: [{ ran: 'lspv' }], more: 1 }).ok).toBe(false);
    const r = checkCustomLesson({ title: 'x', objectives: [{ ran: 'lspv' }, { disk: 'hdiskX', role: 'free' }] });
    expect(r.ok ? '' : r.error).toMatch(/^Objective 2: /);
  });

  it('proposes specs that hold in the state they came from', () => {
    const end = lab(['alt_disk_copy -d hdisk1']);
    const specs = proposeSpecs(end.snapshot);
    expect(specs).toContainEqual({ disk: 'hdisk1', role: 'altinst_rootvg', awake: false });
    expect(specs).toContainEqual({ bootlistFirst: 'hdisk1' });
    expect(specs).toContainEqual({ bootedFrom: 'hdisk0' });
    for (const s of specs) {
      expect(checkSpec(s).ok, JSON.stringify(s)).toBe(true);
      expect(specDone(s, end.snapshot, end.history), JSON.stringify(s)).toBe(true);
    }
  });
});
