// The machine is the only source of lifecycle refusals: no command or engine file prints one of their
// messages itself, every refusal is named by a rule of the machine, and what a command prints for a
// refused operation is exactly the machine's refusal in the catalog's words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import { lifecycleMachine, type Refuses } from './lifecycle.machine.ts';
import { refusalText, type Refusal } from './refusals.ts';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

/** Catalog entries that say a lifecycle rule refused (refusals.ts turns the machine's rule names into them). */
const LIFECYCLE_MESSAGES = ['altExists', 'phaseOrder', 'alreadyAwake', 'nameInUse', 'higherLevel', 'noAwakeVg', 'customizeNeedsAwake', 'partialCloneSleep'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function refusalsNamedByMachine(): Set<Refusal> {
  const out = new Set<Refusal>();
  const walk = (node: { meta?: { refuses?: Refuses }; states: Record<string, unknown> }) => {
    for (const rules of Object.values(node.meta?.refuses ?? {})) for (const r of rules ?? []) out.add(typeof r === 'string' ? r : r.refusal);
    for (const child of Object.values(node.states)) walk(child as typeof node);
  };
  walk(lifecycleMachine.root as unknown as Parameters<typeof walk>[0]);
  return out;
}

describe('one rule book', () => {
  it('no file outside the lifecycle and the catalog prints a lifecycle refusal message', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const rel = relative(SRC, file);
      if (rel.startsWith('core/lifecycle/') || rel.startsWith('core/messages/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of LIFECYCLE_MESSAGES) if (new RegExp(`Messages\\.${m}\\b`).test(text)) offenders.push(`${rel}: ${m}`);
      // 0516-010 for -S of a varied-off altinst_rootvg is the machine's notVariedOn, not the engine's.
      if (rel.startsWith('core/engine/altdisk/') && /vgNotVariedOn/.test(text)) offenders.push(`${rel}: vgNotVariedOn`);
    }
    expect(offenders).toEqual([]);
  });

  it('every refusal the machine names has words, and the machine names every lifecycle refusal but its fallback', () => {
    const named = refusalsNamedByMachine();
    for (const r of named) expect(refusalText(r, { prog: 'alt_rootvg_op', disk: 'hdisk1', name: 'image_1' }).length, r).toBeGreaterThan(1);
    expect([...named].sort()).toEqual(
      (['altExists', 'phaseOrder', 'alreadyAwake', 'nameInUse', 'newerRelease', 'nothingAwake', 'notVariedOn', 'partialClone', 'customizeNeedsAwake', 'bosbootAlternate', 'rootvgUndefined', 'renameNotSimulated', 'notAlternate', 'secondAlternate'] as Refusal[]).sort(),
    );
  });

  it('what a refused command prints is the machine’s refusal, word for word', () => {
    const s = createSession(newSessionState('reference-lab')!);
    const said = (line: string) => s.exec(line).stderr;
    expect(said('alt_rootvg_op -S')).toBe(refusalText('nothingAwake', { prog: 'alt_rootvg_op' }));
    expect(said('alt_disk_copy -P 2 -d hdisk1')).toBe(refusalText('phaseOrder', { prog: 'alt_disk_copy', phases: '2' }));
    s.exec('alt_disk_copy -B -d hdisk1');
    expect(said('alt_disk_copy -d hdisk3')).toBe(refusalText('altExists', { prog: 'alt_disk_copy' }));
    expect(said('alt_rootvg_op -S')).toBe(refusalText('notVariedOn', { prog: 'alt_rootvg_op' }));
    expect(said('alt_rootvg_op -C')).toBe(refusalText('customizeNeedsAwake', { prog: 'alt_rootvg_op' }));
    expect(said('bosboot -ad /dev/hdisk1')).toBe(refusalText('bosbootAlternate', { prog: 'bosboot', disk: '/dev/hdisk1', name: '/dev/hd5' }));
    s.exec('alt_rootvg_op -W -d hdisk1');
    expect(said('alt_rootvg_op -W -d hdisk1')).toBe(refusalText('alreadyAwake', { prog: 'alt_rootvg_op' }));
    expect(said('alt_rootvg_op -v image_1 -d hdisk1')).toBe(refusalText('renameNotSimulated', { prog: 'alt_rootvg_op' }));
  });
});
