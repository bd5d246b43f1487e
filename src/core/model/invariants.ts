// Properties every reachable world keeps, whatever the learner typed. A pure check returning the
// broken ones in plain words; tests run it after every step (and a property test after random steps).
import { ppOwners, pvTotal } from '../engine/lvm.ts';
import type { World } from './types.ts';

export function checkInvariants(world: World): string[] {
  const out: string[] = [];

  // 1. Physical partitions: per PV, no PP used twice, none beyond the PV's total, each copy = LPs.
  for (const vg of Object.values(world.vgs)) {
    for (const lv of vg.lvs) {
      for (const [i, copy] of lv.copies.entries()) {
        const n = copy.reduce((s, e) => s + e.count, 0);
        if (n !== lv.lps) out.push(`VG ${vg.vgid}: LV ${lv.name} copy ${i + 1} has ${n} PPs for ${lv.lps} LPs`);
        for (const e of copy) {
          if (!vg.pvids.includes(e.pvid)) out.push(`VG ${vg.vgid}: LV ${lv.name} has PPs on ${e.pvid}, which is not a member`);
          if (e.start < 1 || e.count < 1) out.push(`VG ${vg.vgid}: LV ${lv.name} has a bad extent ${e.start}+${e.count}`);
        }
      }
      for (const pvid of lv.copies.flatMap((c) => c.map((e) => e.pvid))) {
        const copiesOnPv = lv.copies.filter((c) => c.some((e) => e.pvid === pvid)).length;
        if (copiesOnPv > 1) out.push(`VG ${vg.vgid}: LV ${lv.name} keeps ${copiesOnPv} copies on ${pvid}`);
      }
    }
    for (const pvid of vg.pvids) {
      const disk = Object.values(world.disks).find((d) => d.pvid === pvid && d.vgid === vg.vgid);
      if (!disk) continue;
      const total = pvTotal(disk, vg);
      const seen = new Map<number, string>();
      for (const lv of vg.lvs) {
        for (const copy of lv.copies) {
          for (const e of copy) {
            if (e.pvid !== pvid) continue;
            for (let p = e.start; p < e.start + e.count; p++) {
              if (p > total) out.push(`VG ${vg.vgid}: LV ${lv.name} uses PP ${p} beyond the ${total} PPs of ${pvid}`);
              const prev = seen.get(p);
              if (prev) out.push(`VG ${vg.vgid}: PP ${p} of ${pvid} is used by ${prev} and ${lv.name}`);
              seen.set(p, lv.name);
            }
          }
        }
      }
      const owners = ppOwners(vg, pvid, total);
      const used = owners.filter((o) => o !== null).length;
      const free = owners.slice(1).filter((o) => o === null).length;
      if (used + free !== total) out.push(`VG ${vg.vgid}: ${pvid} has ${used} used + ${free} free PPs, not ${total}`);
    }
  }

  // 2. Each ODM (one per installed AIX image): a PV in at most one VG, LV names unique, no two disks
  //    under one name.
  for (const vg of Object.values(world.vgs)) {
    const odm = vg.os?.odm;
    if (!odm) continue;
    const where = `ODM of ${vg.os!.hostname} (${vg.vgid})`;
    const owner = new Map<string, string>();
    for (const v of odm.vgs) {
      for (const pvid of v.pvids) {
        const prev = owner.get(pvid);
        if (prev && prev !== v.name) out.push(`${where}: PV ${pvid} is in ${prev} and ${v.name}`);
        owner.set(pvid, v.name);
      }
    }
    const names = new Set<string>();
    for (const l of odm.lvs) {
      if (names.has(l.name)) out.push(`${where}: LV name ${l.name} is defined twice`);
      names.add(l.name);
    }
    const vgNames = new Set<string>();
    for (const v of odm.vgs) {
      if (vgNames.has(v.name)) out.push(`${where}: VG name ${v.name} is defined twice`);
      vgNames.add(v.name);
    }
    const disks = new Set<string>();
    for (const d of odm.disks) {
      if (disks.has(d.name)) out.push(`${where}: ${d.name} names two disks`);
      disks.add(d.name);
    }
  }

  // 3. Hosts: boot-list entries name known hardware (bootlist -o prints '-' for absent ones);
  //    mounted file systems belong to varied-on VGs; varied-on VGs exist.
  for (const host of Object.values(world.hosts)) {
    for (const list of [host.nvram.normal, host.nvram.service]) {
      for (const e of list) if (!world.disks[e.diskId]) out.push(`${host.name}: boot list names unknown disk ${e.diskId}`);
    }
    const run = host.run;
    if (!run) continue;
    for (const id of run.variedOn) if (!world.vgs[id]) out.push(`${host.name}: varied-on VG ${id} has no image`);
    if (new Set(run.variedOn).size !== run.variedOn.length) out.push(`${host.name}: a VG is varied on twice`);
    for (const m of run.mounts) {
      if (!m.lv) continue;
      if (!run.variedOn.includes(m.lv.vgid)) out.push(`${host.name}: ${m.mount} is mounted from VG ${m.lv.vgid}, which is varied off`);
      const lv = world.vgs[m.lv.vgid]?.lvs.find((l) => l.minor === m.lv!.minor);
      if (!lv) out.push(`${host.name}: ${m.mount} is mounted from a missing LV`);
      else if (!lv.fs) out.push(`${host.name}: ${m.mount} is mounted from ${lv.name}, which holds no file system`);
    }
    const lvsMounted = run.mounts.filter((m) => m.lv).map((m) => `${m.lv!.vgid}.${m.lv!.minor}`);
    if (new Set(lvsMounted).size !== lvsMounted.length) out.push(`${host.name}: an LV is mounted twice`);
  }
  return out;
}
