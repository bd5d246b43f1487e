// The one rule book of the rootvg / altinst_rootvg / old_rootvg lifecycle of the console host: which
// alternate-disk operation is allowed in which state, what a reboot does in each, and — for every
// operation refused — which named rule refused it (`meta.refuses`, read by ask() in index.ts).
// Commands ask before acting and tell it what they did; outcomes O1–O10 are states of their own, and
// each state says what it means in its `description` (the Lifecycle view and README show it).
import { and, not, or, setup, stateIn } from 'xstate';
import type { Refusal } from './refusals.ts';

export type ClonePhases = '1' | '2' | '3' | '12' | '23' | 'all';
/** How the alternate's AIX level compares with the running system's (REFERENCE §12 on R12). */
export type LevelRelation = 'notNewer' | 'newerTlSp' | 'newerRelease';
/** The name the running ODM gives the target VG: the alternate names, or anything else (image_1, none). */
export type TargetName = 'altinst_rootvg' | 'old_rootvg' | 'other';
export type Leftover = 'image' | 'clone' | 'old' | 'none';

export type LifecycleEvent =
  /** alt_disk_copy / alt_disk_mksysb phases; `targetHoldsClone`: the disk carries the clone -P 2/3 continue. */
  | { type: 'CLONE'; phases: ClonePhases; targetHoldsClone?: boolean }
  /**
   * alt_rootvg_op -W; `booted`: the VG has run as a rootvg; `force`: FORCE=yes; `prefixed`: its LVs
   * already carry alt_ names (never put back to sleep), so the wake doubles them (O5); `fromOld`: it is
   * the rootvg the running system was cloned from (old_rootvg, or altinst_rootvg once a wake renamed it
   * and a sleep kept that name: REFERENCE §4.3).
   */
  | { type: 'WAKE'; level: LevelRelation; force: boolean; booted: boolean; target: TargetName; prefixed?: boolean; fromOld?: boolean }
  /** alt_rootvg_op -S. */
  | { type: 'SLEEP' }
  /**
   * alt_rootvg_op -X or exportvg: the definition of the alternate, of another rootvg image, or of rootvg.
   * `leaves`: what the other disks hold once it is gone (a kept image defined under another name, an
   * undefined bootable clone, the undefined old rootvg the system was cloned from, or none of these).
   */
  | { type: 'REMOVE'; target: 'alternate' | 'other' | 'rootvg'; leaves: Leftover }
  /** alt_rootvg_op -v; `nameTaken`: another VG already has the new name. */
  | { type: 'RENAME'; to: TargetName; nameTaken: boolean }
  /** alt_rootvg_op -C: customization needs the alternate awake. */
  | { type: 'CUSTOMIZE' }
  /** bosboot -a against a disk that holds an alternate rootvg (O7). */
  | { type: 'BOSBOOT_ALTERNATE' }
  /** A boot reached the prompt or hung: `into` is the disk firmware chose, relative to the last running one. */
  | { type: 'REBOOT'; into: 'current' | 'alternate' }
  /**
   * importvg / synclvodm of an alternate rootvg. `collided`: its LV names collided with rootvg's and were
   * renamed on the disk (O6); otherwise (alt_ names left by -X of an awake clone) it is kept under the new name.
   */
  | { type: 'IMPORT_ALT'; collided: boolean }
  /** varyonvg of an asleep alternate rootvg: active, but none of its LVs defined (REFERENCE §6.1). */
  | { type: 'VARYON_ALT' }
  /** redefinevg put rootvg's VG definition back (O8, first step). */
  | { type: 'REDEFINE_ROOTVG' }
  /** synclvodm of rootvg brought its logical volume definitions back (O8, second step). */
  | { type: 'REPAIR_ROOTVG' }
  /** Power off, a cut, a stop in SMS. */
  | { type: 'DOWN' };

type E = { event: LifecycleEvent };
const wakes = (e: LifecycleEvent): e is Extract<LifecycleEvent, { type: 'WAKE' }> => e.type === 'WAKE';
const isClone = (e: LifecycleEvent): e is Extract<LifecycleEvent, { type: 'CLONE' }> => e.type === 'CLONE';
const phasesAre =
  (...wanted: ClonePhases[]) =>
  ({ event }: E) =>
    isClone(event) && wanted.includes(event.phases);
