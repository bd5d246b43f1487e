// bootlist — REFERENCE §2.8: shows or sets the NVRAM boot lists. Setting a list does not check for a
// boot image on the disk: a wrong list only shows at the next boot.
import { bootMessages } from '../messages/index.ts';
import { diskByName, odmOf } from '../model/select.ts';
import type { BootDevice } from '../model/types.ts';
import { normalizePath, readFile } from '../engine/fs.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { lines } from '../engine/format.ts';
import { err, type Result } from '../result.ts';
import { defineCommand, ok, usage } from './types.ts';

const MODES = ['normal', 'service', 'both', 'prevboot'] as const;
type Mode = (typeof MODES)[number];
const MAX_ENTRIES = 5;
const KNOWN_ATTRS = ['blv', 'pathid', 'bserver', 'gateway', 'client', 'speed', 'duplex', 'vlan_tag', 'vlan_pri', 'filename'];

type Args = { mode: Mode; show: boolean; invalidate: boolean; file: string | null; items: string[] };

export const bootlist = defineCommand<Args>({
  name: 'bootlist',
  synopsis: bootMessages.bootlistUsage,
  summary: 'Shows or changes the list of devices the firmware boots from.',
  manual: `bootlist — the boot device lists kept in NVRAM.

  bootlist -m normal -o            show the normal list, one device per line
  bootlist -m normal hdisk1 hdisk0 set it (nothing is printed on success)
  bootlist -m service -o           the service-mode list
  bootlist -m both hdisk0          set normal and service lists alike
  bootlist -m normal -i            empty the list
  bootlist -m normal -f FILE       read the device names from a file

Each device may carry attributes, e.g. blv=hd5 (the boot logical volume on that disk).
bootlist does not check that a disk holds a boot image: firmware finds out at the next
boot. -r, -F, -v and -V are not simulated.`,
  flags: { spec: 'm:roiVFf:v', notSimulated: 'rVFv', usage: bootMessages.bootlistUsage,
    meanings: {
      m: ['mode', 'Which list: normal (ordinary boots), service, both (set the two alike) or prevboot (only with -i).'],
      r: "Show the list after making the change, in the firmware's own form.",
      o: 'Show the list, one device per line (hdisk1 blv=hd5 pathid=0), in a form -f can read back.',
      i: 'Invalidate (empty) the list.',
      V: 'Listed in the AIX synopsis; this trainer does not describe it.',
      F: 'Force the change even when speed or duplex attributes cannot be checked.',
      f: ['file', 'Read the device names from this file.'],
      v: 'Verbose trace.',
    },
    operandMeaning: 'The boot devices in order (hdisk1 hdisk0), each optionally followed by attributes such as blv=hd5.',
  },
  parse(o) {
    const mode = flagValue(o, 'm');
    if (mode === undefined) return usage(`${bootMessages.bootlistMissingMode}\n${bootMessages.bootlistUsage}`);
    if (!MODES.includes(mode as Mode)) return usage(bootMessages.bootlistInvalidMode(mode));
    const invalidate = hasFlag(o, 'i');
    const file = flagValue(o, 'f') ?? null;
    if (invalidate && (o.operands.length || file)) return usage(bootMessages.bootlistConflict(`-i ${o.operands[0] ?? '-f'}`));
    if (mode === 'prevboot' && !invalidate) return usage(`${bootMessages.bootlistMissingMode.replace('(-m)', '(-i)')}\n${bootMessages.bootlistUsage}`);
    if (!invalidate && !file && o.operands.length === 0 && !hasFlag(o, 'o')) return usage(bootMessages.bootlistUsage);
    return ok({ mode: mode as Mode, show: hasFlag(o, 'o'), invalidate, file, items: o.operands });
  },
  run(ctx, a) {
    const host = ctx.host;
    let items = a.items;
    if (a.file) {
      const f = readFile(ctx.world, host, normalizePath(host.run!.cwd, a.file));
      if (!f.ok) {
        ctx.err(`bootlist: cannot open ${a.file}\n`);
        return 1;
      }
      items = f.value.split(/\s+/).filter(Boolean);
    }
    const changing = a.invalidate || items.length > 0;
    if (changing) {
      const parsed = a.invalidate ? ok<BootDevice[]>([]) : buildList(ctx, items);
      if (!parsed.ok) {
        ctx.err(parsed.error + '\n');
        return 1;
      }
      if (a.mode === 'prevboot') {
        // Only invalidation is allowed for prevboot; nothing of it is modelled beyond that.
      } else if (a.mode === 'both') {
        host.nvram.normal = parsed.value;
        host.nvram.service = parsed.value.map((e) => ({ ...e }));
      } else host.nvram[a.mode] = parsed.value;
    }
    if (a.show) {
      const list = a.mode === 'service' ? host.nvram.service : a.mode === 'prevboot' ? [] : host.nvram.normal;
      const odm = odmOf(ctx.world, host);
      ctx.out(
        lines(
          list.map((e) => {
            const name = odm.disks.find((d) => d.diskId === e.diskId && d.state === 'Available')?.name;
            return name ? `${name} blv=${e.blv} pathid=0` : '-';
          }),
        ),
      );
    }
    return 0;
  },
});

function buildList(ctx: Parameters<typeof bootlist.run>[0], items: string[]): Result<BootDevice[], string> {
  const list: BootDevice[] = [];
  let current: BootDevice | null = null;
  let seen = new Set<string>();
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq > 0) {
      if (!current) return err(bootMessages.bootlistInvalidDevice(item));
      const attr = item.slice(0, eq);
      if (!KNOWN_ATTRS.includes(attr)) return err(bootMessages.bootlistBadAttr(attr));
      if (seen.has(attr)) return err(bootMessages.bootlistDupAttr(attr));
      seen.add(attr);
      if (attr === 'blv') current.blv = item.slice(eq + 1);
      continue;
    }
    const found = diskByName(ctx.world, ctx.host, item);
    if (!found) return err(bootMessages.bootlistInvalidDevice(item));
    if (list.length >= MAX_ENTRIES) return err(bootMessages.bootlistNoRoom(item));
    current = { diskId: found.disk.id, blv: 'hd5' };
    seen = new Set();
    list.push(current);
  }
  return ok(list);
}
