// Random walks of what a learner types (seeded, so every run types the same lines): after every line the
// session must not have had to correct the machine from the disks. A command that changes the disks in
// a way the machine did not allow — or that the machine allowed but the disks disagree with — fails here.
import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import type { Session } from '../session/api.ts';

const LINES = [
  'alt_disk_copy -B -d hdisk1',
  'alt_disk_copy -d hdisk1',
  'alt_disk_copy -B -P 1 -d hdisk1',
  'alt_disk_copy -B -P 12 -d hdisk1',
  'alt_disk_copy -B -P 2 -d hdisk1',
  'alt_disk_copy -B -P 3 -d hdisk1',
  'alt_disk_copy -B -d hdisk3',
  'alt_rootvg_op -W -d hdisk1',
  'alt_rootvg_op -W -d hdisk0',
  'alt_rootvg_op -W -d hdisk3',
  'alt_rootvg_op -S',
  'alt_rootvg_op -S -t',
  'alt_rootvg_op -C',
  'alt_rootvg_op -X',
  'alt_rootvg_op -X old_rootvg',
  'alt_rootvg_op -X image_1',
  'alt_rootvg_op -X rootvg',
  'alt_rootvg_op -v image_1 -d hdisk1',
  'alt_rootvg_op -v old_rootvg -d hdisk0',
  'exportvg altinst_rootvg',
  'exportvg image_1',
  'importvg -y clonevg hdisk1',
  'varyonvg altinst_rootvg',
  'synclvodm altinst_rootvg',
  'redefinevg -d hdisk0 rootvg',
  'redefinevg -d hdisk1 rootvg',
  'synclvodm -Pv rootvg',
  'bosboot -ad /dev/hdisk1',
  'bosboot -ad /dev/hdisk0',
  'bootlist -m normal hdisk1',
  'bootlist -m normal hdisk0',
  'shutdown -Fr',
  'shutdown -Fr',
];

/** A small deterministic generator (the walks must be the same on every run). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** SMS: boot the first disk (slot 0) back when a boot hung or stopped in SMS. */
function recover(s: Session): string[] {
  const host = s.world().hosts[s.world().console];
  if (host.power === 'running') return [];
  return ['lab power off', 'lab sms', '5', '1', '7', '1', '2', '1'];
}

const corrections = (s: Session) => s.snapshot().lifecycle.recent.filter((t) => t.command.endsWith('(read from the disks)'));

describe('random walks: the machine allows every change the commands make', () => {
  for (let seed = Number(process.env.WALK_FROM ?? 1); seed <= Number(process.env.WALK_TO ?? 24); seed++) {
    it(`walk ${seed}`, () => {
      const s = createSession(newSessionState('reference-lab')!);
      const next = lcg(seed);
      const typed: string[] = [];
      for (let step = 0; step < 30; step++) {
        const lines = recover(s);
        lines.push(LINES[Math.floor(next() * LINES.length)]);
        for (const line of lines) {
          typed.push(line);
          s.exec(line);
          expect(corrections(s), typed.join(' ; ')).toEqual([]);
        }
      }
    });
  }
});
