import { describe, expect, it } from 'vitest';
import { encodeLink, type LinkPayload } from '../../core/scenario/link.ts';
import { DEFAULT_HOSTNAME } from '../../core/twin/build.ts';
import { summarizeLink } from './linkSummary.ts';

function link(steps: string[], scenario = 'jfs-lab', twin?: LinkPayload['twin']): string {
  const r = encodeLink({ version: 1, scenario, steps, ...(twin ? { twin } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('summarizeLink', () => {
  it('gives the scenario, the step count and the first five lines, shortened', () => {
    const steps = ['lspv', 'alt_disk_copy -d hdisk1', 'y', '', 'echo ' + 'a'.repeat(300), 'bootlist -m normal -o', 'lsvg'];
    const s = summarizeLink(link(steps))!;
    expect(s.scenario).toBe('jfs-lab');
    expect(s.server).toBeNull();
    expect(s.steps).toBe(7);
    expect(s.firstLines).toHaveLength(5);
    expect(s.firstLines.slice(0, 4)).toEqual(['lspv', 'alt_disk_copy -d hdisk1', 'y', '']);
    expect(s.firstLines[4]).toHaveLength(121);
  });

  it('names the server of a twin link by the host name its lab gets, not "twin"', () => {
    const facts = { vgs: {}, lvs: {}, vgPvs: {}, diskSizes: {}, attrPvids: {} };
    expect(summarizeLink(link(['lspv'], 'twin', { facts: { ...facts, hostname: 'aixprod01' } }))).toMatchObject({ scenario: 'twin', server: 'aixprod01', steps: 1 });
    expect(summarizeLink(link([], 'twin', { facts: { ...facts, hostname: 'aixprod01' }, options: { hostname: 'rehearse01' } }))?.server).toBe('rehearse01');
    expect(summarizeLink(link([], 'twin', { facts }))?.server).toBe(DEFAULT_HOSTNAME);
  });

  it('is null for anything that is not a link, without throwing', () => {
    for (const bad of ['', 'zTHIS-is-not-a-link', 'j' + 'A'.repeat(20_000), 'javascript:alert(1)', link([]).slice(0, 5)]) {
      expect(summarizeLink(bad)).toBeNull();
    }
  });
});
