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
  it('a lesson brings its own scenario unless ?scenario= is given; ?fresh=1 asks for a fresh lab', () => {
    expect(readPageParams('?lesson=mirrored-rootvg', '')).toEqual({ request: { speed: '1x', scenario: 'mirrored-lab' }, lesson: 'mirrored-rootvg' });
    expect(readPageParams('?lesson=mirrored-rootvg&scenario=reference-lab', '').request.scenario).toBe('reference-lab');
    expect(readPageParams('?lesson=no-such-lesson', '')).toEqual({ request: { speed: '1x' }, lesson: 'no-such-lesson' });
    expect(readPageParams('?lesson=basic-clone&fresh=1', '').request).toEqual({ speed: '1x', scenario: 'reference-lab', fresh: true });
    expect(readPageParams('?fresh=yes', '').request.fresh).toBeUndefined();
  });
  it('passes a #s= payload as shared', () => {
    expect(readPageParams('', '#s=abc-DEF_1').request.shared).toBe('abc-DEF_1');
    expect(readHashPayload('#x=1&s=zz')).toBe('zz');
    expect(readHashPayload('#s=')).toBeNull();
    expect(readHashPayload('')).toBeNull();
  });
});
