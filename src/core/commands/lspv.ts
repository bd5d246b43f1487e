// lspv — REFERENCE §2.5: the PV list, one PV's detail block, -l (its LVs) and -p (its PP map).
import { distribution, lvRegionCounts, ppOwners, pvTotal, pvUsed, regionName, regions } from '../engine/lvm.ts';
import { lvmMessages } from '../messages/index.ts';
import { configuredDisks, diskByName, isVariedOn, lvPvids, odmOf, odmVgOfPvid } from '../model/select.ts';
import type { Disk, Host, OdmVg, VgImage, World } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { columns, lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYNOPSIS = 'Usage: lspv [-L] [-l | -p | -M] [-n DescriptorPV] [-v VGid] PhysicalVolume';

type Args = { pv: string | null; mode: 'detail' | 'l' | 'p' };

export const lspv = defineCommand<Args>({
  name: 'lspv',
  synopsis: SYNOPSIS,
  summary: 'Lists physical volumes, or the details of one.',
  manual: `lspv — physical volumes as the running system's ODM knows them.

  lspv                 one line per disk: name, PVID (or none), volume group (or None),
                       and "active" when that volume group is varied on
  lspv hdiskN          the detail block: PP size, total/free/used PPs, distributions
  lspv -l hdiskN       the logical volumes with partitions on the disk
  lspv -p hdiskN       the disk's partition map, by region

A disk's VG name comes from the ODM of the system you booted, not from the disk: the
same disk shows as altinst_rootvg, old_rootvg or rootvg depending on which system looks.
-L, -M, -n and -v are not simulated.`,
  flags: { spec: 'LlpMn:v:', notSimulated: 'Mnv', operands: [0, 1], usage: SYNOPSIS,
    meanings: {
      L: 'Do not wait for the volume group lock: read the data as it is.',
      l: 'List the logical volumes with partitions on the disk.',
      p: "The disk's partition map: ranges, state, region, logical volume.",
      M: 'Map: each physical partition and the logical partition on it.',
      n: ['descriptorpv', "Read the information from this disk's descriptor area."],
      v: ['vgid', 'The volume group, by VGID, to read the information from.'],
    },
    operandMeaning: 'The disk to show; without one, every disk: name, PVID, volume group and state.',
  },
  parse(o) {
    if (hasFlag(o, 'l') && hasFlag(o, 'p')) return usage(SYNOPSIS);
    const pv = o.operands[0] ?? null;
    if ((hasFlag(o, 'l') || hasFlag(o, 'p')) && !pv) return usage(SYNOPSIS);
    return ok({ pv, mode: hasFlag(o, 'l') ? 'l' : hasFlag(o, 'p') ? 'p' : 'detail' });
  },
  run(ctx, a) {
    if (!a.pv) {
      ctx.out(listAll(ctx.world, ctx.host));
      return 0;
    }
    return showOne(ctx, a);
  },
});

function listAll(world: World, host: Host): string {
  const odm = odmOf(world, host);
  return lines(
    configuredDisks(world, host).map(({ odm: o, disk }) => {
      const vg = odmVgOfPvid(odm, disk.pvid);
      const state = vg && isVariedOn(host, vg.vgid) ? 'active' : '';
      return columns([o.name, disk.pvid ?? 'none', vg?.name ?? 'None', state], [16, 36, 16]);
    }),
  );
}

function showOne(ctx: CommandContext, a: Args): number {
  const { world, host } = ctx;
  const found = diskByName(world, host, a.pv!);
  if (!found || !found.disk.pvid) {
    ctx.err(lvmMessages.pvNotFound(a.pv!) + '\n');
    return 1;
  }
  const odm = odmOf(world, host);
  const vg = odmVgOfPvid(odm, found.disk.pvid);
  if (!vg) {
    ctx.err(lvmMessages.pvNotInVg(found.odm.name) + '\n');
    return 1;
  }
  const image = world.vgs[vg.vgid];
  if (!isVariedOn(host, vg.vgid) || !image) {
    ctx.err(lvmMessages.vgNotVariedOn + '\n');
    return 1;
  }
  const name = found.odm.name;
  if (a.mode === 'l') ctx.out(lvList(ctx, name, found.disk, image));
  else if (a.mode === 'p') ctx.out(ppMap(ctx, name, found.disk, image));
  else ctx.out(detail(name, found.disk, vg, image));
  return 0;
}

function lvName(ctx: CommandContext, vg: VgImage, minor: number): string {
  const odm = odmOf(ctx.world, ctx.host);
  return odm.lvs.find((l) => l.lvid === `${vg.vgid}.${minor}`)?.name ?? vg.lvs.find((l) => l.minor === minor)!.name;
}

function mountOf(ctx: CommandContext, vg: VgImage, minor: number): string {
  const lv = vg.lvs.find((l) => l.minor === minor)!;
  const m = ctx.host.run?.mounts.find((x) => x.lv?.vgid === vg.vgid && x.lv.minor === minor);
  if (m) return m.mount;
  return lv.fs ? lv.fs.superblockMount : 'N/A';
}

function detail(name: string, disk: Disk, vg: OdmVg, image: VgImage): string {
  const total = pvTotal(disk, image);
  const used = pvUsed(image, disk.pvid!);
  const free = total - used;
  const mb = (n: number) => `${n} (${n * image.ppSizeMB} megabytes)`;
  const lvCount = image.lvs.filter((l) => lvPvids(l).includes(disk.pvid!)).length;
  const memberIndex = image.pvids.indexOf(disk.pvid!);
  const descriptors = image.pvids.length === 1 ? 2 : image.pvids.length === 2 ? (memberIndex === 0 ? 2 : 1) : 1;
  const row = (l1: string, v1: string, l2?: string, v2?: string) =>
    l2 === undefined ? padRight(l1, 20) + v1 : padRight(l1, 20) + padRight(v1, 25) + padRight(l2, 18) + v2;
  return lines([
    row('PHYSICAL VOLUME:', name, 'VOLUME GROUP:', vg.name),
    `PV IDENTIFIER:      ${disk.pvid} VG IDENTIFIER     ${image.vgid}`,
    row('PV STATE:', 'active'),
    row('STALE PARTITIONS:', '0', 'ALLOCATABLE:', 'yes'),
    row('PP SIZE:', `${image.ppSizeMB} megabyte(s)`, 'LOGICAL VOLUMES:', String(lvCount)),
    row('TOTAL PPs:', mb(total), 'VG DESCRIPTORS:', String(descriptors)),
    row('FREE PPs:', mb(free), 'HOT SPARE:', 'no'),
    row('USED PPs:', mb(used), 'MAX REQUEST:', '512 kilobytes'),
    row('FREE DISTRIBUTION:', distribution(image, disk, 'free')),
    row('USED DISTRIBUTION:', distribution(image, disk, 'used')),
    row('MIRROR POOL:', 'None'),
  ]);
}

function lvList(ctx: CommandContext, name: string, disk: Disk, image: VgImage): string {
  const total = pvTotal(disk, image);
  const rows = [`${name}:`, columns(['LV NAME', 'LPs', 'PPs', 'DISTRIBUTION', 'MOUNT POINT'], [22, 8, 8, 22])];
  for (const lv of image.lvs) {
    const counts = lvRegionCounts(lv, disk.pvid!, total);
    const pps = counts.reduce((a, b) => a + b, 0);
    if (pps === 0) continue;
    const dist = counts.map((c) => String(c).padStart(2, '0')).join('..');
    rows.push(columns([lvName(ctx, image, lv.minor), pps, pps, dist, mountOf(ctx, image, lv.minor)], [22, 8, 8, 22]));
  }
  return lines(rows);
}

function ppMap(ctx: CommandContext, name: string, disk: Disk, image: VgImage): string {
  const total = pvTotal(disk, image);
  const owners = ppOwners(image, disk.pvid!, total);
  const rows = [`${name}:`, columns(['PP RANGE', 'STATE', 'REGION', 'LV NAME', 'TYPE', 'MOUNT POINT'], [10, 8, 14, 20, 11])];
  regions(total).forEach(([a, b], r) => {
    let p = a;
    while (p <= b) {
      const owner = owners[p];
      let q = p;
      while (q + 1 <= b && owners[q + 1] === owner) q++;
      const range = `${p}-${q}`;
      if (owner === null) rows.push(columns([range, 'free', regionName(r)], [10, 8]));
      else {
        const lv = image.lvs.find((l) => l.minor === owner)!;
        rows.push(columns([range, 'used', regionName(r), lvName(ctx, image, owner), lv.type, mountOf(ctx, image, owner)], [10, 8, 14, 20, 11]));
      }
      p = q + 1;
    }
  });
  return lines(rows);
}