const into = (where: 'current' | 'alternate') => ({ event }: E) => event.type === 'REBOOT' && event.into === where;
const removes = (target: 'alternate' | 'other' | 'rootvg') => ({ event }: E) => event.type === 'REMOVE' && event.target === target;

/** A fresh clone can start here: no alternate named altinst_rootvg is defined (one alternate at a time). */
const CLONE_FROM_FREE = [
  { guard: 'cloneAll', target: '#lifecycle.altinstAsleep' },
  { guard: 'clonePhase1', target: '#lifecycle.cloning.phase1' },
  { guard: 'clonePhase12', target: '#lifecycle.cloning.phase2' },
] as const;

/** Waking an asleep alternate: FORCE=yes for a newer version/release (O9), otherwise the level allows it. */
const wakeTo = <T extends string>(awake: T) =>
  [
    { guard: and(['doublesNames', 'levelAllowsWake']), target: '#lifecycle.doubledNames' },
    { guard: 'forcedWake', target: '#lifecycle.forcedAwake' },
    { guard: 'levelAllowsWake', target: awake },
  ] as const;
/** As wakeTo, but only the VG that holds the altinst_rootvg name may be woken (the name is unique). */
const wakeAltinstTo = <T extends string>(awake: T) =>
  [
    { guard: and(['targetIsAltinst', 'forcedWake']), target: '#lifecycle.forcedAwake' },
    { guard: and(['targetIsAltinst', 'levelAllowsWake']), target: awake },
  ] as const;

/** -v of an asleep alternate: a new name keeps it as an image; altinst_rootvg ⇄ old_rootvg changes nothing here. */
const renameAsleep = <T extends string>(kept: T) =>
  [
    { guard: 'keepsImage', target: kept },
    { guard: 'renamesFreely', actions: 'renamed' },
  ] as const;

/**
 * -X (or exportvg) of the alternate: where it ends depends on what the disks hold afterwards — a kept
 * image still defined, an undefined bootable clone (the removed one when it was asleep and complete),
 * the undefined old rootvg the system was cloned from, or nothing bootable (it was awake, cut, damaged).
 */
const REMOVE_ALTERNATE = [
  { guard: and(['removesAlternate', 'leavesImage']), target: '#lifecycle.keptImage' },
  { guard: and(['removesAlternate', 'leavesClone']), target: '#lifecycle.cloneRemoved' },
  { guard: and(['removesAlternate', 'leavesOld']), target: '#lifecycle.oldRemoved' },
  { guard: 'removesAlternate', target: '#lifecycle.noAlternate' },
] as const;

/** Rebooting while an alternate is awake (OUTCOMES O1 / O4). */
const REBOOT_WHILE_AWAKE = [
  { guard: 'intoAlternate', target: '#lifecycle.hung.led552' },
  { guard: 'intoCurrent', target: '#lifecycle.odmDamaged' },
] as const;

/** Refusals of a state where the alternate is awake: it cannot be woken again, nor another VG as altinst_rootvg. */
const AWAKE: { refuses: Refuses } = { refuses: { WAKE: [{ when: 'targetIsAltinst', refusal: 'alreadyAwake' }, 'nameInUse'] } };
/** Refusals where altinst_rootvg is defined but asleep (varied off). */
const ALTINST_ASLEEP: { refuses: Refuses } = {
  refuses: { WAKE: [{ when: 'targetNotAltinst', refusal: 'nameInUse' }, 'newerRelease'], SLEEP: ['notVariedOn'] },
};
/** The running system has no rootvg definition: LVM-based operations stop at 0516-306. */
const NO_ROOTVG: { refuses: Refuses; rereadsDisks: true } = {
  refuses: { CLONE: ['rootvgUndefined'], WAKE: ['rootvgUndefined'], CUSTOMIZE: ['rootvgUndefined'] },
  rereadsDisks: true,
};

