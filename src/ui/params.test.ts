import { describe, expect, it } from 'vitest';
import { readHashPayload, readPageParams } from './params.ts';

describe('readPageParams', () => {
  it('defaults to 1x and no scenario', () => {
    expect(readPageParams('', '')).toEqual({ request: { speed: '1x' }, lesson: null });
  });
  it('reads speed, scenario and lesson; ignores an unknown speed', () => {
    expect(readPageParams('?speed=instant&scenario=reference-lab&lesson=first', '').request).toEqual({
      speed: 'instant',
      scenario: 'reference-lab',
    });
    expect(readPageParams('?speed=fast', '').request.speed).toBe('1x');
    expect(readPageParams('?speed=10x', '').request.speed).toBe('10x');
  });
  it('passes a #s= payload as shared', () => {
    expect(readPageParams('', '#s=abc-DEF_1').request.shared).toBe('abc-DEF_1');
    expect(readHashPayload('#x=1&s=zz')).toBe('zz');
    expect(readHashPayload('#s=')).toBeNull();
    expect(readHashPayload('')).toBeNull();
  });
});
