// What a command prints when the lifecycle machine refuses it. The machine names the rule
// (meta.refuses in lifecycle.machine.ts); this is the one place that turns those names into the
// catalog's words, so no command re-codes a lifecycle rule with a message of its own (a test checks).
import { altMessages, lvmMessages, trainerMessages } from '../messages/index.ts';
import { bosbootMessages } from '../messages/boot.ts';

export type Refusal =
  /** One alternate at a time: altinst_rootvg already exists (alt_disk_copy, alt_disk_mksysb). */
  | 'altExists'
  /** -P 2 / -P 3 without phase 1 on that disk. */
  | 'phaseOrder'
  /** -W of the VG that is already awake. */
  | 'alreadyAwake'
  /** Another VG holds the name (altinst_rootvg on -W, any name on -v). */
  | 'nameInUse'
  /** R12: the alternate's version/release is higher than the running system's; FORCE=yes overrides. */
  | 'newerRelease'
  /** -S with no altinst_rootvg defined. */
  | 'nothingAwake'
  /** -S of an altinst_rootvg that is defined but varied off (asleep, or O4). */
  | 'notVariedOn'
  /** -S of a clone cut in phase 1: there is no complete alternate to put to sleep. */
  | 'partialClone'
  /** -C needs the alternate awake. */
  | 'customizeNeedsAwake'
  /** O7: bosboot against a disk holding an alternate rootvg. */
  | 'bosbootAlternate'
  /** O8: rootvg is not defined; LVM-based operations stop. */
  | 'rootvgUndefined'
  /** -v of an alternate that is awake, cut or damaged: the trainer models renaming an asleep one only. */
  | 'renameNotSimulated'
  /** -W of another rootvg image while old_rootvg is defined: the trainer keeps one alternate at a time. */
  | 'secondAlternate'
  /** -X of a VG the rule book holds no alternate for here. */
  | 'notAlternate'
  /** The rule book names no rule for this event in this state (a state nothing runs in). */
  | 'noRule';

/** The particulars a refusal's words need: the program, and what it was pointed at. */
export interface RefusalFacts {
  prog: string;
  /** -P value (phaseOrder). */
  phases?: string;
  /** The disk named (newerRelease) or /dev path (bosbootAlternate). */
  disk?: string;
  /** The name asked for (nameInUse on -v), or the boot LV's /dev path (bosbootAlternate). */
  name?: string;
  vgLevel?: string;
  runLevel?: string;
}

/** The refusal as printed on stderr, newline included. */
export function refusalText(refusal: Refusal, f: RefusalFacts): string {
  // bosboot's two messages carry their own blank lines, as bosboot prints them.
  if (refusal === 'bosbootAlternate') return bosbootMessages.blvNotOnDevice(f.name ?? '/dev/hd5', f.disk ?? '') + bosbootMessages.doNotBoot;
  return words(refusal, f) + '\n';
}

function words(refusal: Exclude<Refusal, 'bosbootAlternate'>, f: RefusalFacts): string {
  switch (refusal) {
    case 'altExists':
      return altMessages.altExists(f.prog);
    case 'phaseOrder':
      return altMessages.phaseOrder(f.prog, f.phases ?? '');
    case 'alreadyAwake':
      return altMessages.alreadyAwake(f.prog);
    case 'nameInUse':
      return altMessages.nameInUse(f.prog, f.name ?? 'altinst_rootvg');
    case 'newerRelease':
      return altMessages.higherLevel(f.prog, f.disk ?? '', f.vgLevel ?? '', f.runLevel ?? '');
    case 'nothingAwake':
      return altMessages.noAwakeVg(f.prog);
    case 'notVariedOn':
      return lvmMessages.vgNotVariedOn;
    case 'partialClone':
      return altMessages.partialCloneSleep(f.prog);
    case 'customizeNeedsAwake':
      return altMessages.customizeNeedsAwake(f.prog);
    case 'rootvgUndefined':
      return lvmMessages.vgNotFound('rootvg');
    case 'renameNotSimulated':
      return trainerMessages.notSimulated(f.prog, 'Renaming an alternate rootvg that is not asleep');
    case 'secondAlternate':
      return trainerMessages.notSimulated(f.prog, 'Waking a second alternate rootvg while old_rootvg is defined');
    case 'notAlternate':
      return altMessages.noAltVg(f.prog, f.name ?? 'altinst_rootvg');
    case 'noRule':
      return `trainer: ${f.prog} is not possible in this state of the lifecycle.`;
  }
}

/**
 * The rule book allowed an operation the disks cannot carry out (they and the machine are out of
 * step, which the model-based tests forbid): said plainly, nothing changed, exit 1.
 */
export function outOfStep(ctx: { err(text: string): void; lifecycle: { state(): string } }, prog: string, what: string): 1 {
  ctx.err(`trainer: ${prog}: the lifecycle (${ctx.lifecycle.state()}) and the disks disagree: ${what}.\n`);
  return 1;
}
