import { describe, expect, it } from 'vitest';
import type { BuilderState } from './builder.ts';
import { builderFileText, readBuilderFile } from './builderFile.ts';
import { DEFAULT_SERVER } from './serverForm.ts';

const state: BuilderState = { scenario: 'twin', addDisksMB: [40960], failDisk: 'hdisk2', shrink: null, server: { ...DEFAULT_SERVER, mirrored: true, media: { cd0: '7200-05-04-2220' } }, staleAltinst: null, powerCut: { disk: 'hdisk3', phase: 1 } };
const lesson = { title: 'Clean up after the cut', objectives: [{ disk: 'hdisk3', role: 'free' as const }] };

describe('builder file', () => {
  it('exports and imports the form and its lesson unchanged', () => {
    expect(readBuilderFile(builderFileText(state, lesson))).toEqual({ ok: true, value: { state, lesson } });
    expect(readBuilderFile(builderFileText({ ...state, scenario: 'reference-lab', server: null }, null))).toMatchObject({ ok: true, value: { lesson: null } });
  });

  it('refuses hostile files with a readable message', () => {
    const text = (v: unknown) => JSON.stringify(v);
    const whole = JSON.parse(builderFileText(state, lesson)) as Record<string, unknown>;
    const bad = (t: unknown) => {
      const r = readBuilderFile(t);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error;
    };
    expect(bad('<html><script>alert(1)</script>')).toMatch(/not JSON/);
    expect(bad('x'.repeat(70_000))).toMatch(/too big/);
    expect(bad(text({ ...whole, format: 'altdisk-lab' }))).toMatch(/not a builder file/);
    expect(bad('{"__proto__": {"polluted": true}, "format": "altdisk-builder", "version": 1}')).toMatch(/does not know/);
    expect(bad(text({ ...whole, state: { ...state, server: { ...state.server, hostname: 'a b' } } }))).toMatch(/Host name/);
    expect(bad(text({ ...whole, state: { ...state, addDisksMB: 'many' } }))).toMatch(/Added disks/);
    expect(bad(text({ ...whole, state: { ...state, powerCut: { disk: 'hdisk3', phase: 9 } } }))).toMatch(/phase 1 or 2/);
    expect(bad(text({ ...whole, lesson: { title: 'x', objectives: [{ rm: '-rf' }] } }))).toMatch(/lesson in this file/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
