// restore -x/-q/-f from a mksysb: the two control files every mksysb carries, ./bosinst.data (the source
// disks: PVID, location, SIZE_MB — REFERENCE §1.6) and ./image.data (OSLEVEL, LVs, file systems), written
// into the current directory from the image (engine/mksysbMedia.ts). "x ./bosinst.data" per file
// [V: REFERENCE §2.23, CLOUD]. Other files of the backup, listing (-T) and full restores are not simulated.
import { normalizePath, stat, writeFile } from '../engine/fs.ts';
import { perror } from '../messages/files.ts';
import { bosinstDataText, imageDataOf, mksysbAt } from '../engine/mksysbMedia.ts';
import { mksysbListMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';
import { machineId } from './uname.ts';

type Args = { device: string; files: string[] };

const CONTROL_FILES = ['./bosinst.data', './image.data'];

export const restore = defineCommand<Args>({
  name: 'restore',
  synopsis: M.restoreUsage,
  summary: 'Extracts ./bosinst.data or ./image.data from a mksysb (restore -xqf FILE ./bosinst.data).',
  manual: `restore — extracts files from a backup; here, the control files of a mksysb.

  restore -xqf /usr/sys/inst.images/aixprod02.sysb ./bosinst.data
  restore -qf /dev/rmt0 ./image.data

./bosinst.data describes the disks the image came from (target_disk_data: PVID, location,
SIZE_MB the image needs, HDISKNAME); ./image.data gives OSLEVEL and OSLEVEL_R, the level of
the backup, and every logical volume and file system. Read them before alt_disk_mksysb to
check the level and the disk size. Files are written to the current directory. Listing (-T,
-t), other files and full restores (-r) are not simulated.`,
  flags: { spec: 'xMdvqeab:f:s:X:P:TtlrRiBhmSuyDY', notSimulated: 'TtrRiBPXSeaMdlshmuyDY', usage: M.restoreUsage },
  parse(o) {
    const device = flagValue(o, 'f') ?? '/dev/rmt0';
    const files = o.operands.map((f) => (f.startsWith('./') ? f : `./${f.replace(/^\/+/, '')}`));
    if (files.length === 0) return usage(trainerMessages.notSimulated('restore', 'restoring the whole backup (name ./bosinst.data or ./image.data)'));
    if (files.some((f) => !CONTROL_FILES.includes(f))) return usage(M.onlyControlFiles);
    return ok({ device, files });
  },
  run(ctx, a) {
    const image = mksysbAt(ctx.world, ctx.host, a.device);
    if (!image) {
      const exists = a.device.startsWith('/dev/') || stat(ctx.world, ctx.host, normalizePath(ctx.host.run!.cwd, a.device));
      ctx.err((exists ? M.notABackup(a.device) : perror(`restore: ${a.device}`, 'ENOENT')) + '\n');
      return 1;
    }
    for (const f of a.files) {
      const text = f === './bosinst.data' ? bosinstDataText(image) : imageDataOf(image, machineId());
      const path = normalizePath(ctx.host.run!.cwd, f);
      const w = writeFile(ctx.world, ctx.host, path, text, false);
      if (!w.ok) {
        ctx.err(shellMessages.cannotOpen(f, w.error === 'is-dir' ? 'EISDIR' : w.error === 'read-only' ? 'EACCES' : 'ENOENT').split('\n')[0] + '\n');
        return 1;
      }
      ctx.out(M.extracted(f) + '\n');
    }
    return 0;
  },
});
