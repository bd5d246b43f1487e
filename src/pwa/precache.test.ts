import { describe, expect, it } from 'vitest';
import { buildVersion, precacheList } from './precache.ts';

describe('precacheList', () => {
  it('keeps the page as / and every built file, never the service worker, maps or index.html twice', () => {
    expect(precacheList(['index.html', 'sw.js', 'assets/index-abc.js', 'assets/index-abc.js.map', 'icon.svg', 'assets/a.css'])).toEqual([
      '/',
      '/assets/a.css',
      '/assets/index-abc.js',
      '/icon.svg',
    ]);
  });

  it('drops duplicates and hidden files', () => {
    expect(precacheList(['robots.txt', 'robots.txt', '.DS_Store'])).toEqual(['/', '/robots.txt']);
  });
});

describe('buildVersion', () => {
  it('is stable for the same files and changes when a hashed name does', () => {
    const a = buildVersion(['/', '/assets/index-abc.js']);
    expect(buildVersion(['/', '/assets/index-abc.js'])).toBe(a);
    expect(buildVersion(['/', '/assets/index-abd.js'])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
  });
});
