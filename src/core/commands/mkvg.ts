// mkvg — REFERENCE §2.29: creates a volume group on one or more disks, varies it on and prints its
// name. A disk without a PVID gets one first (0516-1254, on stderr, before the name — CLOUD capture).
// A disk the ODM already assigns to a volume group is refused; -f overrides only a leftover
// descriptor area of a group this system does not know.
import { defaultPpSize, ensurePvid, joinRefusal, makeVg, nextVgName, odmNames, validVgName, type PvRef } from '../engine/lvmOps.ts';
import { totalPps } from '../engine/lvm.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName, odmOf } from '../model/select.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.mkvg;

type Args = { name: string | null; ppSize: number | null; force: boolean; pvs: string[] };

export const mkvg = defineCommand<Args>({
  name: 'mkvg',
  synopsis: SYNOPSIS,
  summary: 'Creates a volume group on one or more disks.',
  manual: `mkvg — creates a volume group. It is varied on at once and its name is printed.

  mkvg -y datavg hdisk3          create datavg on hdisk3
  mkvg -y appvg -s 64 hdisk3     with 64 MB physical partitions
  mkvg hdisk3                    without -y the name is generated (vg00, vg01 ...)

A disk without a PVID gets one ("0516-1254 mkvg: Changing the PVID in the ODM."). The
default partition size is the smallest power of two (at least 4 MB) that keeps every disk
within 1016 partitions. A disk that already belongs to a volume group on this system is
refused (0516-696); -f lets mkvg overwrite a disk that only carries an old, unknown
group's descriptor area. Volume groups made here are the original (non-scalable) kind.

-B, -C, -c, -d, -G, -i, -I, -m, -n, -P, -p, -r, -S, -t, -V, -v, -X and -x are not simulated.`,
  flags: { spec: 'BCcd:fGiIm:nP:p:rs:St:V:v:X:x:y:', notSimulated: 'BCcdGiImnPprStVvXx', usage: SYNOPSIS,
    meanings: {
      B: 'Make a big volume group (more disks and logical volumes than the original format).',
      C: 'Make an enhanced concurrent-capable volume group.',
      c: 'Make a concurrent-capable volume group.',
      d: ['maxpvs', 'The most disks the volume group may hold.'],
      f: 'Force: use the disks even if they seem to belong to another volume group.',
      G: "An AIX flag the trainer does not describe; see IBM's manual.",
      i: 'Read the disk names from standard input.',
      I: 'Make a volume group that older AIX levels can import.',
      m: ['maxpvsize', 'The largest disk size the volume group must allow for.'],
      n: 'Do not vary the group on automatically at system start.',
      P: ['maxpps', 'The most physical partitions of a scalable volume group, in units of 1024.'],
      p: ['mirrorpool', 'Put the disks in this mirror pool.'],
      r: "An AIX flag the trainer does not describe; see IBM's manual.",
      s: ['ppsize', 'The physical partition size in megabytes.'],
      S: 'Make a scalable volume group.',
      t: ['factor', 'A factor for the physical partitions allowed per disk (with fewer disks allowed).'],
      V: ['major', 'The major number to give the volume group.'],
      v: ['maxlvs', 'The most logical volumes of a scalable volume group.'],
      X: ['restriction', "An AIX flag the trainer does not describe; see IBM's manual."],
      x: ['value', "An AIX flag the trainer does not describe; see IBM's manual."],
      y: ['vg', 'The name of the new volume group; without it the next free name (vg00 ...).'],
    },
    operandMeaning: 'The disk(s) the new volume group is made on.',
  },
  parse(o) {
    const s = flagValue(o, 's');
    let ppSize: number | null = null;
    if (s !== undefined) {
      ppSize = /^\d+$/.test(s) ? Number(s) : NaN;
      if (!(ppSize >= 1 && ppSize <= 1024 && (ppSize & (ppSize - 1)) === 0)) return usage(`${M.badPpSize('mkvg')}\n${SYNOPSIS}`);
    }
    if (o.operands.length === 0) return usage(`${M.nameNotEntered('mkvg', 'Physical volume')}\n${SYNOPSIS}`);
    return ok({ name: flagValue(o, 'y') ?? null, ppSize, force: hasFlag(o, 'f'), pvs: o.operands });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const odm = odmOf(world, host);
    const fail = (...lines: string[]) => {
      ctx.err([...lines, M.cannotCreateVg].join('\n') + '\n');
      return 1;
    };
    if (a.name !== null && !validVgName(a.name)) return fail(M.invalidVgName('mkvg', a.name));
    if (a.name !== null && odmNames(odm).has(a.name)) return fail(M.deviceNameUsed('mkvg'));
    const pvs: PvRef[] = [];
    for (const name of a.pvs) {
      const pv = diskByName(world, host, name);
      if (!pv) return fail(M.notInOdm('mkvg', 'physical volume', name.replace(/^\/dev\/r?/, '')));
      if (pvs.some((p) => p.disk.id === pv.disk.id)) continue;
      const refusal = joinRefusal(odm, pv, 'mkvg', a.force, null);
      if (refusal) return fail(refusal);
      pvs.push(pv);
    }
    const ppSize = a.ppSize ?? defaultPpSize(pvs.map((p) => p.disk));
    for (const pv of pvs) {
      if (totalPps(pv.disk.sizeMB, ppSize) > 1016) {
        return fail(M.tooManyPartitions('mkvg', ppSize, Math.floor(pv.disk.sizeMB / ppSize), pv.odm.name));
      }
    }
    const name = a.name ?? nextVgName(odm);
    for (const pv of pvs) if (ensurePvid(world, pv)) ctx.err(M.pvidChanged('mkvg') + '\n');
    ctx.wait(2000);
    makeVg(world, host, odm, name, ppSize, pvs);
    ctx.out(name + '\n');
    return 0;
  },
});
