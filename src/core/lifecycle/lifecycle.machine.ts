// The one rule book of the rootvg / altinst_rootvg / old_rootvg lifecycle of the console host:
// which alternate-disk operation is allowed in which state, and what a reboot does in each.
// The engine asks it (`can`) before acting and tells it (`send`) what happened; outcomes O1–O10 of
// ../shared/design/OUTCOMES.md are states of their own. See README.md beside this file.
import { and, not, or, setup, stateIn } from 'xstate';

export type ClonePhases = '1' | '2' | '3' | '12' | '23' | 'all';

export type LifecycleEvent =
  /** alt_disk_copy (or alt_disk_mksysb) finished the phases it was asked to run. */
  | { type: 'CLONE'; phases: ClonePhases }
  /** alt_rootvg_op -W; `higherLevel`: the alternate is newer than the running AIX; `force`: FORCE=yes. */
  | { type: 'WAKE'; higherLevel: boolean; force: boolean }
  | { type: 'SLEEP' }
  /** alt_rootvg_op -X of the alternate, or of rootvg by mistake. */
  | { type: 'REMOVE'; target: 'alternate' | 'rootvg' }
  /** alt_rootvg_op -v: the alternate is kept under another name; a new clone may be made. */
  | { type: 'RENAME' }
  /** A boot reached the prompt or hung: `into` is the disk firmware chose, relative to the last running one. */
  | { type: 'REBOOT'; into: 'current' | 'alternate' }
  /** importvg / synclvodm of an alternate rootvg: its LV names collide with rootvg's. */
  | { type: 'IMPORT_ALT' }
  /** redefinevg + synclvodm brought rootvg's definition back. */
  | { type: 'REPAIR_ROOTVG' }
  /** Power off, a cut, a stop in SMS. */
  | { type: 'DOWN' };

const wakeAllowed = ({ event }: { event: LifecycleEvent }) => event.type === 'WAKE' && (!event.higherLevel || event.force);
const forcedWake = ({ event }: { event: LifecycleEvent }) => event.type === 'WAKE' && event.higherLevel && event.force;
const phasesAre =
  (...wanted: ClonePhases[]) =>
  ({ event }: { event: LifecycleEvent }) =>
    event.type === 'CLONE' && wanted.includes(event.phases);
const into = (where: 'current' | 'alternate') => ({ event }: { event: LifecycleEvent }) => event.type === 'REBOOT' && event.into === where;
const removes = (target: 'alternate' | 'rootvg') => ({ event }: { event: LifecycleEvent }) => event.type === 'REMOVE' && event.target === target;

/** A fresh clone can start here: no alternate named altinst_rootvg is defined. */
const CLONE_FROM_FREE = [
  { guard: 'cloneAll', target: '#lifecycle.altinstAsleep' },
  { guard: 'clonePhase1', target: '#lifecycle.cloning.phase1' },
  { guard: 'clonePhase12', target: '#lifecycle.cloning.phase2' },
] as const;

/** Rebooting while an alternate is awake (OUTCOMES O1 / O4). */
const REBOOT_WHILE_AWAKE = [
  { guard: 'intoAlternate', target: '#lifecycle.hung.led552' },
  { guard: 'intoCurrent', target: '#lifecycle.odmDamaged' },
] as const;

