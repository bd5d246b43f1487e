// lsmksysb -l -f — what a mksysb holds, read from the image (engine/mksysbMedia.ts): the header (volume
// group, backup date, uname of the source, its level, sizes) and the rootvg LV table in lsvg -l's
// columns, so the level can be checked before alt_disk_mksysb. Header fields [M: lsmksysb -lf output as
// the authors know it]; the unreadable-file text is listvgbackup's 0512-054 (lsmksysb runs it).
import { backupOslevel, backupSizes, mksysbAt } from '../engine/mksysbMedia.ts';
import { altMessages } from '../messages/altdisk.ts';
import { mksysbListMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { lvPps, lvPvids } from '../model/select.ts';
import { formatDate } from '../model/time.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { columns, lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';
import { machineId } from './uname.ts';

type Args = { device: string };

export const lsmksysb = defineCommand<Args>({
  name: 'lsmksysb',
  synopsis: M.lsmksysbUsage,
  summary: 'Shows what a mksysb image holds: source host, AIX level, sizes, logical volumes (-l -f).',
  fileset: 'bos.sysmgt.sysbr',
  manual: `lsmksysb — lists the contents of a mksysb backup.

  lsmksysb -lf /usr/sys/inst.images/aixprod02.sysb    header and logical volumes
  lsmksysb -lf /dev/rmt0                               the same for the tape

The header gives the source host (UNAME INFO), the AIX level of the backup (BACKUP OSLEVEL,
MAINTENANCE LEVEL) and the sizes: check the level before alt_disk_mksysb, which refuses an
image older than the running system. Without -l (the file list) and -a, -c, -n, -r, -s, -d,
-B, -D, -L, -V are not simulated.`,
  flags: { spec: 'b:f:aclnrsd:BDLV', notSimulated: 'acnrsdBDLVb', operands: [0, 0], usage: M.lsmksysbUsage },
  parse(o) {
    if (!hasFlag(o, 'l')) return usage(trainerMessages.notSimulated('lsmksysb', 'the file list (without -l)'));
    return ok({ device: flagValue(o, 'f') ?? '/dev/rmt0' });
  },
  run(ctx, a) {
    const image = mksysbAt(ctx.world, ctx.host, a.device);
    if (!image) {
      ctx.err(altMessages.mksysbUnreadable(a.device) + '\n');
      return 1;
    }
    const level = image.os.level;
    const sizes = backupSizes(image);
    const head = (k: string, v: string | number) => padRight(`${k}:`, 24) + v;
    const widths = [20, 11, 8, 8, 5, 14];
    ctx.out(
      lines([
        head('VOLUME GROUP', 'rootvg'),
        head('BACKUP DATE/TIME', formatDate(image.createdAtMs)),
        head('UNAME INFO', `AIX ${image.os.hostname} ${level[1]} ${level[0]} ${machineId()}`),
        head('BACKUP OSLEVEL', backupOslevel(level)),
        head('MAINTENANCE LEVEL', level),
        head('BACKUP SIZE (MB)', sizes.backup),
        head('SHRINK SIZE (MB)', sizes.shrink),
        head('VG DATA ONLY', 'no'),
        '',
        'rootvg:',
        columns(['LV NAME', 'TYPE', 'LPs', 'PPs', 'PVs', 'LV STATE', 'MOUNT POINT'], widths),
        ...image.lvs.map((lv) => columns([lv.name, lv.type, lv.lps, lvPps(lv), lvPvids(lv).length, 'closed/syncd', lv.fs ? lv.fs.superblockMount : 'N/A'], widths)),
      ]),
    );
    return 0;
  },
});
