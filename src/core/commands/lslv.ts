// lslv — REFERENCE §2.7: one logical volume's detail block (layout of the ANS-T capture, with its
// trailing blanks), -l (its disks: copies, in-band %, distribution) and -m (the LP → PP map).
import { lvRegionCounts, pvTotal } from '../engine/lvm.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { configuredDisks, isVariedOn, lvIsOpen, lvPps, odmOf } from '../model/select.ts';
import type { LvImage, OdmLv, VgImage } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { columns, lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYNOPSIS = M.usage.lslv;

type Args = { lv: string; mode: 'detail' | 'l' | 'm' };

export const lslv = defineCommand<Args>({
  name: 'lslv',
  synopsis: SYNOPSIS,
  summary: 'Shows a logical volume: its characteristics, its disks (-l) or its partition map (-m).',
  manual: `lslv — one logical volume as the running system defines it.

  lslv hd4        type, copies, LPs/PPs, policies, mount point, label, state ...
  lslv -l hd4     the disks holding it: copies per disk, % inside the intra-policy band,
                  PPs per region (outer edge : outer middle : center : inner middle : inner edge)
  lslv -m hd5     each logical partition and the physical partition of every copy

COPIES 2 and two disks in -l mean the LV is mirrored; "lslv -m hd5" is the quick way to
see which disks hold the boot logical volume (the disks bosboot can write to). The volume
group must be varied on (0516-010). -L, -n and -p are not simulated.`,
  flags: { spec: 'Llmn:p:', notSimulated: 'Lnp', usage: SYNOPSIS,
    meanings: {
      L: 'Do not wait for the volume group lock: read the data as it is.',
      l: 'List the disks the logical volume has partitions on, and its copies there.',
      m: 'Map: each logical partition and the physical partitions of its copies.',
      n: ['pv', "Read the information from this disk's descriptor area."],
      p: ['pv', "The partition map of this disk, with the logical volume's partitions marked."],
    },
    operandMeaning: 'The logical volume to show (hd5, hd4 ...).',
  },
  parse(o) {
    if (hasFlag(o, 'l') && hasFlag(o, 'm')) return usage(SYNOPSIS);
    if (o.operands.length !== 1) return usage(SYNOPSIS);
    return ok({ lv: o.operands[0], mode: hasFlag(o, 'l') ? 'l' : hasFlag(o, 'm') ? 'm' : 'detail' });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    const def = odm.lvs.find((l) => l.name === a.lv);
    if (!def) {
      ctx.err(M.lvNotFound(a.lv) + '\n');
      return 1;
    }
    const [vgid, minor] = def.lvid.split('.');
    const image = ctx.world.vgs[vgid];
    const lv = image?.lvs.find((l) => l.minor === Number(minor));
    if (!image || !lv || !isVariedOn(ctx.host, vgid)) {
      ctx.err(M.vgNotVariedOn + '\n');
      return 1;
    }
    if (a.mode === 'l') ctx.out(pvList(ctx, def, image, lv));
    else if (a.mode === 'm') ctx.out(ppMap(ctx, def, lv));
    else ctx.out(detail(ctx, def, image, lv));
    return 0;
  },
});

function mountPoint(ctx: CommandContext, def: OdmLv, lv: LvImage): string {
  if (!lv.fs) return 'N/A';
  const stanza = odmOf(ctx.world, ctx.host).filesystems.find((f) => f.dev === `/dev/${def.name}`);
  return stanza?.mount ?? lv.label ?? 'N/A';
}

/** "%-20s%-22s %-16s%s": the ANS-T capture keeps the padding of an empty right half. */
function row(l1: string, v1: string, l2 = '', v2 = ''): string {
  return padRight(l1, 20) + padRight(v1, 22) + ' ' + padRight(l2, 16) + v2;
}

function detail(ctx: CommandContext, def: OdmLv, image: VgImage, lv: LvImage): string {
  const vgName = odmOf(ctx.world, ctx.host).vgs.find((v) => v.vgid === image.vgid)?.name ?? def.vg;
  const open = lvIsOpen(ctx.host, image, lv);
  const state = `${open ? 'opened' : 'closed'}/${lv.stale ? 'stale' : 'syncd'}`;
  const boot = lv.type === 'boot';
  const pps = lvPps(lv);
  const stalePps = lv.stale ? pps - lv.lps : 0;
  return lines([
    row('LOGICAL VOLUME:', def.name, 'VOLUME GROUP:', vgName),
    row('LV IDENTIFIER:', def.lvid, 'PERMISSION:', 'read/write'),
    row('VG STATE:', 'active/complete', 'LV STATE:', state),
    row('TYPE:', lv.type, 'WRITE VERIFY:', 'off'),
    row('MAX LPs:', String(Math.max(512, lv.lps)), 'PP SIZE:', `${image.ppSizeMB} megabyte(s)`),
    row('COPIES:', String(lv.copies.length), 'SCHED POLICY:', 'parallel'),
    row('LPs:', String(lv.lps), 'PPs:', String(pps)),
    row('STALE PPs:', String(stalePps), 'BB POLICY:', boot ? 'non-relocatable' : 'relocatable'),
    row('INTER-POLICY:', 'minimum', 'RELOCATABLE:', boot ? 'no' : 'yes'),
    row('INTRA-POLICY:', lv.intraPolicy, 'UPPER BOUND:', '32'),
    row('MOUNT POINT:', mountPoint(ctx, def, lv), 'LABEL:', lv.label ?? 'None'),
    row('DEVICE UID:', '0', 'DEVICE GID:', '0'),
    row('DEVICE PERMISSIONS:', '432'),
    row('MIRROR WRITE CONSISTENCY: ', 'on/ACTIVE'),
    row('EACH LP COPY ON A SEPARATE PV ?: ', 'yes'),
    row('Serialize IO ?:', 'NO'),
    row('INFINITE RETRY:', 'no', 'PREFERRED READ:', '0'),
    padRight('DEVICESUBTYPE:', 20) + padRight('DS_LVZ', 29) + ' '.repeat(17),
    row('COPY 1 MIRROR POOL:', 'None'),
    row('COPY 2 MIRROR POOL:', 'None'),
    row('COPY 3 MIRROR POOL:', 'None'),
    'ENCRYPTION:         no',
  ]);
}

const BAND: Record<LvImage['intraPolicy'], number> = { edge: 0, middle: 1, center: 2, 'inner middle': 3, 'inner edge': 4 };

function pvList(ctx: CommandContext, def: OdmLv, image: VgImage, lv: LvImage): string {
  const widths = [18, 14, 14];
  const out = [`${def.name}:${mountPoint(ctx, def, lv)}`, columns(['PV', 'COPIES', 'IN BAND', 'DISTRIBUTION'], widths)];
  const pad3 = (n: number) => String(n).padStart(3, '0');
  for (const { odm, disk } of configuredDisks(ctx.world, ctx.host)) {
    if (!disk.pvid || disk.vgid !== image.vgid) continue;
    const perLp = new Map<number, number>();
    lv.copies.forEach((copy) => {
      let lp = 0;
      for (const e of copy) {
        for (let i = 0; i < e.count; i++, lp++) if (e.pvid === disk.pvid) perLp.set(lp, (perLp.get(lp) ?? 0) + 1);
      }
    });
    if (perLp.size === 0) continue;
    const at = (k: number) => [...perLp.values()].filter((n) => n >= k).length;
    const counts = lvRegionCounts(lv, disk.pvid, pvTotal(disk, image));
    const onPv = counts.reduce((s, n) => s + n, 0);
    const inBand = onPv ? Math.floor((counts[BAND[lv.intraPolicy]] * 100) / onPv) : 0;
    out.push(columns([odm.name, `${pad3(at(1))}:${pad3(at(2))}:${pad3(at(3))}`, `${inBand}%`, counts.map(pad3).join(':')], widths));
  }
  return lines(out);
}

function ppMap(ctx: CommandContext, def: OdmLv, lv: LvImage): string {
  const names = new Map(configuredDisks(ctx.world, ctx.host).map((d) => [d.disk.pvid, d.odm.name]));
  const out = [`${def.name}:${mountPoint(ctx, def, lv)}`, 'LP    PP1  PV1               PP2  PV2               PP3  PV3'];
  const perCopy = lv.copies.map((copy) => copy.flatMap((e) => Array.from({ length: e.count }, (_, i) => ({ pp: e.start + i, pvid: e.pvid }))));
  const pad4 = (n: number) => String(n).padStart(4, '0');
  for (let lp = 0; lp < lv.lps; lp++) {
    let text = padRight(pad4(lp + 1), 6);
    for (const copy of perCopy) {
      const at = copy[lp];
      if (at) text += padRight(pad4(at.pp), 5) + padRight(names.get(at.pvid) ?? at.pvid, 18);
    }
    out.push(text.trimEnd());
  }
  return lines(out);
}
