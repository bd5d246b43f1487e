import { describe, expect, it } from 'vitest';
import { appendLine, appendText, clearScreen, EMPTY_SCREEN, screenFromScrollback } from './screen.ts';

const texts = (s: { lines: readonly { kind: string; text: string }[] }) => s.lines.map((l) => `${l.kind}:${l.text}`);

describe('screen', () => {
  it('splits output into lines and continues an open line with the next chunk of the same stream', () => {
    let s = appendText(EMPTY_SCREEN, 'stdout', 'hdisk0 ');
    s = appendText(s, 'stdout', 'rootvg\nhdisk1\n');
    expect(texts(s)).toEqual(['stdout:hdisk0 rootvg', 'stdout:hdisk1']);
    expect(s.open).toBe(false);
  });

  it('starts a new line when the stream changes', () => {
    let s = appendText(EMPTY_SCREEN, 'stdout', 'partial');
    s = appendText(s, 'stderr', 'error\n');
    expect(texts(s)).toEqual(['stdout:partial', 'stderr:error']);
  });

  it('keeps ids stable for lines that did not change', () => {
    const s1 = appendLine(EMPTY_SCREEN, 'input', '# lspv');
    const s2 = appendText(s1, 'stdout', 'a\nb\n');
    expect(s2.lines[0]).toBe(s1.lines[0]);
    expect(new Set(s2.lines.map((l) => l.id)).size).toBe(3);
  });

  it('keeps blank lines', () => {
    expect(texts(appendText(EMPTY_SCREEN, 'stdout', 'a\n\nb\n'))).toEqual(['stdout:a', 'stdout:', 'stdout:b']);
  });

  it('caps the number of lines, dropping the oldest', () => {
    let s = EMPTY_SCREEN;
    for (let i = 0; i < 30; i++) s = appendLine(s, 'stdout', `line ${i}`, 10);
    expect(s.lines.length).toBe(10);
    expect(s.lines[0]!.text).toBe('line 20');
  });

  it('clears and rebuilds from scrollback (input stored with its prompt)', () => {
    const s = screenFromScrollback([
      { kind: 'input', text: '# foo' },
      { kind: 'stderr', text: 'ksh: foo:  not found.' },
      { kind: 'stdout', text: 'two\nlines' },
    ]);
    expect(texts(s)).toEqual(['input:# foo', 'stderr:ksh: foo:  not found.', 'stdout:two', 'stdout:lines']);
    expect(clearScreen(s).lines).toEqual([]);
    expect(clearScreen(s).nextId).toBe(s.nextId);
  });
});
