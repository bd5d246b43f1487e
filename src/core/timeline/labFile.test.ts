import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import { readLabFile, writeLabFile, LAB_FILE_LIMITS } from './labFile.ts';

const LINES = ['lspv', 'alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'bootlist -m normal hdisk1'];

function labText(cursor = LINES.length): string {
  const s = createSession(newSessionState('reference-lab')!);
  for (const line of LINES.slice(0, cursor)) s.exec(line);
  return writeLabFile({
    name: 'Reference lab 3',
    scenario: 'reference-lab',
    lesson: null,
    steps: LINES.map((line) => ({ line })),
    cursor,
    session: s.state(),
    terminal: [{ kind: 'input', text: '# lspv' }, { kind: 'stdout', text: 'hdisk0 …' }],
  });
}

describe('lab file', () => {
  it('round trip: what is written is read back the same', () => {
    const text = labText();
    const read = readLabFile(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.file.name).toBe('Reference lab 3');
    expect(read.value.file.cursor).toBe(4);
    expect(read.value.file.steps.map((s) => s.line)).toEqual(LINES);
    expect(JSON.parse(writeLabFile(read.value.file))).toEqual(JSON.parse(text));
  });

  it('keeps undone steps after the cursor (for redo)', () => {
    const read = readLabFile(labText(2));
    expect(read.ok && read.value.file.cursor).toBe(2);
    expect(read.ok && read.value.file.steps.length).toBe(4);
  });

  it('refuses a truncated file, at any cut, with a reason', () => {
    const text = labText();
    for (const at of [0, 1, 10, Math.floor(text.length / 2), text.length - 1]) {
      const read = readLabFile(text.slice(0, at));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(/^This file cannot be imported: it (is empty|is not a complete lab file)/);
    }
  });

  it('refuses hostile or changed files in plain words', () => {
    const base = JSON.parse(labText()) as Record<string, unknown>;
    const cases: [unknown, RegExp][] = [
      [{ ...base, format: 'something' }, /not a lab file/],
      [{ ...base, version: 99 }, /newer version/],
      [{ ...base, cursor: 9 }, /step position/],
      [{ ...base, steps: 'rm -rf' }, /commands is missing/],
      [{ ...base, steps: Array.from({ length: LAB_FILE_LIMITS.maxSteps + 1 }, () => ({ line: 'lspv' })) }, /more than/],
      [{ ...base, session: { format: 'altdisk-session', version: 1, __proto__: null } }, /session cannot be used/],
      [{ ...base, session: { ...(base.session as object), world: 7 } }, /session cannot be used/],
      [{ ...base, steps: [{ line: 'lspv' }, { line: 'mkvg -y x hdisk1' }, ...(base.steps as object[]).slice(2)] }, /do not lead to its saved state/],
      [{ ...base, terminal: [{ kind: 'html', text: '<script>' }] }, /not a terminal line/],
      [{ ...base, scenario: 'no-such' }, /another scenario|does not have/],
    ];
    for (const [value, why] of cases) {
      const read = readLabFile(JSON.stringify(value), { isScenario: (id) => newSessionState(id) !== null });
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(why);
    }
    expect(readLabFile('x'.repeat(LAB_FILE_LIMITS.maxChars + 1)).ok).toBe(false);
    expect(readLabFile(null).ok).toBe(false);
    expect(readLabFile('['.repeat(100_000)).ok).toBe(false);
    const proto = readLabFile(labText().replace('"name":', '"__proto__":{"polluted":1},"name":'));
    expect(proto.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file that takes too long to check', () => {
    let calls = 0;
    const read = readLabFile(labText(), { shouldStop: () => ++calls > 2 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/too long to check/);
  });
});