/** Per event type, the rules that name why it was refused: the first whose guard holds (or a bare name). */
export type RefusalRule = Refusal | { when: GuardName; refusal: Refusal };
export type Refuses = Partial<Record<LifecycleEvent['type'], RefusalRule[]>>;

const guards = {
  forcedWake: ({ event }: E) => wakes(event) && event.level === 'newerRelease' && event.force,
  levelAllowsWake: ({ event }: E) => wakes(event) && event.level !== 'newerRelease',
  targetIsAltinst: ({ event }: E) => wakes(event) && event.target === 'altinst_rootvg',
  targetNotAltinst: ({ event }: E) => wakes(event) && event.target !== 'altinst_rootvg',
  targetIsOld: ({ event }: E) => wakes(event) && (event.target === 'old_rootvg' || !!event.fromOld),
  doublesNames: ({ event }: E) => wakes(event) && !!event.prefixed,
  targetNotOld: ({ event }: E) => wakes(event) && event.target !== 'old_rootvg' && !event.fromOld,
  freshClone: phasesAre('all', '1', '12'),
  cloneAll: phasesAre('all'),
  clonePhase1: phasesAre('1'),
  clonePhase12: phasesAre('12'),
  continuesToPhase2: ({ event }: E) => isClone(event) && event.phases === '2' && !!event.targetHoldsClone,
  continuesToPhase3: ({ event }: E) => isClone(event) && (event.phases === '3' || event.phases === '23') && !!event.targetHoldsClone,
  intoCurrent: into('current'),
  intoAlternate: into('alternate'),
  removesAlternate: removes('alternate'),
  removesOther: removes('other'),
  removesRootvg: removes('rootvg'),
  leavesImage: ({ event }: E) => event.type === 'REMOVE' && event.leaves === 'image',
  leavesClone: ({ event }: E) => event.type === 'REMOVE' && event.leaves === 'clone',
  leavesOld: ({ event }: E) => event.type === 'REMOVE' && event.leaves === 'old',
  nameTaken: ({ event }: E) => event.type === 'RENAME' && event.nameTaken,
  collided: ({ event }: E) => event.type === 'IMPORT_ALT' && event.collided,
  keepsImage: ({ event }: E) => event.type === 'RENAME' && !event.nameTaken && event.to === 'other',
  renamesFreely: ({ event }: E) => event.type === 'RENAME' && !event.nameTaken,
};
export type GuardName = keyof typeof guards;

