// What the service worker keeps for offline use: the built app shell (the page, its scripts, styles,
// the simulator worker, the lazy chunks) and the public icons and manifest. Never lab data or links: labs
// live in IndexedDB and a share link's #s= fragment never reaches the network, so neither can be cached.
// Pure, so the build plugin (vite.config.ts) and a unit test share it.

/** Files of a build the shell needs, as absolute paths, sorted: `/` first (the page itself). */
export function precacheList(buildFiles: readonly string[]): string[] {
  const files = buildFiles
    .map((f) => f.replace(/^\/+/, ''))
    .filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map') && f !== 'index.html' && !f.startsWith('.'));
  return ['/', ...[...new Set(files)].sort().map((f) => `/${f}`)];
}

/** A short version of a build: a hash of its file list (hashed names change whenever content does). */
export function buildVersion(files: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of files.join('\n')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const SERVICE_WORKER_FILE = 'sw.js';
/** Replaced in the built sw.js by the list and the version (see vite.config.ts). */
export const PRECACHE_PLACEHOLDER = '__ALTDISK_PRECACHE__';
