import { describe, expect, it } from 'vitest';
import { readPageParams } from '../params.ts';
import { DEFAULT_SCENARIO } from '../../core/scenario/builtins.ts';
import { FRESH_SCENARIO, freshLabHref, labAddress, openLabHref, savedLabHref } from './address.ts';

describe('labAddress', () => {
  it('names the open lab, keeps speed, drops scenario, fresh and the link', () => {
    expect(labAddress('http://h/?speed=instant&scenario=jfs-lab&fresh=1#s=zAB', { id: 'L2', lesson: null })).toBe('http://h/?lab=L2&speed=instant');
    expect(labAddress('http://h/app/?x=1#other=2&s=zAB', { id: 'L2', lesson: null })).toBe('http://h/app/?lab=L2#other=2');
  });

  it('keeps the lesson: the lab\'s own, else the one in the address', () => {
    expect(labAddress('http://h/?lesson=basic-clone&fresh=1', { id: 'L3', lesson: 'basic-clone' })).toBe('http://h/?lab=L3&lesson=basic-clone');
    expect(labAddress('http://h/?lesson=basic-clone', { id: 'L3', lesson: null })).toBe('http://h/?lab=L3&lesson=basic-clone');
  });

  it('keeps exam=1: an exam lab reopens as the exam', () => {
    expect(labAddress('http://h/?exam=1&speed=instant', { id: 'L4', lesson: null })).toBe('http://h/?lab=L4&speed=instant&exam=1');
    expect(labAddress('http://h/?exam=0', { id: 'L4', lesson: null })).toBe('http://h/?lab=L4');
  });

  it('is null when the address already names the lab', () => {
    expect(labAddress('http://h/?lab=L2&speed=instant', { id: 'L2', lesson: null })).toBeNull();
  });

  it('an id with odd characters survives the round trip through the page address reader', () => {
    const href = labAddress('http://h/?speed=1x', { id: 'a&b=c #d', lesson: null })!;
    const url = new URL(href);
    expect(readPageParams(url.search, url.hash).request).toEqual({ speed: '1x', lab: 'a&b=c #d' });
  });
});

describe('menu and recovery addresses', () => {
  it('openLabHref keeps only the speed and adds the lab\'s lesson', () => {
    expect(openLabHref('?speed=instant&scenario=jfs-lab&lesson=x', { id: 'L1', lesson: null })).toBe('?lab=L1&speed=instant');
    expect(openLabHref('', { id: 'L1', lesson: 'fall-back' })).toBe('?lab=L1&lesson=fall-back');
  });

  it('freshLabHref asks for a new lab of a scenario; savedLabHref for the last used one', () => {
    expect(freshLabHref('?speed=10x&lab=L1', 'reference-lab')).toBe('?speed=10x&scenario=reference-lab');
    expect(savedLabHref('?speed=10x&lab=L1&scenario=x')).toBe('?speed=10x');
    expect(savedLabHref('?lab=L1')).toBe('?');
  });
});

it('a fresh lab is of the core\'s default scenario', () => {
  expect(FRESH_SCENARIO).toBe(DEFAULT_SCENARIO);
});
