import { describe, expect, it } from 'vitest';
import { altMessages } from '../../core/messages/altdisk.ts';
import { createSession, newSessionState } from '../../core/session/session.ts';
import { clockText, durationWords, fractionDone, isLong, phaseOf, startRun, targetDisks, withChunk, withEvent } from './runProgress.ts';
import type { RunProgress } from './runProgress.ts';
import { atBottom } from './useStickToBottom.ts';

/** Feeds a real command's stream, in time order, as the host plays it. */
function playAll(line: string): RunProgress[] {
  const session = createSession(newSessionState()!);
  const result = session.exec(line);
  const items = [
    ...result.chunks.map((chunk) => ({ atMs: chunk.atMs, apply: (r: RunProgress) => withChunk(r, chunk) })),
    ...result.events.map((event) => ({ atMs: 'atMs' in event ? event.atMs : result.durationMs, apply: (r: RunProgress) => withEvent(r, event) })),
  ].sort((a, b) => a.atMs - b.atMs);
  const seen: RunProgress[] = [];
  let run = startRun(line, 'aixlab01');
  for (const item of items) {
    run = item.apply(run);
    seen.push(run);
  }
  return seen;
}

describe('phaseOf', () => {
  it('names the phase of every transcript line of a clone (the catalog texts)', () => {
    expect(phaseOf(altMessages.callingMkszfile)).toBe('Writing /image.data');
    expect(phaseOf(altMessages.creatingLv('alt_hd4'))).toBe('Creating altinst_rootvg');
    expect(phaseOf(altMessages.creatingFs('/alt_inst/usr'))).toBe('Creating altinst_rootvg');
    expect(phaseOf(altMessages.backingUp.split('\n')[0]!)).toBe('Copying rootvg files');
    expect(phaseOf(altMessages.modifyingOdm)).toBe("Modifying the clone's ODM");
    expect(phaseOf(altMessages.buildingBootImage)).toBe('Building the boot image');
    expect(phaseOf(altMessages.forcedUnmount('/alt_inst/var'))).toBe('Unmounting /alt_inst');
    expect(phaseOf(altMessages.bootlistSet('hdisk1'))).toBe('Setting the bootlist');
    expect(phaseOf(altMessages.restoringMksysb)).toBe('Restoring the mksysb image');
  });

  it('names no phase for other lines', () => {
    expect(phaseOf('hdisk0          00f6db0a6c7aece5                    rootvg          active')).toBeNull();
    expect(phaseOf('')).toBeNull();
  });
});

describe('a clone played through the progress model', () => {
  const seen = playAll('alt_disk_copy -d hdisk1');
  const last = seen[seen.length - 1]!;

  it('knows the duration at offset 0 (right after the first line), and the command is long', () => {
    const known = seen.findIndex((r) => r.durationMs > 0);
    expect(known).toBeGreaterThanOrEqual(0);
    expect(known).toBeLessThanOrEqual(1);
    expect(seen[known]!.atMs).toBe(0);
    expect(isLong(seen[known]!)).toBe(true);
    expect(last.targets).toEqual(['hdisk1']);
  });

  it('never goes back, and stays under 100 % until done', () => {
    for (let i = 1; i < seen.length; i++) expect(fractionDone(seen[i]!)).toBeGreaterThanOrEqual(fractionDone(seen[i - 1]!));
    expect(fractionDone(last)).toBeLessThan(1);
    expect(fractionDone(last)).toBeGreaterThan(0.95);
  });

  it('walks the phases in order, the copy with its file system and figure', () => {
    const phases = seen.map((r) => r.phase).filter((p, i, all) => p !== null && p !== all[i - 1]);
    expect(phases).toEqual([
      'Writing /image.data',
      'Checking disk sizes',
      'Creating altinst_rootvg',
      'Listing the files to copy',
      'Copying rootvg files',
      "Modifying the clone's ODM",
      'Building the boot image',
      'Renaming the logical volumes',
      'Unmounting /alt_inst',
      'Fixing file system superblocks',
      'Setting the bootlist',
    ]);
    expect(seen.some((r) => r.detail === '/usr 83 %')).toBe(true);
  });

  it('is not at 100 % while phases remain: the copy ends well before the command', () => {
    const copyDone = seen.find((r) => r.detail?.endsWith('100 %'))!;
    expect(fractionDone(copyDone)).toBeLessThan(0.9);
  });
});

describe('a short or instant command', () => {
  it('sends no duration: no progress strip', () => {
    const seen = playAll('lspv');
    expect(seen.every((r) => r.durationMs === 0 && !isLong(r) && fractionDone(r) === 0)).toBe(true);
  });
});

describe('targetDisks', () => {
  it('reads -d in its forms', () => {
    expect(targetDisks('alt_disk_copy -d hdisk1')).toEqual(['hdisk1']);
    expect(targetDisks('alt_disk_copy -B -d "hdisk1 hdisk3"')).toEqual(['hdisk1', 'hdisk3']);
    expect(targetDisks("alt_disk_mksysb -m /mksysb/x -d 'hdisk1'")).toEqual(['hdisk1']);
    expect(targetDisks('alt_disk_copy -dhdisk3')).toEqual(['hdisk3']);
    expect(targetDisks('alt_rootvg_op -W -d hdisk1 -d hdisk1')).toEqual(['hdisk1']);
  });

  it('names nothing without -d, or for what is not a disk', () => {
    expect(targetDisks('alt_rootvg_op -X')).toEqual([]);
    expect(targetDisks('alt_disk_copy -d')).toEqual([]);
    expect(targetDisks('echo -d /tmp')).toEqual([]);
  });
});

describe('words', () => {
  it('says durations and clocks plainly', () => {
    expect(durationWords(704_420)).toBe('about 12 simulated minutes');
    expect(durationWords(61_000)).toBe('about 61 simulated seconds');
    expect(durationWords(1_000)).toBe('about 1 simulated second');
    expect(clockText(134_900)).toBe('2:14');
    expect(clockText(0)).toBe('0:00');
  });
});

describe('atBottom', () => {
  it('is true within the threshold of the end only', () => {
    expect(atBottom(1000, 600, 380)).toBe(true);
    expect(atBottom(1000, 500, 380)).toBe(false);
  });
});

describe('a reboot played through the progress model', () => {
  it('names the shutdown, the firmware, each LED code with its meaning, and the end', () => {
    const seen = playAll('shutdown -Fr');
    expect(isLong(seen[seen.length - 1]!)).toBe(true);
    const phases = seen.map((r) => r.phase).filter((p, i, all) => p !== null && p !== all[i - 1]);
    expect(phases[0]).toBe('Shutting down');
    expect(phases).toContain('Firmware: walking the bootlist');
    expect(phases).toContain('LED 0551: IPL varyon of rootvg');
    expect(phases[phases.length - 1]).toBe('AIX is up');
  });

  it('ignores another host’s LEDs', () => {
    const run = withEvent(startRun('lab power on aixprod02', 'aixlab01'), { type: 'led', host: 'aixprod02', code: '0551', atMs: 5 });
    expect(run.phase).toBeNull();
    expect(run.atMs).toBe(5);
  });
});
