import { describe, expect, it } from 'vitest';
import { previewOnByDefault } from './previewStore.ts';

describe('preview on/off', () => {
  it('the stored choice wins; without one it is off in an exam and on elsewhere', () => {
    expect(previewOnByDefault(null, false)).toBe(true);
    expect(previewOnByDefault(null, true)).toBe(false);
    expect(previewOnByDefault('on', true)).toBe(true);
    expect(previewOnByDefault('off', false)).toBe(false);
    expect(previewOnByDefault('garbage', false)).toBe(true);
  });
});
