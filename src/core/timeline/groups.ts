// Which kind of step a line was, read from what it changed: the lifecycle transition it made, the power
// events of a boot or a hang, and (when nothing else says) the command it ran. The timeline groups its
// entries by these.
import type { SimEvent } from '../session/types.ts';

export type StepGroup = 'clone' | 'wake' | 'sleep' | 'reboot' | 'hang' | 'cleanup' | 'other';

export const STEP_GROUPS: readonly StepGroup[] = ['clone', 'wake', 'sleep', 'reboot', 'hang', 'cleanup', 'other'];

const AWAKE = new Set(['altinstAwake', 'forcedAwake', 'onClone.oldAwake']);
const ASLEEP = new Set(['altinstAsleep', 'onClone.oldAsleep', 'doubledNamesAsleep']);
const WITHOUT_ALTERNATE = new Set(['noAlternate', 'cloneRemoved', 'oldRemoved', 'keptImage']);

function commandGroup(line: string): StepGroup {
  const words = line.trim().split(/\s+/);
  const name = words[0] ?? '';
  if (name === 'alt_disk_copy' || name === 'alt_disk_mksysb' || name === 'alt_disk_install') return words.includes('-X') ? 'cleanup' : 'clone';
  if (name === 'alt_rootvg_op') {
    if (words.some((w) => w.startsWith('-') && w.includes('W'))) return 'wake';
    if (words.some((w) => w.startsWith('-') && w.includes('S'))) return 'sleep';
    if (words.some((w) => w.startsWith('-') && w.includes('X'))) return 'cleanup';
  }
  if (name === 'reboot' || name === 'shutdown') return 'reboot';
  return 'other';
}

/** The group of one step: what it did to the lab first, the command it ran when nothing changed. */
export function groupOf(line: string, events: readonly SimEvent[], before: string, after: string, powerBefore: string | null, exitCode = 0): StepGroup {
  const powers = events.filter((e): e is Extract<SimEvent, { type: 'power' }> => e.type === 'power');
  if (after.startsWith('hung.') && !before.startsWith('hung.')) return 'hang';
  if (powers.some((p) => p.state === 'hung') && powerBefore !== 'hung') return 'hang';
  if (before !== after) {
    if (after.startsWith('cloning') || after === 'partialClone' || (after === 'altinstAsleep' && (before === 'noAlternate' || before.startsWith('cloning') || WITHOUT_ALTERNATE.has(before) || before === 'partialClone'))) return 'clone';
    if (AWAKE.has(after) && !AWAKE.has(before)) return 'wake';
    if (ASLEEP.has(after) && AWAKE.has(before)) return 'sleep';
    if (WITHOUT_ALTERNATE.has(after) && !WITHOUT_ALTERNATE.has(before) && !powers.some((p) => p.state === 'booting')) return 'cleanup';
  }
  if (powers.some((p) => p.state === 'booting' || p.state === 'off')) return 'reboot';
  return exitCode === 0 ? commandGroup(line) : 'other';
}
