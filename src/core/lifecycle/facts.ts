// The facts about a target disk that a lifecycle event carries, read off the world the same way for
// every command: how its AIX level compares with the running one, whether it has run as a rootvg, and
// the name the running ODM gives it. The machine decides with them; commands only report them.
import type { Odm, VgImage } from '../model/types.ts';
import type { LevelRelation, TargetName } from './lifecycle.machine.ts';

/** Version/release is the first field of `oslevel -s` (7200 = 7.2); then TL, SP, build. */
export function levelRelation(altLevel: string, runLevel: string): LevelRelation {
  const [altRelease, ...altRest] = altLevel.split('-').map(Number);
  const [runRelease, ...runRest] = runLevel.split('-').map(Number);
  if (altRelease !== runRelease) return altRelease > runRelease ? 'newerRelease' : 'notNewer';
  for (let i = 0; i < Math.max(altRest.length, runRest.length); i++) {
    const d = (altRest[i] ?? 0) - (runRest[i] ?? 0);
    if (d !== 0) return d > 0 ? 'newerTlSp' : 'notNewer';
  }
  return 'notNewer';
}

/** The VG has been the running rootvg at some time (a clone or mksysb install waits for its first boot). */
export function hasRunAsRootvg(vg: VgImage): boolean {
  return !!vg.os && !vg.os.pendingFirstBoot;
}

/** The running ODM's name for the VG, as the lifecycle sees it. */
export function targetName(odm: Odm, vgid: string): TargetName {
  const name = odm.vgs.find((v) => v.vgid === vgid)?.name;
  return name === 'altinst_rootvg' || name === 'old_rootvg' ? name : 'other';
}
