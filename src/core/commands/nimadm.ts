// nimadm — alternate disk migration of a NIM client, run on the NIM master (engine: engine/nim/nimadm.ts).
// Syntax as IBM documents it: https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_usage.html;
// the 12 phases: https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html.
import { nimMessages } from '../messages/nim.ts';
import { runNimadm, type NimadmOp, type NimadmRequest } from '../engine/nim/nimadm.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

export const NIMADM_USAGE = `Usage: nimadm -l lpp_source -c NIMClient -s SPOT -d TargetDisks [ -a PreMigrationScript ]
         [ -b installp_bundle ] [ -z PostMigrationScript ] [ -e exclude_files ] [ -i image_data ]
         [ -m NFSMountOptions ] [ -o bosinst_data ] [ -P Phase ] [ -j VGname ] [ -Y ] [ -F ] [ -D ]
         [ -E ] [ -V ] [ { -B | -r } ]
       nimadm -C -c NIMClient -s SPOT [ -F ] [ -D ] [ -E ]
       nimadm -W -c NIMClient -s SPOT -d TargetDisks [ -m NFSMountOptions ] [ -z PostMigrationScript ] [ -F ] [ -D ] [ -E ]
       nimadm -S -c NIMClient -s SPOT [ -F ] [ -D ] [ -E ]`;

/** What the command line asks for: the engine's request (engine/nim/nimadm.ts), nothing of its own. */
export type NimadmArgs = NimadmRequest;

/** -P: one phase, or several in order ("1 2 3", "1,2,3", "1-4"), each from 1 to 12. */
export function parsePhases(p: string): number[] | null {
  const range = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(p);
  const list = range ? [] : p.trim().split(/[\s,]+/).map((x) => (/^\d{1,2}$/.test(x) ? Number(x) : NaN));
  if (range) for (let i = Number(range[1]); i <= Number(range[2]); i++) list.push(i);
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1 || n > 12)) return null;
  return list.every((n, i) => i === 0 || n === list[i - 1] + 1) ? list : null;
}