export const lifecycleMachine = setup({
  types: { events: {} as LifecycleEvent },
  guards: {
    wakeAllowed,
    forcedWake,
    cloneAll: phasesAre('all'),
    clonePhase1: phasesAre('1'),
    clonePhase12: phasesAre('12'),
    clonePhase2: phasesAre('2'),
    clonePhase3: phasesAre('3', '23'),
    intoCurrent: into('current'),
    intoAlternate: into('alternate'),
    removesAlternate: removes('alternate'),
    removesRootvg: removes('rootvg'),
  },
}).createMachine({
  id: 'lifecycle',
  initial: 'noAlternate',
  on: {
    // A host that is down or hung takes no commands.
    REMOVE: { guard: and(['removesRootvg', not(or([stateIn('hung'), stateIn('down')]))]), target: '.rootvgUndefined' },
    IMPORT_ALT: { guard: not(or([stateIn('hung'), stateIn('down')])), target: '.mergedOdm' },
    DOWN: '.down',
  },
  states: {
    noAlternate: { on: { CLONE: [...CLONE_FROM_FREE], REBOOT: { guard: 'intoCurrent', target: 'noAlternate' } } },
    keptImage: { on: { CLONE: [...CLONE_FROM_FREE], REBOOT: { guard: 'intoCurrent', target: 'keptImage' } } },
    cloneRemoved: {
      on: {
        CLONE: [...CLONE_FROM_FREE],
        WAKE: [{ guard: 'forcedWake', target: 'forcedAwake' }, { guard: 'wakeAllowed', target: 'altinstAwake' }],
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'cloneRemoved' }],
      },
    },
    cloning: {
      initial: 'phase1',
      on: { REMOVE: { guard: 'removesAlternate', target: 'noAlternate' } },
      states: {
        // No boot image yet: firmware cannot boot the clone, only the running disk comes back.
        phase1: {
          on: {
            CLONE: [{ guard: 'clonePhase2', target: 'phase2' }, { guard: 'clonePhase3', target: '#lifecycle.altinstAsleep' }],
            REBOOT: { guard: 'intoCurrent', target: '#lifecycle.odmDamaged' },
          },
        },
        phase2: {
          on: {
            CLONE: [{ guard: 'clonePhase2', target: 'phase2' }, { guard: 'clonePhase3', target: '#lifecycle.altinstAsleep' }],
            REBOOT: [...REBOOT_WHILE_AWAKE],
          },
        },
      },
    },
    partialClone: { on: { REMOVE: { guard: 'removesAlternate', target: 'noAlternate' }, REBOOT: { guard: 'intoCurrent', target: 'odmDamaged' } } },
    altinstAsleep: {
      on: {
        WAKE: [{ guard: 'forcedWake', target: 'forcedAwake' }, { guard: 'wakeAllowed', target: 'altinstAwake' }],
        REMOVE: { guard: 'removesAlternate', target: 'cloneRemoved' },
        RENAME: 'keptImage',
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'altinstAsleep' }],
      },
    },
    altinstAwake: {
      on: { SLEEP: 'altinstAsleep', REMOVE: { guard: 'removesAlternate', target: 'noAlternate' }, REBOOT: [...REBOOT_WHILE_AWAKE] },
    },
    forcedAwake: {
      on: { SLEEP: 'altinstAsleep', REMOVE: { guard: 'removesAlternate', target: 'noAlternate' }, REBOOT: [...REBOOT_WHILE_AWAKE] },
    },
    onClone: {
      initial: 'oldAsleep',
      states: {
        oldAsleep: {
          on: {
            WAKE: [{ guard: 'forcedWake', target: '#lifecycle.forcedAwake' }, { guard: 'wakeAllowed', target: 'oldAwake' }],
            REMOVE: { guard: 'removesAlternate', target: '#lifecycle.oldRemoved' },
            RENAME: '#lifecycle.keptImage',
            REBOOT: [{ guard: 'intoAlternate', target: '#lifecycle.fallenBack' }, { guard: 'intoCurrent', target: 'oldAsleep' }],
          },
        },
        oldAwake: {
          on: { SLEEP: 'oldAsleep', REMOVE: { guard: 'removesAlternate', target: '#lifecycle.noAlternate' }, REBOOT: [...REBOOT_WHILE_AWAKE] },
        },
      },
    },
    oldRemoved: {
      on: {
        CLONE: [...CLONE_FROM_FREE],
        WAKE: [{ guard: 'forcedWake', target: 'forcedAwake' }, { guard: 'wakeAllowed', target: 'onClone.oldAwake' }],
        REBOOT: [{ guard: 'intoAlternate', target: 'fallenBack' }, { guard: 'intoCurrent', target: 'oldRemoved' }],
      },
    },
    fallenBack: {
      on: {
        WAKE: [{ guard: 'forcedWake', target: 'forcedAwake' }, { guard: 'wakeAllowed', target: 'altinstAwake' }],
        REMOVE: { guard: 'removesAlternate', target: 'cloneRemoved' },
        RENAME: 'keptImage',
        REBOOT: [{ guard: 'intoAlternate', target: 'onClone.oldAsleep' }, { guard: 'intoCurrent', target: 'fallenBack' }],
      },
    },
    // O4: rebooted with the alternate awake and came up on the running disk: stale alt_ definitions.
    odmDamaged: {
      on: {
        WAKE: 'doubledNames',
        REMOVE: { guard: 'removesAlternate', target: 'noAlternate' },
        REBOOT: [{ guard: 'intoAlternate', target: 'hung.led552' }, { guard: 'intoCurrent', target: 'odmDamaged' }],
      },
    },
    // O5: woken again after O4: alt_alt_hd9var at /alt_inst/alt_inst/var.
    doubledNames: {
      on: {
        SLEEP: 'doubledNames',
        REMOVE: { guard: 'removesAlternate', target: 'noAlternate' },
        REBOOT: [{ guard: 'intoAlternate', target: 'hung.led552' }, { guard: 'intoCurrent', target: 'doubledNames' }],
      },
    },
    // O6: importvg/synclvodm merged the alternate into the running ODM.
    mergedOdm: { on: { REBOOT: 'hung.led554' } },
    // O8: -X rootvg by mistake: the running system has no rootvg definition.
    rootvgUndefined: { on: { REPAIR_ROOTVG: 'noAlternate', REBOOT: { guard: 'intoCurrent', target: 'rootvgUndefined' } } },
    // O1 (552), O2 (517/518), O3/O6 (554): the boot stopped at an LED code.
    hung: {
      initial: 'other',
      on: { REBOOT: { guard: 'intoCurrent', target: 'odmDamaged' } },
      states: { led552: {}, led554: {}, led556: {}, led517: {}, led518: {}, led553: {}, led555: {}, led557: {}, other: {} },
    },
    down: {},
  },
});

export type LifecycleMachine = typeof lifecycleMachine;
