// smit — the same fast paths as smitty (alt_clone, alt_mksysb, alt_install): prints nothing and emits the
// 'smit' event the page turns into a panel.
import { describe, expect, it } from 'vitest';
import { smit } from './smit.ts';
import { lab } from '../testing/lab.ts';

describe('smit', () => {
  it('smit takes the same fast paths', () => {
    expect(smit.name).toBe('smit');
    expect(smit.parse(['alt_clone'])).toEqual({ ok: true, value: { panel: 'alt_clone', note: null } });
  });

  it('smit alt_mksysb opens the mksysb dialog', () => {
    expect(lab().exec('smit alt_mksysb').events).toEqual([{ type: 'smit', panel: 'alt_mksysb', atMs: 0 }]);
  });
});
