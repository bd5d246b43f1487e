// getconf — REFERENCE §2.9, §11.7: the modern way to ask what bootinfo answers. One value per line;
// a valid name without a value here prints "undefined".
import { getconfMessages } from '../messages/system.ts';
import { trainerMessages } from '../messages/index.ts';
import { diskByName, hdiskName } from '../model/select.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYSTEM_VARS = ['BOOT_DEVICE', 'HARDWARE_BITMODE', 'KERNEL_BITMODE', 'REAL_MEMORY'] as const;
const DEVICE_VARS = ['DISK_SIZE', 'DISK_PARTITION'] as const;
type Args = { name: string; device: string | null };

export const getconf = defineCommand<Args>({
  name: 'getconf',
  synopsis: getconfMessages.usage,
  summary: 'Shows a system or device configuration value (boot disk, disk size, memory).',
  manual: `getconf — configuration values, one per line.

  getconf BOOT_DEVICE                 the disk the system booted from, e.g. hdisk0
  getconf DISK_SIZE /dev/hdisk1       the disk's size in MB
  getconf DISK_PARTITION /dev/hdisk0  the PP size (MB) of the volume group on the disk
  getconf HARDWARE_BITMODE            64
  getconf KERNEL_BITMODE              64
  getconf REAL_MEMORY                 real memory in KB

IBM recommends getconf over the deprecated bootinfo. Other variables, -a and -v are not
simulated.`,
  parse(args) {
    if (args[0] === '-a' || args[0] === '-v') return usage(trainerMessages.notSimulated('getconf', args[0]));
    if (args.length === 0 || args.length > 2) return usage(getconfMessages.usage);
    const [name, device] = args;
    if ((SYSTEM_VARS as readonly string[]).includes(name)) {
      return device === undefined ? ok({ name, device: null }) : usage(getconfMessages.usage);
    }
    if ((DEVICE_VARS as readonly string[]).includes(name)) {
      return device === undefined ? usage(getconfMessages.usage) : ok({ name, device });
    }
    return usage(trainerMessages.notSimulated('getconf', name));
  },
  run(ctx, a) {
    const value = valueOf(ctx, a);
    if (value === null) {
      ctx.err(getconfMessages.noDevice(a.device!) + '\n');
      return 1;
    }
    ctx.out(value + '\n');
    return 0;
  },
});

function valueOf(ctx: CommandContext, a: Args): string | null {
  const { world, host } = ctx;
  switch (a.name) {
    case 'BOOT_DEVICE':
      return hdiskName(world, host, host.run!.bootDiskId) ?? getconfMessages.undefined;
    case 'HARDWARE_BITMODE':
    case 'KERNEL_BITMODE':
      return '64';
    case 'REAL_MEMORY':
      return String(host.memoryMB * 1024);
  }
  const found = diskByName(world, host, a.device!);
  if (!found) return null;
  if (a.name === 'DISK_SIZE') return String(found.disk.sizeMB);
  const vg = found.disk.vgid ? world.vgs[found.disk.vgid] : null;
  return vg ? String(vg.ppSizeMB) : getconfMessages.undefined;
}
