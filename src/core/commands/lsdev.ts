// lsdev — REFERENCE §2.12: the customized devices the simulator keeps: disks (-Cc disk, each column as
// wide as its longest entry, the empty location of a virtual SCSI disk leaving two blanks) and volume
// groups (-Ct vgtype), the logical_volume class (VGs and their LVs, as CuDv holds them: REFERENCE §8 S19
// reads alt_* names there). -F picks columns by name; physloc is the location code the SMS menus show
// (engine/firmware.ts), so `lsdev -Cc disk -F 'name physloc'` maps SMS entries to hdisk names.
import { cfgMessages as C } from '../messages/lvm.ts';
import { trainerMessages } from '../messages/index.ts';
import { locationCode } from '../engine/firmware.ts';
import { hdiskNumber, isVariedOn, odmOf } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYNOPSIS = C.usage.lsdev;

type Args = { what: 'disk' | 'vgtype' | 'lvclass'; name: string | null; format: string | null };
type Row = Record<string, string>;

export const lsdev = defineCommand<Args>({
  name: 'lsdev',
  synopsis: SYNOPSIS,
  summary: 'Lists devices (disks, volume groups) in the device configuration database.',
  manual: `lsdev — devices as the ODM (customized devices, CuDv) records them.

  lsdev -Cc disk               every disk: name, state, location, description
  lsdev -Cc disk -l hdisk1     one of them
  lsdev -Cc disk -F name       only the names ("-F 'name:status'" and so on)
  lsdev -Ct vgtype -F name     the volume groups the ODM defines, placeholders included
  lsdev -Cc logical_volume     volume groups and their logical volumes as the ODM defines them
  lsdev -Cc disk -F 'name physloc'
                               each disk with the location code SMS lists it under

A disk is "Available" when configured, "Defined" when it is known but not configured
(rmdev -l, or hardware gone). Virtual SCSI disks have an empty location column; their
physical location code (physloc) is what SMS shows. Only the disk and logical_volume
classes are simulated; -P, -S, -s, -p, -r, -H, -h, -x and -f are not.`,
  flags: { spec: 'CPc:s:t:f:F:r:hHl:p:S:x', notSimulated: 'PsfrhHpSx', operands: [0, 0], usage: SYNOPSIS },
  parse(o) {
    const cls = flagValue(o, 'c');
    const type = flagValue(o, 't');
    const name = flagValue(o, 'l') ?? null;
    const format = flagValue(o, 'F') ?? null;
    if (cls === 'disk' && (type === undefined || type === 'vdisk')) return ok({ what: 'disk', name, format });
    if (type === 'vgtype' && (cls === undefined || cls === 'logical_volume')) return ok({ what: 'vgtype', name, format });
    if (cls === 'logical_volume' && type === undefined) return ok({ what: 'lvclass', name, format });
    return usage(trainerMessages.notSimulated('lsdev', `this form (only "-Cc disk", "-Cc logical_volume" and "-Ct vgtype")`));
  },
  run(ctx, a) {
    const rows = (a.what === 'disk' ? diskRows(ctx) : a.what === 'vgtype' ? vgRows(ctx) : lvClassRows(ctx)).filter((r) => !a.name || r.name === a.name);
    if (a.format) {
      const bad = fieldNames(a.format).find((f) => !(f in (rows[0] ?? sampleRow(a.what))));
      if (bad) {
        ctx.err(`lsdev: 0514-529 The "${bad}" column does not exist in the device configuration\n\tdatabase.\n`);
        return 1;
      }
      ctx.out(lines(rows.map((r) => a.format!.replace(/[A-Za-z_]+/g, (f) => r[f] ?? f))));
      return 0;
    }
    const cols = ['name', 'status', 'location'];
    const widths = cols.map((c) => Math.max(0, ...rows.map((r) => r[c].length)));
    ctx.out(lines(rows.map((r) => cols.map((c, i) => padRight(r[c], widths[i])).join(' ') + ' ' + r.description)));
    return 0;
  },
});

function fieldNames(format: string): string[] {
  return format.match(/[A-Za-z_]+/g) ?? [];
}

function sampleRow(what: Args['what']): Row {
  return what === 'disk' ? diskRow('', '', '', '') : vgRow('', '');
}

function diskRow(name: string, status: string, description: string, physloc: string): Row {
  return { name, status, location: '', description, class: 'disk', subclass: 'vscsi', type: 'vdisk', parent: 'vscsi0', physloc };
}

function lvRow(name: string, vg: string): Row {
  return { name, status: 'Defined', location: '', description: 'Logical volume', class: 'logical_volume', subclass: 'lvsubclass', type: 'lvtype', parent: vg, physloc: '' };
}

function vgRow(name: string, status: string): Row {
  return { name, status, location: '', description: 'Volume group', class: 'logical_volume', subclass: 'vgsubclass', type: 'vgtype', parent: '', physloc: '' };
}

function diskRows(ctx: CommandContext): Row[] {
  const odm = odmOf(ctx.world, ctx.host);
  return [...odm.disks]
    .sort((x, y) => hdiskNumber(x.name) - hdiskNumber(y.name))
    .map((d) => {
      const disk = ctx.world.disks[d.diskId];
      const attached = disk && disk.location?.host === ctx.host.name;
      return diskRow(d.name, d.state, disk?.description ?? 'Virtual SCSI Disk Drive', attached ? locationCode(ctx.host, disk) : '');
    });
}

function vgRows(ctx: CommandContext): Row[] {
  const odm = odmOf(ctx.world, ctx.host);
  return odm.vgs.map((v) => vgRow(v.name, isVariedOn(ctx.host, v.vgid) ? 'Available' : 'Defined'));
}

/** The logical_volume class in CuDv order: each volume group, then the logical volumes defined in it. */
function lvClassRows(ctx: CommandContext): Row[] {
  const odm = odmOf(ctx.world, ctx.host);
  const rows: Row[] = [];
  for (const v of odm.vgs) {
    rows.push(vgRow(v.name, isVariedOn(ctx.host, v.vgid) ? 'Available' : 'Defined'));
    for (const lv of odm.lvs.filter((l) => l.vg === v.name)) rows.push(lvRow(lv.name, v.name));
  }
  return rows;
}
