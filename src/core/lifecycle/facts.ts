// The facts about a target disk that a lifecycle event carries, read off the world the same way for
// every command: how its AIX level compares with the running one, whether it has run as a rootvg, and
// the name the running ODM gives it. The machine decides with them; commands only report them.
import type { Host, Odm, VgImage, World } from '../model/types.ts';
import { isBootableRootvg } from './classify.ts';
import type { Leftover, LevelRelation, TargetName } from './lifecycle.machine.ts';

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

/**
 * What the disks of the host hold once the VG `removedVgid` is no longer defined: a rootvg image
 * still defined under another name, else an undefined bootable rootvg (the one the running system was
 * cloned from: 'old'), else none. Read as the classifier reads it.
 */
export function leftover(world: World, host: Host, removedVgid: string): Leftover {
  const run = host.run;
  const odm = run ? world.vgs[run.rootVgid]?.os?.odm : undefined;
  if (!run || !odm) return 'none';
  const others = odm.vgs.filter((v) => v.vgid !== removedVgid && v.vgid !== run.rootVgid);
  if (others.some((v) => world.vgs[v.vgid] && (world.vgs[v.vgid].os || world.vgs[v.vgid].altPhase !== undefined))) return 'image';
  const bootable = Object.values(world.disks).find(
    (d) =>
      d.location?.host === host.name && d.vgid && d.vgid !== run.rootVgid && !odm.vgs.some((v) => v.vgid === d.vgid && v.vgid !== removedVgid) && isBootableRootvg(world.vgs[d.vgid]),
  );
  if (!bootable) return 'none';
  return world.vgs[run.rootVgid].os!.clonedFrom === bootable.vgid ? 'old' : 'clone';
}
