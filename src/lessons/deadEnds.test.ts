// The course lessons' dead ends: a wrong path that leaves a lesson unfinishable is said to be one (the
// lesson test already proves no dead end is reported along a solution).
import { describe, expect, it } from 'vitest';
import { checkLesson } from '../core/lessons/checker.ts';
import type { Seen } from '../core/lessons/types.ts';
import { createSession, newSessionState } from '../core/session/session.ts';
import { findLesson } from './index.ts';

function deadEndAfter(id: string, lines: string[]): string | null {
  const lesson = findLesson(id)!;
  const s = createSession(newSessionState(lesson.scenario)!);
  const seen: Seen[] = [];
  let kept: string[] = [];
  let dead: string | null = null;
  for (const line of lines) {
    const r = s.exec(line);
    seen.push({ line, output: r.stdout + r.stderr, exitCode: r.exitCode });
    const c = checkLesson(lesson, s.snapshot(), s.history(), kept, seen);
    kept = c.kept;
    dead = c.deadEnd;
  }
  return dead;
}

describe('dead ends of the course lessons', () => {
  it('wrong-disk: rootvg cloned over the exported datavg disk', () => {
    const export_ = ['alt_disk_copy -d hdisk2', 'umount /data', 'varyoffvg datavg', 'exportvg datavg'];
    expect(deadEndAfter('wrong-disk', export_)).toBeNull(); // importvg can still bring it back
    expect(deadEndAfter('wrong-disk', [...export_, 'alt_disk_copy -d hdisk2'])).toMatch(/data is gone/);
  });

  it('efix-blocks: the fix removed before the failing update was seen', () => {
    expect(deadEndAfter('efix-blocks', ['emgr -r -L IJ41974s3a'])).toMatch(/can no longer happen/);
    expect(deadEndAfter('efix-blocks', ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'emgr -r -L IJ41974s3a'])).toBeNull();
  });

  it('hands-off: the clone imported into the running ODM', () => {
    expect(deadEndAfter('hands-off', ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -X altinst_rootvg', 'importvg -y altvg hdisk1'])).toMatch(/imported into the running ODM/);
  });

  it('other-lpar: a clone without -O hangs aixprod02 at LED 0554', () => {
    const lines = ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -X altinst_rootvg', 'rmdev -dl hdisk1', 'lab console aixprod02', 'shutdown -F', 'lab disk move d1 aixprod02'];
    expect(deadEndAfter('other-lpar', lines)).toBeNull();
    expect(deadEndAfter('other-lpar', [...lines, 'lab sms aixprod02', '5', '1', '7', '3', '2', '1'])).toMatch(/aixprod02 is hung at LED 0554/);
  });

  it('double-wake: rebooting onto the awake clone (no -B) hangs at LED 0552', () => {
    expect(deadEndAfter('double-wake', ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr'])).toMatch(/LED 0552/);
  });

  it('phased-clone: a reboot between phases', () => {
    expect(deadEndAfter('phased-clone', ['alt_disk_copy -P 1 -d hdisk1', 'shutdown -Fr'])).toMatch(/cut between phases/);
  });
});
