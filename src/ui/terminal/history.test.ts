import { describe, expect, it } from 'vitest';
import { createHistory, historyDown, historyUp, MAX_HISTORY, pushHistory } from './history.ts';

describe('history navigation', () => {
  it('walks back through entries with ↑ and stays on the oldest', () => {
    let h = createHistory(['lspv', 'oslevel -s']);
    let m = historyUp(h, '');
    expect(m.line).toBe('oslevel -s');
    h = m.state;
    m = historyUp(h, m.line);
    expect(m.line).toBe('lspv');
    m = historyUp(m.state, m.line);
    expect(m.line).toBe('lspv');
  });

  it('comes back down with ↓ to the line that was being typed', () => {
    const h = createHistory(['lspv', 'oslevel -s']);
    const up1 = historyUp(h, 'boot');
    const up2 = historyUp(up1.state, up1.line);
    const down1 = historyDown(up2.state, up2.line);
    expect(down1.line).toBe('oslevel -s');
    const down2 = historyDown(down1.state, down1.line);
    expect(down2.line).toBe('boot');
    const down3 = historyDown(down2.state, 'boot');
    expect(down3.line).toBe('boot');
  });

  it('does nothing on an empty history', () => {
    const h = createHistory([]);
    expect(historyUp(h, 'x').line).toBe('x');
    expect(historyDown(h, 'x').line).toBe('x');
  });

  it('adds accepted lines (not blank ones) and stops browsing', () => {
    let h = createHistory(['lspv']);
    h = historyUp(h, '').state;
    h = pushHistory(h, 'bootlist -m normal -o');
    h = pushHistory(h, '   ');
    expect(h.entries).toEqual(['lspv', 'bootlist -m normal -o']);
    expect(historyUp(h, '').line).toBe('bootlist -m normal -o');
  });

  it('keeps at most MAX_HISTORY entries', () => {
    const many = Array.from({ length: MAX_HISTORY + 5 }, (_, i) => `echo ${i}`);
    const h = pushHistory(createHistory(many), 'last');
    expect(h.entries.length).toBe(MAX_HISTORY);
    expect(h.entries[h.entries.length - 1]).toBe('last');
  });
});
