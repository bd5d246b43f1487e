// lspath — MPIO paths of the running system's disks. Every lab disk is a virtual SCSI disk with one
// path through vscsi0 (one VIOS): Enabled while configured, Failed when the disk fails I/O (lab disk
// fail), Defined when the ODM keeps it Defined (rmdev -l), Missing when the hardware is gone. The
// connection is the disk's LUN, the one in its location code (engine/firmware.ts). Layout: status,
// name, parent [M: as the authors know lspath output].
import { lunOf } from '../engine/firmware.ts';
import { lspathMessages as M } from '../messages/diag.ts';
import { hdiskNumber, odmOf } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { lines } from '../engine/format.ts';
import { defineCommand, ok, type CommandContext } from './types.ts';

type Args = { name: string | null; parent: string | null; status: string | null; format: string | null };
type PathRow = { name: string; parent: string; status: string; connection: string; path_id: string; path_status: string };

export const lspath = defineCommand<Args>({
  name: 'lspath',
  synopsis: M.usage,
  summary: 'Lists the paths to each disk (status, disk, parent adapter).',
  manual: `lspath — paths (MPIO) of the configured disks.

  lspath                        Enabled hdisk0 vscsi0 ... one line per path
  lspath -l hdisk1              the paths of one disk
  lspath -s Failed              only paths in that state (Enabled, Failed, Defined, Missing)
  lspath -F 'name connection'   chosen fields: name, parent, status, connection, path_id

Each lab disk is a virtual SCSI disk with a single path through vscsi0. A disk failed with
"lab disk fail" shows its path Failed. -A, -t, -H, -w, -i and -D/-E are not simulated.`,
  flags: { spec: 'F:tHl:p:s:w:i:AEDOa:', notSimulated: 'tHwiAEDOa', operands: [0, 0], usage: M.usage },
  parse(o) {
    return ok({ name: flagValue(o, 'l') ?? null, parent: flagValue(o, 'p') ?? null, status: flagValue(o, 's') ?? null, format: flagValue(o, 'F') ?? null });
  },
  run(ctx, a) {
    const rows = pathRows(ctx).filter(
      (r) => (!a.name || r.name === a.name) && (!a.parent || r.parent === a.parent) && (!a.status || r.status.toLowerCase() === a.status.toLowerCase()),
    );
    if (a.format) {
      const bad = (a.format.match(/[A-Za-z_]+/g) ?? []).find((f) => !['name', 'parent', 'status', 'connection', 'path_id', 'path_status'].includes(f));
      if (bad) {
        ctx.err(M.badField(bad) + '\n');
        return 1;
      }
    }
    if (rows.length === 0) {
      ctx.err(M.noPaths + '\n');
      return 1;
    }
    ctx.out(lines(rows.map((r) => (a.format ? a.format.replace(/[A-Za-z_]+/g, (f) => r[f as keyof PathRow]) : `${r.status} ${r.name} ${r.parent}`))));
    return 0;
  },
});

function pathRows(ctx: CommandContext): PathRow[] {
  const odm = odmOf(ctx.world, ctx.host);
  return [...odm.disks]
    .sort((x, y) => hdiskNumber(x.name) - hdiskNumber(y.name))
    .map((d) => {
      const disk = ctx.world.disks[d.diskId];
      const here = disk && disk.location?.host === ctx.host.name;
      const status = !here ? 'Missing' : d.state === 'Defined' ? 'Defined' : disk.failed ? 'Failed' : 'Enabled';
      return { name: d.name, parent: 'vscsi0', status, connection: here ? lunOf(disk) : '', path_id: '0', path_status: status === 'Enabled' ? 'Available' : status };
    });
}