export const nimadm = defineCommand<NimadmArgs>({
  name: 'nimadm',
  fileset: 'bos.sysmgt.nim.master',
  synopsis: NIMADM_USAGE,
  summary: 'Migrates a NIM client\'s rootvg copy on a spare disk to a new AIX release (alternate disk migration).',
  manual: `nimadm — network install manager alternate disk migration. Run on the NIM master: the client's
rootvg is copied to a free disk of the client (altinst_rootvg), the copy is migrated to the level of the
lpp_source and SPOT while the client keeps running, and the client boots the new release when you
choose. The old rootvg stays on its disk: pointing the bootlist back at it is the way back.

  nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y     the whole migration (12 phases)
  nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y -B  ... leave the client's bootlist alone
  nimadm ... -P 1   then -P 2-10, then -P 11-12                        run the phases in steps
  nimadm -C -c aixlab01 -s spot73                                    clean up a migration left part-way
  nimadm -W -c aixlab01 -s spot73 -d hdisk1                          wake the migrated altinst_rootvg
  nimadm -S -c aixlab01 -s spot73                                    put it back to sleep

Phase 1 is alt_disk_install's phase 1 on the client, phase 11 its phase 3; 2–10 work in the cache
file systems on the master's -j volume group (local disk caching); 6 migrates the filesets with
installp; 8 builds the boot image; 12 cleans up. -Y accepts the license agreements (required).
Refused before anything changes: an unknown client or resource, a client that is not running, a SPOT
older than the lpp_source, bos.alt_disk_install.rte at different levels on the master and in the SPOT,
a target disk in a volume group (0505-126), disks or cache volume group too small.
The phase lines are the trainer's own narration of IBM's phase list (no nimadm output was verified).
Not simulated: -a -b -z -e -i -m -o -F -D -E -V -r, -M, -T/-O/-N (mksysb), NFS mode without -j.`,
  flags: { spec: 'l:c:s:d:a:b:z:e:i:j:m:o:P:T:O:N:YFDEVBrCWSMA', notSimulated: 'abzeimoTONFDEVrMA', operands: [0, 0], usage: NIMADM_USAGE,
    // From IBM's nimadm synopses (alt_disk_mig_usage.html): what each form names; flags whose text
    // IBM gives no clear meaning for in those pages are marked as not described.
    meanings: {
      l: ['lpp_source', 'The NIM lpp_source resource holding the release to migrate to.'],
      c: ['NIMClient', 'The NIM client whose rootvg is copied and migrated.'],
      s: ['SPOT', 'The NIM SPOT resource used for the migration (its level must not be older than the lpp_source).'],
      d: ['TargetDisks', "The client's free disk(s) that receive the migrated copy (altinst_rootvg)."],
      a: ['PreMigrationScript', 'A NIM script resource run before the migration (phase 4).'],
      b: ['installp_bundle', 'A NIM installp_bundle resource installed after the migration.'],
      z: ['PostMigrationScript', 'A NIM script resource run after the migration (phase 7).'],
      e: ['exclude_files', 'A NIM exclude_files resource: files not copied to the alternate disk.'],
      i: ['image_data', 'A NIM image_data resource used to build the alternate rootvg.'],
      j: ['VGname', 'Local disk caching: the volume group on the master that holds the cache file systems.'],
      m: ['NFSMountOptions', 'Options for the NFS mounts between master and client.'],
      o: ['bosinst_data', 'A NIM bosinst_data resource for the migration.'],
      P: ['phases', 'Run only these of the 12 phases (e.g. 1, 2-10, "11 12"), in order.'],
      T: ['NIMmksysb', 'Migrate a NIM mksysb resource instead of the client\'s running rootvg.'],
      O: ['mksysbfile', 'Write the migrated system to this mksysb file instead of to a disk.'],
      N: ['NIMmksysb', 'Define the migrated mksysb file as this NIM mksysb resource.'],
      Y: 'Agree to the software license agreements of what is installed (required).',
      F: "An AIX flag the trainer does not describe; see IBM's manual.",
      D: "An AIX flag the trainer does not describe; see IBM's manual.",
      E: "An AIX flag the trainer does not describe; see IBM's manual.",
      V: "An AIX flag the trainer does not describe; see IBM's manual.",
      B: 'Do not change the client\'s bootlist at the end (it keeps booting the original disk).',
      r: "An AIX flag the trainer does not describe; see IBM's manual.",
      C: 'Clean up a migration left part-way: the client\'s unfinished alternate copy and the cache.',
      W: "Wake the client's migrated alternate rootvg (its file systems mounted under /alt_inst).",
      S: "Put the client's woken alternate rootvg back to sleep.",
      M: 'Synchronize the alternate disk migration software of the master and the SPOT with the lpp_source.',
      A: "An AIX flag the trainer does not describe; see IBM's manual.",
    },
  },
  parse(o) {
    const ops = (['C', 'W', 'S'] as const).filter((f) => hasFlag(o, f));
    if (ops.length > 1) return usage(NIMADM_USAGE);
    const op: NimadmOp = ops[0] === 'C' ? 'cleanup' : ops[0] === 'W' ? 'wake' : ops[0] === 'S' ? 'sleep' : 'migrate';
    const client = flagValue(o, 'c');
    const spot = flagValue(o, 's');
    const lpp = flagValue(o, 'l') ?? null;
    const d = flagValue(o, 'd');
    if (!client || !spot) return usage(NIMADM_USAGE);
    if ((op === 'migrate' && (!lpp || !d?.trim())) || (op === 'wake' && !d?.trim())) return usage(NIMADM_USAGE);
    const p = flagValue(o, 'P');
    const phases = p === undefined ? null : parsePhases(p);
    if (p !== undefined && !phases) return usage(nimMessages.badPhases(p));
    return ok({
      op,
      client,
      spot,
      lpp,
      disks: d ? d.trim().split(/\s+/) : [],
      cacheVg: flagValue(o, 'j') ?? null,
      accept: hasFlag(o, 'Y'),
      noBootlist: hasFlag(o, 'B'),
      phases,
    });
  },
  run(ctx, a) {
    return runNimadm(ctx, a);
  },
});
