import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../core/scenario/link.ts';
import { summarizeLink } from './linkSummary.ts';

function link(steps: string[], scenario = 'jfs-lab'): string {
  const r = encodeLink({ version: 1, scenario, steps });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('summarizeLink', () => {
  it('gives the scenario, the step count and the first five lines, shortened', () => {
    const steps = ['lspv', 'alt_disk_copy -d hdisk1', 'y', '', 'echo ' + 'a'.repeat(300), 'bootlist -m normal -o', 'lsvg'];
    const s = summarizeLink(link(steps))!;
    expect(s.scenario).toBe('jfs-lab');
    expect(s.steps).toBe(7);
    expect(s.firstLines).toHaveLength(5);
    expect(s.firstLines.slice(0, 4)).toEqual(['lspv', 'alt_disk_copy -d hdisk1', 'y', '']);
    expect(s.firstLines[4]).toHaveLength(121);
  });

  it('is null for anything that is not a link, without throwing', () => {
    for (const bad of ['', 'zTHIS-is-not-a-link', 'j' + 'A'.repeat(20_000), 'javascript:alert(1)', link([]).slice(0, 5)]) {
      expect(summarizeLink(bad)).toBeNull();
    }
  });
});
