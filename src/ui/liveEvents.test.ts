import { describe, expect, it } from 'vitest';
import { applyLiveEvent } from './liveEvents.ts';
import { referenceSnapshot } from './testing/fixtures.ts';

describe('applyLiveEvent', () => {
  it('shows LED and power changes of a host while a command streams', () => {
    const s0 = referenceSnapshot();
    const s1 = applyLiveEvent(s0, { type: 'power', host: 'aixlab01', state: 'booting', atMs: 0 });
    const s2 = applyLiveEvent(s1, { type: 'led', host: 'aixlab01', code: '0551', atMs: 10 });
    expect(s2.hosts[0]).toMatchObject({ power: 'booting', led: '0551' });
    expect(s0.hosts[0]).toMatchObject({ power: 'running', led: null });
  });
  it('returns the same snapshot when nothing changes', () => {
    const s0 = referenceSnapshot();
    expect(applyLiveEvent(s0, { type: 'power', host: 'aixlab01', state: 'running', atMs: 0 })).toBe(s0);
    expect(applyLiveEvent(s0, { type: 'led', host: 'other', code: '0551', atMs: 0 })).toBe(s0);
    expect(applyLiveEvent(s0, { type: 'clear' })).toBe(s0);
  });
  it('follows lifecycle transitions', () => {
    const s = applyLiveEvent(referenceSnapshot(), { type: 'lifecycle', from: 'noAlternate', to: 'altAsleep', command: 'alt_disk_copy' });
    expect(s.lifecycle.state).toBe('altAsleep');
  });
});
