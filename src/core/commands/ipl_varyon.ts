// ipl_varyon -i — what rc.boot's varyon tool reads from each disk: whether it carries a boot record,
// its PVID and the first half of the VGID in its VGDA. Read from the disks, not the ODM, so it shows
// which disks carry a boot record and a VGDA whatever the ODM believes. Layout [M] (messages/diag.ts).
// -v (the boot-time varyon itself) runs only inside rc.boot.
import { lvmInternalsMessages as M } from '../messages/diag.ts';
import { configuredDisks } from '../model/select.ts';
import { hasFlag } from '../shell/getopt.ts';
import { lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

export const ipl_varyon = defineCommand<null>({
  name: 'ipl_varyon',
  synopsis: M.iplUsage,
  summary: 'Shows, per disk, the boot record, PVID and VGID that boot-time varyon reads (-i).',
  manual: `ipl_varyon — the rootvg varyon tool of rc.boot; -i only reports what it would read.

  ipl_varyon -i     each disk: BOOT DEVICE (a boot record is present), PVID, VOLUME GROUP ID

The columns come from the disks themselves: after alt_disk_copy, hdisk1 shows a boot record
(YES). The id column is the first half of the VGID, which starts with the id of the machine
that made the VG, so VGs made on one machine look alike here: lqueryvg -p hdisk1 -v shows the
whole id. -v and -d (the varyon) are not simulated here.`,
  flags: { spec: 'ivd:', notSimulated: 'vd', usage: M.iplUsage },
  parse(o) {
    if (!hasFlag(o, 'i') || o.operands.length) return usage(M.iplUsage);
    return ok(null);
  },
  run(ctx) {
    const rows = configuredDisks(ctx.world, ctx.host).map(({ odm, disk }) => {
      const pvid = disk.pvid ? `${disk.pvid}0000000000000000` : '0'.repeat(32);
      const vgid = disk.vgid ? disk.vgid.slice(0, 16) : '0'.repeat(16);
      return padRight(odm.name, 16) + padRight(disk.bootRecord ? 'YES' : 'NO', 16) + padRight(pvid, 40) + vgid;
    });
    ctx.out(lines(['', M.iplHeader, ...rows]));
    return 0;
  },
});
