// bootinfo — REFERENCE §2.9, §11.7 (the AIX 4.1.3 bootinfo.c): deprecated, still used. Each flag prints
// one value; several flags print in bootinfo's own order. -B says whether firmware can boot from the
// disk's adapter (1 for any configured disk), not whether the disk holds a boot image.
import { bootinfoMessages } from '../messages/system.ts';
import { diskByName, hdiskName } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok } from './types.ts';

type Args = { flags: Set<string>; sizeOf: string | null; bootableOf: string | null };

export const bootinfo = defineCommand<Args>({
  name: 'bootinfo',
  synopsis: bootinfoMessages.usage.trim(),
  summary: 'Shows boot information: boot disk, disk sizes, platform (deprecated; see getconf).',
  manual: `bootinfo — boot information (deprecated in favour of getconf, but still there).

  bootinfo -b            the disk the system last booted from
  bootinfo -s hdisk1     size of the disk in MB
  bootinfo -B hdisk1     1 if firmware can boot from that disk's adapter, 0 if not (it does
                         NOT check for a boot image: bootlist and bosboot decide that)
  bootinfo -t            boot media type: 1 disk, 2 diskette, 3 CD-ROM, 4 tape, 5 network
  bootinfo -T            platform type (chrp)
  bootinfo -y / -K       hardware / kernel bit mode (64)
  bootinfo -r            real memory in KB
  bootinfo -z            1 if the machine can run more than one processor

-c, -k, -m, -M, -o, -P and -q are not simulated.`,
  flags: { spec: 'bB:ckMmo:P:q:rs:tTzyK', notSimulated: 'ckMmoPq', usage: bootinfoMessages.usage },
  parse(o) {
    // Without flags (operands are never read) bootinfo prints nothing and exits 0.
    return ok({ flags: new Set(o.flags.keys()), sizeOf: flagValue(o, 's') ?? null, bootableOf: flagValue(o, 'B') ?? null });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const f = a.flags;
    if (f.has('t')) ctx.out('1\n');
    if (f.has('b')) {
      const name = hdiskName(world, host, host.run!.bootDiskId);
      if (!name) return 3;
      ctx.out(name + '\n');
    }
    if (f.has('s')) {
      const found = diskByName(world, host, a.sizeOf!);
      if (!found) return 4;
      ctx.out(found.disk.sizeMB + '\n');
    }
    if (f.has('r')) ctx.out(host.memoryMB * 1024 + '\n');
    if (f.has('T')) ctx.out('chrp\n');
    if (f.has('B')) ctx.out((diskByName(world, host, a.bootableOf!) ? '1' : '0') + '\n');
    if (f.has('z')) ctx.out((host.processors > 1 ? '1' : '0') + '\n');
    if (f.has('y')) ctx.out('64\n');
    if (f.has('K')) ctx.out('64\n');
    return 0;
  },
});
