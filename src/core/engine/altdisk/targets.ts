// The checks alt_disk_copy and alt_disk_mksysb share before anything changes: the target disks, the
// image.data COPIES, R1 (no VG on a target), one alternate at a time, the copies/disks and size rules.
import { altMessages } from '../../messages/index.ts';
import { diskByName, odmOf, odmVgOfPvid } from '../../model/select.ts';
import type { Disk, LvImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import type { ClonePhases, LifecycleEvent } from '../../lifecycle/lifecycle.machine.ts';
import { refusalText } from '../../lifecycle/refusals.ts';
import { normalizePath, readFile } from '../fs.ts';
import { totalPps } from '../lvm.ts';
import type { Phase } from './clone.ts';
import { err, ok, type Result } from '../../result.ts';

export type Target = { name: string; disk: Disk };

/**
 * The CLONE event of a run of `phases`: phases 2 and 3 continue the clone on their target (they only run
 * after checkContinuation found it there), phase 1 starts a fresh one.
 */
export function cloneEvent(phases: Phase[], targetHoldsClone = phases[0] !== 1): Extract<LifecycleEvent, { type: 'CLONE' }> {
  return { type: 'CLONE', phases: phaseKey(phases), targetHoldsClone };
}

/** Asks the lifecycle rule book about a clone; prints the refusal its rule names. */
function cloneAllowed(ctx: CommandContext, prog: string, event: LifecycleEvent, phases: Phase[]): boolean {
  const answer = ctx.lifecycle.ask(event);
  if (!answer.ok) ctx.err(refusalText(answer.error, { prog, phases: phases.join('') }));
  return answer.ok;
}

export function phaseKey(phases: Phase[]): ClonePhases {
  const key = phases.join('');
  return key === '123' ? 'all' : (key as ClonePhases);
}

export function resolveTargets(ctx: CommandContext, prog: string, names: string[]): Target[] | null {
  const out: Target[] = [];
  for (const name of names) {
    const found = diskByName(ctx.world, ctx.host, name);
    if (!found) {
      ctx.err(altMessages.noSuchDisk(prog, name) + '\n');
      return null;
    }
    out.push({ name: found.odm.name, disk: found.disk });
  }
  return out;
}

/** Reads a file the command was given; prints the command's error when it is missing. */
export function readGiven(ctx: CommandContext, prog: string, what: string, path: string): string | null {
  const r = readFile(ctx.world, ctx.host, normalizePath(ctx.host.run!.cwd, path));
  if (!r.ok) ctx.err(altMessages.fileMissing(prog, what, path) + '\n');
  return r.ok ? r.value : null;
}

/** COPIES= asked for by an image.data file (the largest), or null when it names none. */
export function imageDataCopies(text: string): number | null {
  const values = [...text.matchAll(/COPIES\s*=\s*(\d+)/g)].map((m) => Number(m[1]));
  return values.length ? Math.max(...values) : null;
}

/** Phase 1 on fresh targets: R1, one alternate at a time (the lifecycle decides), size (R3). */
export function checkNewTargets(
  ctx: CommandContext,
  prog: string,
  targets: Target[],
  source: { lvs: LvImage[]; ppSizeMB: number },
  copies: number | null,
  skipSizeCheck: boolean,
  phases: Phase[],
): boolean {
  const odm = odmOf(ctx.world, ctx.host);
  for (const t of targets) {
    if (odmVgOfPvid(odm, t.disk.pvid)) {
      ctx.err(altMessages.targetHasVg(prog, t.name) + '\n');
      return false;
    }
  }
  // One alternate at a time: the rule book decides.
  if (!cloneAllowed(ctx, prog, cloneEvent(phases, false), phases)) return false;
  // Too few disks for the copies is not refused here: the clone starts and mklv fails at alt_hd5 (§12).
  const neededPps = source.lvs.reduce((n, l) => n + l.lps * (copies ?? l.copies.length), 0);
  const havePps = targets.reduce((n, t) => n + totalPps(t.disk.sizeMB, source.ppSizeMB), 0);
  if (!skipSizeCheck && neededPps > havePps) {
    ctx.err(altMessages.tooSmall(prog, neededPps * source.ppSizeMB, havePps * source.ppSizeMB) + '\n');
    return false;
  }
  return true;
}

/** -P 2 / -P 3 / -P 23 continue an alternate left awake by an earlier -P 1 or -P 12 on that disk. */
export function checkContinuation(ctx: CommandContext, prog: string, targets: Target[], phases: Phase[]): boolean {
  const { world, host } = ctx;
  const vgid = targets[0].disk.vgid;
  const vg = vgid ? world.vgs[vgid] : undefined;
  const entry = odmOf(world, host).vgs.find((v) => v.vgid === vgid);
  const ready = !!vg && entry?.name === 'altinst_rootvg' && vg.altPhase !== undefined && vg.altPhase >= 1 && host.run!.variedOn.includes(vg.vgid);
  return cloneAllowed(ctx, prog, cloneEvent(phases, ready), phases);
}

const PHASE_OPTIONS: Record<string, Phase[]> = { '1': [1], '2': [2], '3': [3], '12': [1, 2], '23': [2, 3], all: [1, 2, 3] };

/**
 * Flag rules alt_disk_copy and alt_disk_mksysb share (R6, R7, R8): -r with -B, and the -P value. R7 (-c
 * only with -O) is alt_disk_copy's alone: IBM Cloud's documented mksysb restore runs
 * `alt_disk_mksysb -m IMAGE -d DISK -c /dev/vty0` without -O (REFERENCE §12), so the caller says
 * whether it applies. The phases to run, or the refusal to print.
 */
export function sharedFlagRules(
  prog: string,
  has: (f: string) => boolean,
  phase: string | undefined,
  consoleNeedsDeviceReset: boolean,
): Result<Phase[], string> {
  if (has('r') && has('B')) return err(altMessages.conflictRB(prog));
  if (consoleNeedsDeviceReset && has('c') && !has('O')) return err(altMessages.consoleNeedsO(prog));
  const p = phase ?? 'all';
  const phases = Object.prototype.hasOwnProperty.call(PHASE_OPTIONS, p) ? PHASE_OPTIONS[p] : null;
  return phases ? ok(phases) : err(altMessages.badPhase(prog, p));
}
