// lsattr — REFERENCE §2.13: a disk's attributes (lsattr -El hdiskN), each column as wide as its longest
// entry; -a picks attributes, -F picks columns ("lsattr -El hdisk1 -a pvid -F value"). The attribute set
// is the virtual SCSI disk's [M]; pvid is the 16 digits followed by 16 zeros, or "none".
import { cfgMessages as C } from '../messages/lvm.ts';
import { odmOf } from '../model/select.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { lines, padRight } from '../engine/format.ts';
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

type Row = { attribute: string; value: string; description: string; user_settable: string };

/**
 * sys0, the system object: a subset of its attributes as AIX 7.2 lists them [M: attribute names,
 * descriptions and defaults from memory of real `lsattr -El sys0` output]; the model and the memory come
 * from the partition. The full list has some forty attributes; only these are simulated.
 */
function sys0Rows(model: string, memoryMB: number): Row[] {
  const rows: [string, string, string, string][] = [
    ['autorestart', 'true', 'Automatically REBOOT OS after a crash', 'True'],
    ['boottype', 'disk', 'N/A', 'False'],
    ['conslogin', 'enable', 'System Console Login', 'False'],
    ['fullcore', 'false', 'Enable full CORE dump', 'True'],
    ['iostat', 'false', 'Continuously maintain DISK I/O history', 'True'],
    ['keylock', 'normal', 'State of system keylock at boot time', 'False'],
    ['maxpout', '8193', 'HIGH water mark for pending write I/Os per file', 'True'],
    ['maxuproc', '128', 'Maximum number of PROCESSES allowed per user', 'True'],
    ['minpout', '4096', 'LOW water mark for pending write I/Os per file', 'True'],
    ['modelname', model, 'Machine name', 'False'],
    ['ncargs', '256', 'ARG/ENV list size in 4K byte blocks', 'True'],
    ['realmem', String(memoryMB * 1024), 'Amount of usable physical memory in Kbytes', 'False'],
  ];
  return rows.map(([attribute, value, description, user_settable]) => ({ attribute, value, description, user_settable }));
}

export const lsattr = defineCommand<Args>({
  name: 'lsattr',
  synopsis: SYNOPSIS,
  summary: "Lists a disk's or the system's (sys0) attributes (PVID, queue depth, memory ...).",
  manual: `lsattr — the effective attributes of a device.

  lsattr -El hdisk1                       all attributes: name, value, description, settable
  lsattr -El hdisk1 -a pvid               one attribute
  lsattr -El hdisk1 -a pvid -F value      only its value

The pvid attribute holds the disk's PVID followed by sixteen zeros ("none" for a disk that
has none yet).

  lsattr -El sys0                         the system: model, real memory, maxuproc ... (a subset
                                          of the attributes AIX lists)

Only disks and sys0 (-E -l) are simulated; -D, -R, -O, -H, -c, -s, -t, -f and -h are not.`,
  flags: { spec: 'DEOF:l:a:Hc:s:t:f:Rh', notSimulated: 'DOHcstfRh', usage: SYNOPSIS },
  parse(o) {
    const device = flagValue(o, 'l');
    const format = flagValue(o, 'F') ?? null;
    if (!device || (!hasFlag(o, 'E') && !format) || o.operands.length) return usage(SYNOPSIS);
    const attrs = o.all.filter((x) => x.flag === 'a').map((x) => String(x.value));
    return ok({ device, attrs, format });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    const entry = odm.disks.find((d) => d.name === a.device);
    let rows: Row[];
    if (a.device === 'sys0') {
      rows = sys0Rows(ctx.host.model, ctx.host.memoryMB);
    } else if (entry) {
      const pvid = ctx.world.disks[entry.diskId]?.pvid ?? entry.pvid;
      rows = VSCSI_DISK.map(([attribute, value, description, settable]) => ({
        attribute,
        value: attribute === 'pvid' ? (pvid ? `${pvid}0000000000000000` : 'none') : value,
        description,
        user_settable: settable,
      }));
    } else {
      ctx.err(C.notInCuDv('lsattr', a.device) + '\n');
      return 1;
    }
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
