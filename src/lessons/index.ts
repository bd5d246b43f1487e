// The lessons, in the order the picker shows them: from looking around, through the normal life of a
// clone, to what goes wrong and how to get out of it. One file per lesson; each is plain data.
import type { Lesson } from '../core/lessons/types.ts';
import { awakeReboot } from './awake-reboot.ts';
import { basicClone } from './basic-clone.ts';
import { customiseClone } from './customise-clone.ts';
import { doubleWake } from './double-wake.ts';
import { efixBlocks } from './efix-blocks.ts';
import { excludeList } from './exclude-list.ts';
import { fallBack } from './fall-back.ts';
import { forceWake } from './force-wake.ts';
import { handsOff } from './hands-off.ts';
import { jfsToJfs2 } from './jfs-to-jfs2.ts';
import { keepBootlist } from './keep-bootlist.ts';
import { legacyInstall } from './legacy-install.ts';
import { mirroredRootvg } from './mirrored-rootvg.ts';
import { mirroredMksysb } from './mirrored-mksysb.ts';
import { mksysbRestore } from './mksysb-restore.ts';
import { multibosNoRoom } from './multibos-no-room.ts';
import { multibosStandby } from './multibos-standby.ts';
import { nimadmMigrate } from './nimadm-migrate.ts';
import { nimadmPhases } from './nimadm-phases.ts';
import { otherLpar } from './other-lpar.ts';
import { phasedClone } from './phased-clone.ts';
import { powerCut } from './power-cut.ts';
import { preflight } from './preflight.ts';
import { reuseOldDisk } from './reuse-old-disk.ts';
import { rootvgRemoved } from './rootvg-removed.ts';
import { severalClones } from './several-clones.ts';
import { smitClone } from './smit-clone.ts';
import { updateClone } from './update-clone.ts';
import { wakeNewer } from './wake-newer.ts';
import { wakeSleep } from './wake-sleep.ts';
import { wrongDisk } from './wrong-disk.ts';

// In track order (basics, cloning, updating, recovery, advanced: lessons.test.ts holds it); within a
// track, from the simplest.
export const LESSONS: readonly Lesson[] = [
  // basics
  preflight,
  wrongDisk,
  // cloning
  basicClone,
  keepBootlist,
  wakeSleep,
  smitClone,
  phasedClone,
  excludeList,
  severalClones,
  legacyInstall,
  // updating
  updateClone,
  customiseClone,
  wakeNewer,
  forceWake,
  efixBlocks,
  multibosStandby,
  // recovery
  fallBack,
  awakeReboot,
  rootvgRemoved,
  handsOff,
  doubleWake,
  powerCut,
  multibosNoRoom,
  // advanced
  mirroredRootvg,
  mksysbRestore,
  mirroredMksysb,
  otherLpar,
  jfsToJfs2,
  reuseOldDisk,
  nimadmMigrate,
  nimadmPhases,
];

export function findLesson(id: string): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
