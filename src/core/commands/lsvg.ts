// lsvg — REFERENCE §2.6: VG list (ODM order), -o (varied-on, most recent first), the detail block,
// -l (logical volumes) and -p (physical volumes).
import { distribution, pvTotal, pvUsed, vgTotals } from '../engine/lvm.ts';
import { lvmMessages } from '../messages/index.ts';
import { configuredDisks, isVariedOn, lvIsOpen, lvPps, lvPvids, odmOf, odmVgByName } from '../model/select.ts';
import type { Host, OdmVg, VgImage, World } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { columns, lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYNOPSIS = 'Usage: lsvg [-L] [-o] [-n PVName]\n       lsvg [-L] [-i] [-l | -M | -p] VGName...';

type Args = { mode: 'list' | 'online' | 'detail' | 'l' | 'p'; vgs: string[] };

export const lsvg = defineCommand<Args>({
  name: 'lsvg',
  synopsis: SYNOPSIS,
  summary: 'Lists volume groups, or the details, LVs or PVs of some.',
  manual: `lsvg — volume groups defined in the running system's ODM.

  lsvg                 every VG the ODM defines, in ODM order (varied on or not)
  lsvg -o              only the varied-on VGs, most recently varied on first
  lsvg VG              the detail block (PP size, TOTAL/FREE/USED PPs, quorum ...)
  lsvg -l VG           its logical volumes: type, LPs, PPs, PVs, state, mount point
  lsvg -p VG           its physical volumes and their free partitions

A VG must be varied on for the detail, -l and -p forms: an alternate rootvg left asleep
(altinst_rootvg, old_rootvg) answers 0516-010. -L, -i, -M and -n are not simulated.`,
  flags: { spec: 'LoilMpn:', notSimulated: 'iMn', usage: SYNOPSIS,
    meanings: {
      L: 'Do not wait for the volume group lock: read the data as it is.',
      o: 'Only the volume groups that are varied on.',
      i: 'Read the volume group names from standard input.',
      l: 'List the logical volumes of the volume group: type, LPs, PPs, PVs, state, mount point.',
      M: 'Map: each logical partition and where it lies.',
      p: 'List the physical volumes of the volume group and their free partitions.',
      n: ['pvname', "Read the information from this disk's descriptor area instead of the ODM."],
    },
    operandMeaning: 'The volume group(s) to show.',
  },
  parse(o) {
    const l = hasFlag(o, 'l');
    const p = hasFlag(o, 'p');
    if (hasFlag(o, 'o')) {
      if (l || p || o.operands.length) return usage(SYNOPSIS);
      return ok({ mode: 'online', vgs: [] });
    }
    if (l && p) return usage(SYNOPSIS);
    if ((l || p) && o.operands.length === 0) return usage(SYNOPSIS);
    if (o.operands.length === 0) return ok({ mode: 'list', vgs: [] });
    return ok({ mode: l ? 'l' : p ? 'p' : 'detail', vgs: o.operands });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    if (a.mode === 'list') {
      ctx.out(lines(odm.vgs.map((v) => v.name)));
      return 0;
    }
    if (a.mode === 'online') {
      ctx.out(lines(ctx.host.run!.variedOn.map((id) => odm.vgs.find((v) => v.vgid === id)?.name ?? `vgid=${id.slice(0, 16)}`)));
      return 0;
    }
    let code = 0;
    for (const name of a.vgs) {
      const vg = odmVgByName(odm, name);
      if (!vg) {
        ctx.err(lvmMessages.vgNotFound(name) + '\n');
        code = 1;
        continue;
      }
      const image = ctx.world.vgs[vg.vgid];
      if (!isVariedOn(ctx.host, vg.vgid) || !image) {
        ctx.err(lvmMessages.vgNotVariedOn + '\n');
        code = 1;
        continue;
      }
      if (a.mode === 'detail') ctx.out(detail(ctx.world, ctx.host, vg, image));
      else if (a.mode === 'l') ctx.out(lvTable(ctx, vg, image));
      else ctx.out(pvTable(ctx, vg, image));
    }
    return code;
  },
});

function memberDisks(world: World, host: Host, vg: OdmVg) {
  return configuredDisks(world, host).filter((d) => d.disk.pvid && vg.pvids.includes(d.disk.pvid));
}

function detail(world: World, host: Host, vg: OdmVg, image: VgImage): string {
  const odm = odmOf(world, host);
  const members = memberDisks(world, host, vg);
  const { total, used } = vgTotals(image, members.map((m) => m.disk));
  const mb = (n: number) => `${n} (${n * image.ppSizeMB} megabytes)`;
  const odmLvs = odm.lvs.filter((l) => l.vg === vg.name);
  const open = odmLvs.filter((l) => {
    const lv = image.lvs.find((x) => `${image.vgid}.${x.minor}` === l.lvid);
    return lv && lvIsOpen(host, image, lv);
  }).length;
  const pvCount = vg.pvids.length;
  const quorumOn = image.quorum !== false;
  const descriptors = pvCount === 1 ? 2 : pvCount === 2 ? 3 : pvCount;
  const quorum = quorumOn ? `${Math.floor(descriptors / 2) + 1} (Enabled)` : '1 (Disabled)';
  const row = (l1: string, v1: string, l2?: string, v2?: string) =>
    l2 === undefined ? padRight(l1, 20) + v1 : padRight(l1, 20) + padRight(v1, 25) + padRight(l2, 16) + v2;
  const stalePps = image.lvs.filter((l) => l.stale).reduce((n, l) => n + lvPps(l), 0);
  return lines([
    row('VOLUME GROUP:', vg.name, 'VG IDENTIFIER:', image.vgid),
    row('VG STATE:', 'active', 'PP SIZE:', `${image.ppSizeMB} megabyte(s)`),
    row('VG PERMISSION:', 'read/write', 'TOTAL PPs:', mb(total)),
    row('MAX LVs:', '256', 'FREE PPs:', mb(total - used)),
    row('LVs:', String(odmLvs.length), 'USED PPs:', mb(used)),
    row('OPEN LVs:', String(open), 'QUORUM:', quorum),
    row('TOTAL PVs:', String(pvCount), 'VG DESCRIPTORS:', String(descriptors)),
    row('STALE PVs:', '0', 'STALE PPs:', String(stalePps)),
    row('ACTIVE PVs:', String(members.length), 'AUTO ON:', vg.autoOn ? 'yes' : 'no'),
    row('MAX PPs per VG:', '32512'),
    row('MAX PPs per PV:', String(image.maxPpsPerPv), 'MAX PVs:', String(Math.floor(32512 / image.maxPpsPerPv))),
    row('LTG size (Dynamic):', '512 kilobyte(s)', 'AUTO SYNC:', 'no'),
    row('HOT SPARE:', 'no', 'BB POLICY:', 'relocatable'),
    row('PV RESTRICTION:', 'none', 'INFINITE RETRY:', 'no'),
    row('DISK BLOCK SIZE:', '512', 'CRITICAL VG:', 'no'),
    row('FS SYNC OPTION:', 'no', 'CRITICAL PVs:', 'no'),
    row('ENCRYPTION:', 'no'),
  ]);
}

function lvTable(ctx: CommandContext, vg: OdmVg, image: VgImage): string {
  const odm = odmOf(ctx.world, ctx.host);
  const widths = [20, 11, 8, 8, 5, 14];
  const rows = [`${vg.name}:`, columns(['LV NAME', 'TYPE', 'LPs', 'PPs', 'PVs', 'LV STATE', 'MOUNT POINT'], widths)];
  for (const l of odm.lvs.filter((x) => x.vg === vg.name)) {
    const lv = image.lvs.find((x) => `${image.vgid}.${x.minor}` === l.lvid);
    if (!lv) continue;
    const state = `${lvIsOpen(ctx.host, image, lv) ? 'open' : 'closed'}/${lv.stale ? 'stale' : 'syncd'}`;
    const stanza = odm.filesystems.find((f) => f.dev === `/dev/${l.name}`);
    const mount = lv.fs ? (stanza?.mount ?? lv.label ?? 'N/A') : 'N/A';
    rows.push(columns([l.name, l.type, lv.lps, lvPps(lv), lvPvids(lv).length, state, mount], widths));
  }
  return lines(rows);
}

export function pvTable(ctx: CommandContext, vg: OdmVg, image: VgImage): string {
  const widths = [18, 18, 12, 12];
  const rows = [`${vg.name}:`, columns(['PV_NAME', 'PV STATE', 'TOTAL PPs', 'FREE PPs', 'FREE DISTRIBUTION'], widths)];
  for (const { odm, disk } of memberDisks(ctx.world, ctx.host, vg)) {
    const total = pvTotal(disk, image);
    const free = total - pvUsed(image, disk.pvid!);
    rows.push(columns([odm.name, 'active', total, free, distribution(image, disk, 'free')], widths));
  }
  return lines(rows);
}
