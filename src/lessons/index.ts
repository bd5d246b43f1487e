// The lessons, in the order the picker shows them: from looking around, through the normal life of a
// clone, to what goes wrong and how to get out of it. One file per lesson; each is plain data.
import type { Lesson } from '../core/lessons/types.ts';
import { awakeReboot } from './awake-reboot.ts';
import { basicClone } from './basic-clone.ts';
import { fallBack } from './fall-back.ts';
import { keepBootlist } from './keep-bootlist.ts';
import { mirroredRootvg } from './mirrored-rootvg.ts';
import { mksysbRestore } from './mksysb-restore.ts';
import { preflight } from './preflight.ts';
import { rootvgRemoved } from './rootvg-removed.ts';
import { updateClone } from './update-clone.ts';
import { wakeSleep } from './wake-sleep.ts';

// In track order (basics, cloning, updating, recovery, advanced: lessons.test.ts holds it); within a
// track, from the simplest.
export const LESSONS: readonly Lesson[] = [
  // basics
  preflight,
  // cloning
  basicClone,
  keepBootlist,
  wakeSleep,
  // updating
  updateClone,
  // recovery
  fallBack,
  awakeReboot,
  rootvgRemoved,
  // advanced
  mirroredRootvg,
  mksysbRestore,
];

export function findLesson(id: string): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
