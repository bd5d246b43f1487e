// Reads the lifecycle state off the world (disks, VGDA names, the running ODM). The statechart is the
// rule book; this is the independent reading the model-based test and the session's consistency
// check hold it against.
import { mergedRootvgs } from '../model/select.ts';
import type { Host, Odm, VgImage, World } from '../model/types.ts';
import { levelRelation } from './facts.ts';
import type { LifecycleState } from './index.ts';

export const HANG_LEDS = ['552', '554', '556', '517', '518', '553', '555', '557'] as const;
export type HangLed = (typeof HANG_LEDS)[number];


const isAltName = (n: string) => n.startsWith('alt_');

/** A VG image that holds an AIX whose VGDA names and labels are back to normal (it can boot). */
export function isBootableRootvg(vg: VgImage): boolean {
  const hd4 = vg.lvs.find((l) => l.name === 'hd4');
  const hd5 = vg.lvs.find((l) => l.type === 'boot');
  return !!vg.os && !!hd4 && !!hd5?.bootImage && hd4.fs?.superblockMount === '/' && vg.altPhase === undefined;
}

function ledState(host: Host): LifecycleState {
  const led = (host.led ?? '').replace(/^0/, '');
  return (HANG_LEDS as readonly string[]).includes(led) ? (`hung.led${led}` as LifecycleState) : 'hung.other';
}

/** The alternate rootvg the running system knows (altinst_rootvg, old_rootvg, or a renamed one). */
function definedAlternates(world: World, host: Host, odm: Odm) {
  return odm.vgs
    .filter((v) => v.vgid !== host.run!.rootVgid)
    .map((entry) => ({ entry, vg: world.vgs[entry.vgid] }))
    .filter((x) => x.vg && (x.vg.os || x.vg.altPhase !== undefined));
}

export function classifyLifecycle(world: World): LifecycleState {
  const host = world.hosts[world.console];
  if (!host) return 'down';
  if (host.power === 'hung') return ledState(host);
  if (host.power !== 'running' || !host.run) return 'down';
  const run = host.run;
  const root = world.vgs[run.rootVgid];
  const odm = root?.os?.odm;
  if (!odm) return 'down';
  if (!odm.vgs.some((v) => v.vgid === run.rootVgid)) return 'rootvgUndefined';
  if (!odm.lvs.some((l) => l.lvid.startsWith(run.rootVgid + '.'))) return 'rootvgRedefined';
  const mountCounts = new Map<string, number>();
  for (const f of odm.filesystems) mountCounts.set(f.mount, (mountCounts.get(f.mount) ?? 0) + 1);
  if ((mountCounts.get('/') ?? 0) > 1 || (mountCounts.get('/usr') ?? 0) > 1) return 'mergedOdm';
  // O6 through varyonvg + synclvodm: the alternate's LVs defined under their own names (renamed where they
  // collided: 0516-530), where a wake defines alt_ ones; synclvodm leaves /etc/filesystems alone.
  if (mergedRootvgs(world, odm, run.rootVgid).length > 0) return 'mergedOdm';

  const alts = definedAlternates(world, host, odm);
  const main = alts.find((a) => a.entry.name === 'altinst_rootvg' || a.entry.name === 'old_rootvg') ?? null;
  if (main) {
    const { vg } = main;
    // Running the clone of this alternate: it is the old rootvg we came from.
    const onClone = root.os!.clonedFrom === vg.vgid;
    const awake = run.variedOn.includes(vg.vgid);
    if (vg.lvs.some((l) => l.name.startsWith('alt_alt_'))) return awake ? 'doubledNames' : 'doubledNamesAsleep';
    const definedLvs = odm.lvs.some((l) => l.lvid.startsWith(vg.vgid + '.'));
    if (!awake && definedLvs) return 'odmDamaged';
    // varyonvg of an asleep alternate: active, real names in its VGDA, none of its LVs defined.
    if (awake && !definedLvs && vg.altPhase === undefined && !vg.lvs.some((l) => isAltName(l.name))) return 'variedOnEmpty';
    if (vg.altPhase === 0) return 'partialClone';
    if (vg.altPhase === 1) return 'cloning.phase1';
    if (vg.altPhase === 2) return 'cloning.phase2';
    if (awake) {
      // Only a higher version/release needs FORCE=yes (REFERENCE §12); a newer TL/SP wakes normally.
      if (levelRelation(vg.os!.level, root.os!.level) === 'newerRelease') return 'forcedAwake';
      return onClone ? 'onClone.oldAwake' : 'altinstAwake';
    }
    if (vg.lvs.some((l) => isAltName(l.name))) return 'doubledNamesAsleep';
    if (onClone) return 'onClone.oldAsleep';
    return vg.os?.clonedFrom === run.rootVgid && !vg.os.pendingFirstBoot ? 'fallenBack' : 'altinstAsleep';
  }
  if (alts.length > 0) return 'keptImage';
  // Not defined in the ODM, yet still a bootable AIX on an attached disk: the -X case.
  const undefinedBootable = Object.values(world.disks).find(
    (d) => d.location?.host === host.name && d.vgid && d.vgid !== run.rootVgid && !odm.vgs.some((v) => v.vgid === d.vgid) && isBootableRootvg(world.vgs[d.vgid]),
  );
  if (undefinedBootable) return root.os!.clonedFrom === undefinedBootable.vgid ? 'oldRemoved' : 'cloneRemoved';
  return 'noAlternate';
}
