// lsattr — REFERENCE §2.13: a disk's attributes (lsattr -El hdiskN), each column as wide as its longest
// entry; -a picks attributes, -F picks columns ("lsattr -El hdisk1 -a pvid -F value"). The attribute set
// is the virtual SCSI disk's [M]; pvid is the 16 digits followed by 16 zeros, or "none".
import { cfgMessages as C } from '../messages/lvm.ts';
import { trainerMessages } from '../messages/index.ts';
import { odmOf } from '../model/select.ts';
import { flagValue, getopt, hasFlag } from '../shell/getopt.ts';
import { lines, padRight } from './format.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = C.usage.lsattr;

type Args = { device: string; attrs: string[]; format: string | null };

/** attribute, description, user-settable (value filled in per disk). */
const VSCSI_DISK: [string, string, string, string][] = [
  ['PCM', 'PCM/friend/vscsi', 'Path Control Module', 'False'],
  ['algorithm', 'fail_over', 'Algorithm', 'True'],
  ['hcheck_cmd', 'test_unit_rdy', 'Health Check Command', 'True+'],
  ['hcheck_interval', '0', 'Health Check Interval', 'True+'],
  ['hcheck_mode', 'nonactive', 'Health Check Mode', 'True+'],
  ['max_transfer', '0x40000', 'Maximum TRANSFER Size', 'True'],
  ['pvid', '', 'Physical volume identifier', 'False'],
  ['queue_depth', '3', 'Queue DEPTH', 'True+'],
  ['reserve_policy', 'no_reserve', 'Reserve Policy', 'True+'],
];

export const lsattr = defineCommand<Args>({
  name: 'lsattr',
  synopsis: SYNOPSIS,
  summary: "Lists a disk's attributes (PVID, queue depth, reserve policy ...).",
  manual: `lsattr — the effective attributes of a device.

  lsattr -El hdisk1                       all attributes: name, value, description, settable
  lsattr -El hdisk1 -a pvid               one attribute
  lsattr -El hdisk1 -a pvid -F value      only its value

The pvid attribute holds the disk's PVID followed by sixteen zeros ("none" for a disk that
has none yet). Only disks (-E -l hdiskN) are simulated; -D, -R, -O, -H, -c, -s, -t, -f and
-h are not.`,
  parse(args) {
    const r = getopt('lsattr', args, 'DEOF:l:a:Hc:s:t:f:Rh');
    if (!r.ok) return usage(`${r.message}\n${SYNOPSIS}`);
    for (const f of ['D', 'O', 'H', 'c', 's', 't', 'f', 'R', 'h']) if (hasFlag(r.opts, f)) return usage(trainerMessages.notSimulated('lsattr', `-${f}`));
    const device = flagValue(r.opts, 'l');
    const format = flagValue(r.opts, 'F') ?? null;
    if (!device || (!hasFlag(r.opts, 'E') && !format) || r.opts.operands.length) return usage(SYNOPSIS);
    const attrs = r.opts.all.filter((x) => x.flag === 'a').map((x) => String(x.value));
    return ok({ device, attrs, format });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    const entry = odm.disks.find((d) => d.name === a.device);
    if (!entry) {
      ctx.err(C.notInCuDv('lsattr', a.device) + '\n');
      return 1;
    }
    const pvid = ctx.world.disks[entry.diskId]?.pvid ?? entry.pvid;
    let rows = VSCSI_DISK.map(([attribute, value, description, settable]) => ({
      attribute,
      value: attribute === 'pvid' ? (pvid ? `${pvid}0000000000000000` : 'none') : value,
      description,
      user_settable: settable,
    }));
    if (a.attrs.length) {
      const bad = a.attrs.find((n) => !rows.some((r) => r.attribute === n));
      if (bad) {
        ctx.err(C.noSuchAttr('lsattr', bad) + '\n');
        return 1;
      }
      rows = a.attrs.map((n) => rows.find((r) => r.attribute === n)!);
    }
    if (a.format) {
      const fmt = a.format;
      ctx.out(lines(rows.map((r) => fmt.replace(/[A-Za-z_]+/g, (f) => (f in r ? r[f as keyof typeof r] : f)))));
      return 0;
    }
    const w = (k: 'attribute' | 'value' | 'description') => Math.max(...rows.map((r) => r[k].length)) + 1;
    const [wa, wv, wd] = [w('attribute'), w('value'), w('description')];
    ctx.out(lines(rows.map((r) => padRight(r.attribute, wa) + padRight(r.value, wv) + padRight(r.description, wd) + r.user_settable)));
    return 0;
  },
});