export const lifecycleMachine = setup({
  types: { events: {} as LifecycleEvent },
  guards,
  // Allowed operations that leave the lifecycle where it is (a customization, a rename among alternates).
  actions: { customized: () => {}, renamed: () => {}, imageForgotten: () => {} },
}).createMachine({
  id: 'lifecycle',
  initial: 'noAlternate',
  description: 'Transitions the machine takes from every state.',
  meta: {
    refuses: {
      CLONE: [{ when: 'freshClone', refusal: 'altExists' }, 'phaseOrder'],
      WAKE: ['newerRelease'],
      SLEEP: ['nothingAwake'],
      CUSTOMIZE: ['customizeNeedsAwake'],
      BOSBOOT_ALTERNATE: ['bosbootAlternate'],
      RENAME: [{ when: 'nameTaken', refusal: 'nameInUse' }, 'renameNotSimulated'],
      REMOVE: ['notAlternate'],
    } satisfies Refuses,
  },
  on: {
    // A host that is down or hung takes no commands.
    REMOVE: [
      { guard: and(['removesRootvg', not(or([stateIn('hung'), stateIn('down')]))]), target: '.rootvgUndefined' },
      { guard: and(['removesOther', not(or([stateIn('hung'), stateIn('down')]))]), actions: 'imageForgotten' },
    ],
    VARYON_ALT: { guard: not(or([stateIn('hung'), stateIn('down')])), target: '.variedOnEmpty' },
    IMPORT_ALT: [
      { guard: and(['collided', not(or([stateIn('hung'), stateIn('down')]))]), target: '.mergedOdm' },
      { guard: not(or([stateIn('hung'), stateIn('down')])), actions: 'imageForgotten' },
    ],
    DOWN: '.down',
  },
  states: {
    noAlternate: {
      description: 'No alternate rootvg is defined: the system runs from rootvg.',
      // Firmware may still load a disk the rule book holds nothing on (a clone left awake, then removed):
      // where that boot ends is read off the disks.
      meta: { rereadsDisks: 'bootIntoAlternate' },
      on: { CLONE: [...CLONE_FROM_FREE], IMPORT_ALT: { guard: not('collided'), target: 'keptImage' }, REBOOT: { guard: 'intoCurrent', target: 'noAlternate' } },
    },
    keptImage: {
      description: 'An earlier clone was renamed (alt_rootvg_op -v) and kept; a new clone may be made.',
      on: {
        CLONE: [...CLONE_FROM_FREE],
        WAKE: [...wakeTo('altinstAwake')],
        REMOVE: [
          { guard: and(['removesOther', 'leavesImage']), actions: 'imageForgotten' },
          { guard: and(['removesOther', 'leavesClone']), target: 'cloneRemoved' },
          { guard: and(['removesOther', 'leavesOld']), target: 'oldRemoved' },
          { guard: 'removesOther', target: 'noAlternate' },
        ],
        RENAME: { guard: 'keepsImage', actions: 'renamed' },
        // Booting the kept clone: its first boot makes the running disk old_rootvg.
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'keptImage' }],
      },
    },
    cloneRemoved: {
      description: 'The clone’s definition was removed (-X); the disk is None but still holds a bootable rootvg.',
      on: {
        CLONE: [...CLONE_FROM_FREE],
        WAKE: [...wakeTo('altinstAwake')],
        RENAME: { guard: 'keepsImage', target: 'keptImage' },
        IMPORT_ALT: { guard: not('collided'), target: 'keptImage' },
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'cloneRemoved' }],
      },
    },
    cloning: {
      description: 'alt_disk_copy (or a nimadm migration run from the NIM master with -P) is part-way through its phases: altinst_rootvg awake, /alt_inst mounted.',
      initial: 'phase1',
      meta: AWAKE,
      on: { REMOVE: [...REMOVE_ALTERNATE], SLEEP: 'altinstAsleep', CUSTOMIZE: { actions: 'customized' } },
      states: {
        // No boot image yet: firmware cannot boot the clone, only the running disk comes back.
        phase1: {
          description: 'Phase 1 done (-P 1): alt_ LVs and /alt_inst file systems exist, the copy is awake, no boot image yet.',
          on: {
            CLONE: [{ guard: 'continuesToPhase2', target: 'phase2' }, { guard: 'continuesToPhase3', target: '#lifecycle.altinstAsleep' }],
            REBOOT: { guard: 'intoCurrent', target: '#lifecycle.odmDamaged' },
          },
        },
        phase2: {
          description: 'Phase 2 done (-P 12; nimadm up to phase 8 to 10): updates installed or the copy migrated, the boot image built; still awake until phase 3 (nimadm phase 11).',
          on: {
            CLONE: [{ guard: 'continuesToPhase2', target: 'phase2' }, { guard: 'continuesToPhase3', target: '#lifecycle.altinstAsleep' }],
            REBOOT: [...REBOOT_WHILE_AWAKE],
          },
        },
      },
    },
    partialClone: {
      description: 'O10: a clone was cut mid-way (Ctrl-C, closed tab, power cut): a partial altinst_rootvg.',
      meta: { refuses: { ...AWAKE.refuses, SLEEP: ['partialClone'] } satisfies Refuses },
      on: { REMOVE: [...REMOVE_ALTERNATE], REBOOT: { guard: 'intoCurrent', target: 'odmDamaged' } },
    },
    altinstAsleep: {
      description: 'The clone is defined as altinst_rootvg and asleep: ready to boot. A nimadm migration leaves one at the new release (boot it to run that release).',
      meta: ALTINST_ASLEEP,
      on: {
        WAKE: [...wakeAltinstTo('altinstAwake')],
        REMOVE: [...REMOVE_ALTERNATE],
        RENAME: [...renameAsleep('keptImage')],
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'altinstAsleep' }],
      },
    },
    altinstAwake: {
      description: 'Woken with alt_rootvg_op -W: alt_* LVs mounted under /alt_inst. Sleep (-S) before any reboot.',
      meta: AWAKE,
      on: { SLEEP: 'altinstAsleep', CUSTOMIZE: { actions: 'customized' }, REMOVE: [...REMOVE_ALTERNATE], REBOOT: [...REBOOT_WHILE_AWAKE] },
    },
    forcedAwake: {
      description: 'O9: an alternate of a higher version/release woken with FORCE=yes.',
      meta: AWAKE,
      on: { SLEEP: 'altinstAsleep', CUSTOMIZE: { actions: 'customized' }, REMOVE: [...REMOVE_ALTERNATE], REBOOT: [...REBOOT_WHILE_AWAKE] },
    },
    onClone: {
      description: 'Running from the clone: the former rootvg disk is old_rootvg.',
      initial: 'oldAsleep',
      states: {
        oldAsleep: {
          description: 'Booted from the clone: the former disk is old_rootvg, asleep.',
          meta: { refuses: { WAKE: [{ when: 'targetNotOld', refusal: 'secondAlternate' }, 'newerRelease'] } satisfies Refuses },
          on: {
            WAKE: [
              { guard: and(['targetIsOld', 'forcedWake']), target: '#lifecycle.forcedAwake' },
              { guard: and(['targetIsOld', 'levelAllowsWake']), target: 'oldAwake' },
            ],
            REMOVE: [...REMOVE_ALTERNATE],
            RENAME: [...renameAsleep('#lifecycle.keptImage')],
            REBOOT: [{ guard: 'intoAlternate', target: '#lifecycle.fallenBack' }, { guard: 'intoCurrent', target: 'oldAsleep' }],
          },
        },
        oldAwake: {
          description: 'Booted from the clone, the old rootvg woken: it is called altinst_rootvg while awake.',
          meta: AWAKE,
          on: {
            SLEEP: 'oldAsleep',
            CUSTOMIZE: { actions: 'customized' },
            REMOVE: [...REMOVE_ALTERNATE],
            REBOOT: [...REBOOT_WHILE_AWAKE],
          },
        },
      },
    },
    oldRemoved: {
      description: 'old_rootvg’s definition was removed (-X); the disk is None but still boots.',
      on: {
        CLONE: [...CLONE_FROM_FREE],
        WAKE: [...wakeTo('onClone.oldAwake')],
        RENAME: { guard: 'keepsImage', target: 'keptImage' },
        IMPORT_ALT: { guard: not('collided'), target: 'keptImage' },
        REBOOT: [{ guard: 'intoAlternate', target: 'fallenBack' }, { guard: 'intoCurrent', target: 'oldRemoved' }],
      },
    },
    fallenBack: {
      description: 'Booted back onto the original disk after running on the clone (after a nimadm migration: back on the old release).',
      meta: ALTINST_ASLEEP,
      on: {
        WAKE: [...wakeAltinstTo('altinstAwake')],
        REMOVE: [...REMOVE_ALTERNATE],
        RENAME: [...renameAsleep('keptImage')],
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'fallenBack' }],
      },
    },
    odmDamaged: {
      description: 'O4: rebooted with the alternate awake: the running ODM keeps stale alt_ definitions of a varied-off VG.',
      meta: ALTINST_ASLEEP,
      on: {
        WAKE: { guard: 'targetIsAltinst', target: 'doubledNames' },
        REMOVE: [...REMOVE_ALTERNATE],
        REBOOT: [{ guard: 'intoAlternate', target: 'hung.led552' }, { guard: 'intoCurrent', target: 'odmDamaged' }],
      },
    },
    doubledNames: {
      description: 'O5: woken again after rebooting with it awake: names like alt_alt_hd9var mounted at /alt_inst/alt_inst/var.',
      meta: AWAKE,
      on: {
        SLEEP: 'doubledNamesAsleep',
        CUSTOMIZE: { actions: 'customized' },
        REMOVE: [...REMOVE_ALTERNATE],
        REBOOT: [{ guard: 'intoAlternate', target: 'hung.led552' }, { guard: 'intoCurrent', target: 'doubledNamesAsleep' }],
      },
    },
    doubledNamesAsleep: {
      description: 'O5, put to sleep: the disk still carries alt_ names; only -X and a new clone help.',
      meta: ALTINST_ASLEEP,
      on: {
        WAKE: { guard: 'targetIsAltinst', target: 'doubledNames' },
        REMOVE: [...REMOVE_ALTERNATE],
        REBOOT: [{ guard: 'intoAlternate', target: 'hung.led552' }, { guard: 'intoCurrent', target: 'doubledNamesAsleep' }],
      },
    },
    // Left by varyoffvg, -X or a reboot: what follows is read off the disks (meta.rereadsDisks).
    variedOnEmpty: {
      description: 'varyonvg of the alternate: it is active but lsvg -l shows no LVs (their names belong to rootvg); varyoffvg undoes it, synclvodm would merge it (O6).',
      meta: { refuses: { WAKE: ['alreadyAwake'] } satisfies Refuses, rereadsDisks: true },
      on: { REMOVE: [...REMOVE_ALTERNATE] },
    },
    mergedOdm: {
      description: 'O6: the alternate was imported (importvg/synclvodm): its LVs were renamed and its names collide with rootvg’s.',
      meta: { refuses: { WAKE: ['alreadyAwake'] } satisfies Refuses },
      // The renamed boot LV cannot be loaded from the alternate; the running disk's merged ODM hangs at 554.
      on: { REBOOT: { guard: 'intoCurrent', target: 'hung.led554' } },
    },
    // While rootvg is undefined the rule book keeps no alternate state (no alternate command runs): the
    // repair or the reboot that ends it reads the alternate off the disks again (meta.rereadsDisks).
    rootvgUndefined: {
      description: 'O8: rootvg’s definition was removed by mistake (-X rootvg); the system keeps running.',
      meta: NO_ROOTVG,
      // A reboot heals it: restbase restores the base ODM saved in the boot image (REFERENCE §7, §6.1).
      on: { REDEFINE_ROOTVG: 'rootvgRedefined', REBOOT: { guard: 'intoCurrent', target: 'noAlternate' } },
    },
    rootvgRedefined: {
      description: 'O8, half repaired: redefinevg put rootvg back; its logical volumes are still undefined (synclvodm next).',
      meta: { rereadsDisks: true },
      on: { REPAIR_ROOTVG: 'noAlternate', REBOOT: { guard: 'intoCurrent', target: 'noAlternate' } },
    },
    hung: {
      description: 'A boot stopped at an LED code (O1–O3, O6).',
      initial: 'other',
      on: { REBOOT: { guard: 'intoCurrent', target: 'odmDamaged' } },
      states: {
        led552: { description: 'Hung at LED 0552: the IPL varyon of rootvg failed (the VGDA names do not match the boot image: O1).' },
        led554: {
          description: 'Hung at LED 0554: the boot device could not be opened (another server’s device configuration, O3, or a merged ODM, O6).',
          // A merged ODM hangs every boot of that disk again: only a mksysb restore helps.
          on: { REBOOT: { guard: 'intoCurrent', target: 'led554' } },
        },
        led556: { description: 'Hung at LED 0556: an LVM error during the IPL varyon.' },
        led517: { description: 'Hung at LED 0517: / will not mount (its superblock still says /alt_inst: O2).' },
        led518: { description: 'Hung at LED 0518: /usr or /var will not mount (O2).' },
        led553: { description: 'Hung at LED 0553: phase 2 ended but init could not start (/etc/inittab).' },
        led555: { description: 'Hung at LED 0555: fsck of / failed.' },
        led557: { description: 'Hung at LED 0557: / could not be mounted.' },
        other: { description: 'The boot stopped at another LED code.' },
      },
    },
    // No disk is read while the partition is down: the next boot learns the state from the disks.
    down: { description: 'The partition is powered off or stopped in SMS; the next boot reads the disks again.', meta: { rereadsDisks: true } },
  },
});

export type LifecycleMachine = typeof lifecycleMachine;
