// lqueryvg — reads the VGDA of one disk (-p PV): what the disk says about its volume group, whatever the
// running ODM believes. The LV names are the on-disk (VGDA) names, so an awake clone shows alt_hd4 and a
// sleeping one hd4 (REFERENCE §4.1). -A -t prints the tagged summary below; -v the VGID; -L the LVs;
// -P the PVs. Field list and values [M: the lqueryvg -Atp layout as the authors know it]: PP Size is
// log2 of the size in bytes, "Logical:" lines are LV id, name and state (1 closed, 2 open).
import { pvTotal, pvUsed } from '../engine/lvm.ts';
import { lvmInternalsMessages as M } from '../messages/diag.ts';
import { configuredDisks, lvIsOpen } from '../model/select.ts';
import type { VgImage } from '../model/types.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

type Part = 'vgid' | 'lvs' | 'pvs';
type Args = { pv: string; all: boolean; tagged: boolean; parts: Part[] };

export const lqueryvg = defineCommand<Args>({
  name: 'lqueryvg',
  synopsis: M.lqueryvgUsage,
  summary: "Reads a disk's volume group descriptor area (VGDA): VGID, LVs as named on disk, PVs.",
  manual: `lqueryvg — the volume group descriptor area (VGDA) as written on one disk.

  lqueryvg -Atp hdisk1     everything, each value tagged: PP size, counts, quorum, the LVs
                           (id, on-disk name, state) and the PVs with their VGDA counts
  lqueryvg -p hdisk1 -v    the VGID only      -L  the LVs      -P  the PVs

The LV names are the ones in the VGDA: a woken clone carries alt_hd4, a sleeping one hd4,
whatever the ODM of the running system says. -g, -s, -N, -c, -a, -D and -n are not simulated.`,
  flags: { spec: 'p:g:AtvLPsNcaDnX', notSimulated: 'gsNcaDnX', usage: M.lqueryvgUsage },
  parse(o) {
    const pv = flagValue(o, 'p');
    if (!pv || o.operands.length) return usage(M.lqueryvgUsage);
    const parts = (['v', 'L', 'P'] as const).filter((f) => hasFlag(o, f)).map((f): Part => (f === 'v' ? 'vgid' : f === 'L' ? 'lvs' : 'pvs'));
    const all = hasFlag(o, 'A');
    if (!all && parts.length === 0) return usage(M.lqueryvgUsage);
    return ok({ pv, all, tagged: hasFlag(o, 't'), parts });
  },
  run(ctx, a) {
    const name = a.pv.replace(/^\/dev\/r?/, '');
    const found = configuredDisks(ctx.world, ctx.host).find((d) => d.odm.name === name);
    if (!found || found.disk.failed) {
      ctx.err(M.cannotOpen('lqueryvg', a.pv) + '\n');
      return 1;
    }
    const vg = found.disk.vgid ? ctx.world.vgs[found.disk.vgid] : null;
    if (!vg) {
      ctx.err(M.noVgda('lqueryvg', a.pv) + '\n');
      return 1;
    }
    const lvLines = vg.lvs.map((lv) => `${vg.vgid}.${lv.minor}`.padEnd(36) + ` ${lv.name} ${lvIsOpen(ctx.host, vg, lv) ? 2 : 1}`);
    const pvLines = vg.pvids.map((p) => `${p}                ${vgdaCount(vg, p)}   0`);
    const tag = (label: string, values: string[]) => (a.tagged ? values.map((v, i) => padRight(i === 0 ? label : '', 16) + v) : values);
    if (!a.all) {
      const out: string[] = [];
      if (a.parts.includes('vgid')) out.push(...tag('VGid:', [vg.vgid]));
      if (a.parts.includes('lvs')) out.push(...tag('Logical:', lvLines));
      if (a.parts.includes('pvs')) out.push(...tag('Physical:', pvLines));
      ctx.out(out.join('\n') + '\n');
      return 0;
    }
    ctx.out(summary(ctx, vg, lvLines, pvLines, a.tagged));
    return 0;
  },
});

function vgdaCount(vg: VgImage, pvid: string): number {
  if (vg.pvids.length === 1) return 2;
  if (vg.pvids.length === 2) return vg.pvids[0] === pvid ? 2 : 1;
  return 1;
}

function summary(ctx: CommandContext, vg: VgImage, lvLines: string[], pvLines: string[], tagged: boolean): string {
  const members = Object.values(ctx.world.disks).filter((d) => d.pvid && vg.pvids.includes(d.pvid));
  const total = members.reduce((n, d) => n + pvTotal(d, vg), 0);
  const used = vg.pvids.reduce((n, p) => n + pvUsed(vg, p), 0);
  const maxPvs = Math.max(1, Math.floor(32 * (1016 / Math.max(1016, vg.maxPpsPerPv))));
  const fields: [string, string[]][] = [
    ['Max LVs:', ['256']],
    ['PP Size:', [String(20 + Math.log2(vg.ppSizeMB))]],
    ['Free PPs:', [String(total - used)]],
    ['LV count:', [String(vg.lvs.length)]],
    ['PV count:', [String(vg.pvids.length)]],
    ['Total VGDAs:', [String(vg.pvids.reduce((n, p) => n + vgdaCount(vg, p), 0))]],
    ['Conc Allowed:', ['0']],
    ['MAX PPs per PV', [String(vg.maxPpsPerPv)]],
    ['MAX PVs:', [String(maxPvs)]],
    ['Quorum (disk):', [vg.quorum === false ? '0' : '1']],
    ['Quorum (dd):', [vg.quorum === false ? '0' : '1']],
    ['Auto Varyon ?:', ['1']],
    ['Conc Autovaryo', ['0']],
    ['Varied on Conc', ['0']],
    ['Logical:', lvLines],
    ['Physical:', pvLines],
    ['Total PPs:', [String(total)]],
    ['LTG size:', ['128']],
    ['HOT SPARE:', ['0']],
    ['AUTO SYNC:', ['0']],
    ['VG PERMISSION:', ['0']],
    ['SNAPSHOT VG:', ['0']],
    ['IS_PRIMARY VG:', ['0']],
    ['PSNFSTPP:', ['4352']],
    ['VARYON MODE:', ['0']],
    ['VG Type:', ['0']],
    ['Max PPs:', ['32512']],
    ['Mirror Pool St', ['n']],
  ];
  return fields.flatMap(([label, values]) => values.map((v, i) => (tagged ? padRight(i === 0 ? label : '', 16) + v : v))).join('\n') + '\n';
}
