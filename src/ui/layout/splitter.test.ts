import { describe, expect, it } from 'vitest';
import { BIG_STEP, clampFraction, fractionAfterKey, fractionAt, readFraction, STEP } from './splitter.ts';
import { initialTheme, isTheme } from './theme.ts';

const limits = { min: 0.25, max: 0.75 };

describe('splitter arithmetic', () => {
  it('moves by arrows in its own axis, further with Shift, to the ends with Home/End', () => {
    expect(fractionAfterKey('ArrowRight', false, 0.5, 'vertical', limits)).toBeCloseTo(0.5 + STEP);
    expect(fractionAfterKey('ArrowLeft', true, 0.5, 'vertical', limits)).toBeCloseTo(0.5 - BIG_STEP);
    expect(fractionAfterKey('ArrowDown', false, 0.5, 'horizontal', limits)).toBeCloseTo(0.5 + STEP);
    expect(fractionAfterKey('ArrowDown', false, 0.5, 'vertical', limits)).toBeNull();
    expect(fractionAfterKey('Home', false, 0.5, 'vertical', limits)).toBe(0.25);
    expect(fractionAfterKey('End', false, 0.5, 'horizontal', limits)).toBe(0.75);
    expect(fractionAfterKey('ArrowRight', true, 0.74, 'vertical', limits)).toBe(0.75);
  });
  it('clamps pointer positions and stored values', () => {
    expect(fractionAt(600, 100, 1000, limits)).toBe(0.5);
    expect(fractionAt(0, 100, 1000, limits)).toBe(0.25);
    expect(clampFraction(Number.NaN, limits)).toBe(0.25);
    expect(readFraction('0.4', 0.5, limits)).toBe(0.4);
    expect(readFraction('9', 0.5, limits)).toBe(0.5);
    expect(readFraction(null, 0.5, limits)).toBe(0.5);
  });
});

describe('theme choice', () => {
  it('follows the stored choice, else the system preference', () => {
    expect(initialTheme('light', true)).toBe('light');
    expect(initialTheme(null, true)).toBe('dark');
    expect(initialTheme('purple', false)).toBe('light');
    expect(isTheme('dark')).toBe(true);
  });
});
