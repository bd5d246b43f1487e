import { describe, expect, it } from 'vitest';
import { isNewcomer, shouldWelcome, WELCOME_DONE } from './welcome.ts';

describe('the welcome', () => {
  it('shows on a bare address until dismissed', () => {
    expect(shouldWelcome('', '', null)).toBe(true);
    expect(shouldWelcome('?speed=instant', '', null)).toBe(true);
    expect(shouldWelcome('', '', WELCOME_DONE)).toBe(false);
    expect(isNewcomer(null)).toBe(true);
    expect(isNewcomer(WELCOME_DONE)).toBe(false);
  });

  it.each(['?lesson=preflight', '?scenario=mirrored-lab', '?lab=L1&speed=10x', '?exam=1'])('not on %s', (search) => {
    expect(shouldWelcome(search, '', null)).toBe(false);
  });

  it('not on a shared link', () => {
    expect(shouldWelcome('?speed=1x', '#s=abc', null)).toBe(false);
    expect(shouldWelcome('', '#x=1', null)).toBe(true);
  });
});
