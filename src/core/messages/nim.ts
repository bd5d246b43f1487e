// NIM and nimadm texts (lsnim, nim, nimadm). Sources: IBM Docs "Installing alternate disk migration"
// (https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html, the 12 phases) and "Alternate
// disk migration installation usage" (https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_usage.html,
// the syntax). No NIM (0042-xxx) or nimadm message text was found verified, so every refusal and every
// phase line here is the trainer's own, marked "trainer:" — none carries an AIX message number.
const T = (prog: string, text: string) => `${prog}: trainer: ${text}`;

/** What each of the 12 phases does, in the words of IBM's phase list (alt_disk_mig_process.html). */
export const NIMADM_PHASES: Record<number, string> = {
  1: 'the master runs alt_disk_install phase 1 on the client: rootvg is copied to the target disk as altinst_rootvg.',
  2: 'the cache file systems for the client are created in the cache volume group (-j).',
  3: "the client's /alt_inst file systems are copied into the cache file systems on the master.",
  4: 'the premigration script runs (none was given).',
  5: 'system configuration files are saved, migration space is calculated, the bos image is restored and the device database merged.',
  6: 'all system filesets are migrated with installp from the lpp_source.',
  7: 'the post-migration script runs (none was given).',
  8: "bosboot builds the client's boot image, written to the boot logical volume (hd5) of the alternate.",
  9: 'the cache file systems are copied back to the client and unmounted on the master.',
  10: 'the client exports made in phase 2 are removed.',
  11: 'the master runs alt_disk_install phase 3 on the client: altinst_rootvg is put to sleep and the bootlist set (not with -B).',
  12: 'cleanup: the NIM resources are deallocated and the migration ends.',
};

export const nimMessages = {
  // lsnim / nim
  noObject: (prog: string, name: string) => T(prog, `there is no NIM object named "${name}" on this master.`),
  noType: (prog: string, type: string) => T(prog, `there are no NIM objects of type "${type}".`),
  badAttr: (prog: string, attr: string) => T(prog, `"${attr}" is not an attribute=value pair.`),
  missingAttr: (prog: string, attr: string) => T(prog, `the "${attr}" attribute is required for this operation.`),
  exists: (prog: string, name: string) => T(prog, `a NIM object named "${name}" already exists.`),
  noImages: (prog: string, dir: string) => T(prog, `${dir} holds no installation images (no .toc).`),
  notAClient: (prog: string, name: string) => T(prog, `"${name}" is not a standalone NIM client.`),
  wrongType: (prog: string, name: string, want: string) => T(prog, `"${name}" is not a ${want} resource.`),
  allocated: (prog: string, name: string, client: string) => T(prog, `${name} is already allocated to ${client}.`),
  notAllocated: (prog: string, name: string, client: string) => T(prog, `${name} is not allocated to ${client}.`),
  inUse: (prog: string, name: string) => T(prog, `${name} is allocated (alloc_count > 0): it cannot be changed now.`),
  spotCreating: (name: string, source: string) => T('nim', `building the SPOT ${name} from the lpp_source ${source} (installp of the BOS filesets into it).`),
  checked: (name: string, state: string) => T('nim', `${name}: Rstate = ${state}.`),
  // nimadm refusals (checked before anything changes)
  needsCache: T('nimadm', 'migration without -j (NFS mounts of the client on the master) is not simulated in this trainer; name a cache volume group with -j.'),
  needsLicense: T('nimadm', 'the migration installs licensed software: accept the license agreements with -Y.'),
  unreachable: (client: string) => T('nimadm', `cannot run commands on ${client}: the client is not running (nimadm needs it up and reachable from the master).`),
  alreadyRunning: (client: string, phase: number) => T('nimadm', `a migration of ${client} is part-way (phase ${phase} done): continue it with -P, or clean it up with -C.`),
  phaseOrder: (client: string, next: number, asked: number) => T('nimadm', `phase ${asked} cannot run for ${client}: phase ${next} is next.`),
  badPhases: (p: string) => T('nimadm', `"${p}" is not a list of phases from 1 to 12 in order.`),
  spotOlder: (spot: string, spotLevel: string, lpp: string, lppLevel: string) =>
    T('nimadm', `the SPOT ${spot} (${spotLevel}) is older than the lpp_source ${lpp} (${lppLevel}); update the SPOT to the lpp_source's level first.`),
  altDiskLevels: (master: string | null, spot: string, spotLevel: string) =>
    T('nimadm', `bos.alt_disk_install.rte is ${master ? `at ${master}` : 'not installed'} on the master but at ${spotLevel} in the SPOT ${spot}: they must be at the same level.`),
  noCacheVg: (vg: string) => T('nimadm', `${vg} is not a varied-on volume group on the master.`),
  cacheTooSmall: (vg: string, needMB: number, freeMB: number) =>
    T('nimadm', `the cache volume group ${vg} has ${freeMB} MB free; the client's rootvg needs ${needMB} MB of cache file systems.`),
  targetHasVg: (disk: string) => `0505-126 alt_disk_install- target disk ${disk} has a volume group assigned to it.`,
  nothingToClean: (client: string) => T('nimadm', `there is no migration of ${client} to clean up.`),
  nothingToWake: (client: string, op: 'wake' | 'put to sleep') => T('nimadm', `${client} has no migrated altinst_rootvg to ${op}.`),
  // transcript (trainer's narration of IBM's phase list)
  start: (client: string, lpp: string, spot: string) => T('nimadm', `alternate disk migration of ${client} with lpp_source ${lpp} and SPOT ${spot}.`),
  phaseBanner: (n: number) => `+-----------------------------------------------------------------------------+\nnimadm phase ${n}: ${NIMADM_PHASES[n]}\n+-----------------------------------------------------------------------------+`,
  migrating: (fileset: string, from: string, to: string) => `  ${fileset.padEnd(36)} ${from.padEnd(12)} -> ${to}`,
  done: (client: string, level: string) => T('nimadm', `the migration of ${client} to ${level} is complete. Boot it from the new disk to run ${level}.`),
  phasesDone: (last: number) => T('nimadm', `phases up to ${last} done; continue with -P ${last + 1}.`),
  cleaned: (client: string) => T('nimadm', `the part-way migration of ${client} was cleaned up on the master and the client.`),
  wokeOnMaster: (client: string) => T('nimadm', `${client}'s altinst_rootvg is awake and its file systems are reachable from the master; put it back to sleep with nimadm -S.`),
  sleptOnMaster: (client: string) => T('nimadm', `${client}'s altinst_rootvg is asleep again.`),
} as const;
