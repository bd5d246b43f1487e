import { describe, expect, it } from 'vitest';
import { readHashPayload, readPageParams } from './params.ts';

describe('readPageParams', () => {
  it('defaults to 1x and no scenario', () => {
    expect(readPageParams('', '')).toEqual({ request: { speed: '1x' }, lesson: null, exam: false });
  });
  it('reads speed, scenario and lesson; ignores an unknown speed', () => {
    expect(readPageParams('?speed=instant&scenario=reference-lab&lesson=first', '').request).toEqual({
      speed: 'instant',
      scenario: 'reference-lab',
      lesson: 'first',
    });
    expect(readPageParams('?speed=fast', '').request.speed).toBe('1x');
    expect(readPageParams('?speed=10x', '').request.speed).toBe('10x');
  });
  it('a lesson brings its own scenario unless ?scenario= is given; ?fresh=1 asks for a fresh lab', () => {
    expect(readPageParams('?lesson=mirrored-rootvg', '')).toEqual({ request: { speed: '1x', scenario: 'mirrored-lab', lesson: 'mirrored-rootvg' }, lesson: 'mirrored-rootvg', exam: false });
    expect(readPageParams('?lesson=mirrored-rootvg&scenario=reference-lab', '').request.scenario).toBe('reference-lab');
    expect(readPageParams('?lesson=no-such-lesson', '')).toEqual({ request: { speed: '1x', lesson: 'no-such-lesson' }, lesson: 'no-such-lesson', exam: false });
    expect(readPageParams('?lesson=basic-clone&fresh=1', '').request).toEqual({ speed: '1x', scenario: 'reference-lab', lesson: 'basic-clone', fresh: true });
    expect(readPageParams('?fresh=yes', '').request.fresh).toBeUndefined();
  });
  it('?lab= reopens a saved lab; a lesson beside it is that lab\'s and starts nothing new', () => {
    expect(readPageParams('?lab=L7&speed=instant', '')).toEqual({ request: { speed: 'instant', lab: 'L7' }, lesson: null, exam: false });
    expect(readPageParams('?lab=L7&lesson=basic-clone', '')).toEqual({ request: { speed: '1x', lab: 'L7' }, lesson: 'basic-clone', exam: false });
    // A scenario or a link still asks for a new lab (the host ignores lab with them).
    expect(readPageParams('?lab=L7&scenario=jfs-lab', '').request).toEqual({ speed: '1x', lab: 'L7', scenario: 'jfs-lab' });
    expect(readPageParams('?lab=L7', '#s=zAB').request).toEqual({ speed: '1x', lab: 'L7', shared: 'zAB' });
    expect(readPageParams('?lab=', '').request).toEqual({ speed: '1x' });
  });
  it('?exam=1 opens a new lab of the exam\'s scenario, with no lesson; beside ?lab= it is that lab\'s exam', () => {
    expect(readPageParams('?exam=1&speed=instant', '')).toEqual({ request: { speed: 'instant', scenario: 'reference-lab' }, lesson: null, exam: true });
    expect(readPageParams('?exam=1&lesson=basic-clone', '')).toEqual({ request: { speed: '1x', scenario: 'reference-lab' }, lesson: null, exam: true });
    expect(readPageParams('?lab=L7&exam=1', '')).toEqual({ request: { speed: '1x', lab: 'L7' }, lesson: null, exam: true });
    expect(readPageParams('?exam=yes', '').exam).toBe(false);
  });
  it('passes a #s= payload as shared', () => {
    expect(readPageParams('', '#s=abc-DEF_1').request.shared).toBe('abc-DEF_1');
    expect(readHashPayload('#x=1&s=zz')).toBe('zz');
    expect(readHashPayload('#s=')).toBeNull();
    expect(readHashPayload('')).toBeNull();
  });
});
