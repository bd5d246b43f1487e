// Seeded random source kept in the world, so replays give the same PVIDs, VGIDs and timings.
import type { World } from './types.ts';

/** mulberry32: small, fast, good enough for simulated identifiers. Advances world.rng. */
export function nextRandom(world: World): number {
  let t = (world.rng.state = (world.rng.state + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

export function randomHex(world: World, digits: number): string {
  let s = '';
  while (s.length < digits) s += Math.floor(nextRandom(world) * 0x10000).toString(16).padStart(4, '0');
  return s.slice(0, digits);
}

export function randomInt(world: World, min: number, max: number): number {
  return min + Math.floor(nextRandom(world) * (max - min + 1));
}

/** A new PVID: the machine's serial prefix and 8 random hex digits (16 in all). */
export function newPvid(world: World): string {
  return `00f6db0a${randomHex(world, 8)}`;
}

/** A new VGID: 32 hex digits, as lsvg shows them. */
export function newVgid(world: World): string {
  return `00f6db0a00004c00${randomHex(world, 16)}`;
}
