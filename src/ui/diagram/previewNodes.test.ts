// The preview's node ids (core/preview/nodeIds.ts) are the diagram's: every change and warning of a preview
// names a node the diagram draws — after the line for `node`, now for `was` — so the page can ghost them.
import { describe, expect, it } from 'vitest';
import { previewLine } from '../../core/preview/preview.ts';
import { PROMPT } from '../../core/session/session.ts';
import { labAfter } from '../../core/testing/lab.ts';
import { project as projectSession } from '../../core/session/project.ts';
import type { SessionState } from '../../core/session/api.ts';
import { project } from './project.ts';

/** A node id the diagram draws, or an LV of a VG it draws folded (its LVs appear when expanded). */
function drawn(ids: Set<string>, id: string): boolean {
  return ids.has(id) || (/\/lv:\d+$/.test(id) && ids.has(id.replace(/\/lv:\d+$/, '')));
}

function stateAfter(lines: string[]): SessionState {
  return labAfter(lines).state();
}

const CASES: [string[], string][] = [
  [[], 'alt_disk_copy -d hdisk1'],
  [['alt_disk_copy -d hdisk1'], 'alt_rootvg_op -W -d hdisk1'],
  [['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1'], 'alt_rootvg_op -S'],
  [['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1'], 'shutdown -Fr'],
  [['alt_disk_copy -d hdisk1'], 'alt_rootvg_op -X altinst_rootvg'],
  [[], 'mkvg -y testvg hdisk3'],
  [['umount /data'], 'varyoffvg datavg'],
  [[], 'umount /data'],
  [[], 'extendvg rootvg hdisk3'],
];

describe('preview node ids are the diagram node ids', () => {
  it.each(CASES)('after %j: %s', (setup, line) => {
    const state = stateAfter(setup);
    const p = previewLine(state, line);
    if (p.kind !== 'preview') throw new Error(p.text);
    expect(p.changes.length).toBeGreaterThan(0);
    const now = new Set(project(projectSession(state, PROMPT, 'shell')).nodes.map((n) => n.id));
    const after = new Set(project(p.after).nodes.map((n) => n.id));
    for (const c of p.changes) {
      if (c.node) expect(drawn(after, c.node), `${c.kind} node ${c.node}`).toBe(true);
      if (c.was) expect(drawn(now, c.was), `${c.kind} was ${c.was}`).toBe(true);
    }
    for (const w of p.warnings) if (w.node) expect(drawn(after, w.node), `${w.kind} ${w.node}`).toBe(true);
  });
});
