// bosboot — REFERENCE §1.4, §2.19, §6.1 (the AIX 4.1.3 bosboot.sh): builds a boot image from the
// running system into the boot logical volume (hd5) on a disk that holds it, points the disk's boot
// record at it and runs savebase. A disk that does not hold the running rootvg's hd5 (an
// altinst_rootvg or old_rootvg disk, a free disk) gets 0301-168 and 0301-165, and nothing is written.
import { activeBlv } from '../engine/multibos/instances.ts';
import { blvDefinition, blvDiskIds, BOOT_IMAGE_BLOCKS, vgdaBlvDiskIds, writeBootImage } from '../engine/bootImage.ts';
import { bosbootMessages, savebaseMessages } from '../messages/boot.ts';
import { trainerMessages } from '../messages/index.ts';
import { diskByName, hdiskName } from '../model/select.ts';
import { refusalText } from '../lifecycle/refusals.ts';
import { SECOND } from '../model/time.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { device: string | null; blv: string };

/** Device prefixes PdDv knows that bosboot could write to but the lab does not model. */
const OTHER_DEVICES = ['cd', 'rmt', 'ent', 'tok', 'fddi'];

export const bosboot = defineCommand<Args>({
  name: 'bosboot',
  synopsis: bosbootMessages.usage.trim(),
  summary: 'Builds a boot image from the running system onto a disk holding hd5.',
  manual: `bosboot — creates the boot image (kernel, RAM file system, base ODM) from the running system.

  bosboot -ad /dev/hdisk0       write a new boot image to hd5 on hdisk0, set the disk's boot
                                record, run savebase; prints "bosboot: Boot image is N 512 byte
                                blocks."
  bosboot -ad /dev/ipldevice    the same for the disk the system booted from
  bosboot -a                    (no -d) the boot disk as well
  bosboot -ad /dev/hdisk0 -l hd5   name the boot logical volume (it must be of type boot)

The target must hold a copy of the running rootvg's hd5 (see lslv -m hd5). bosboot against an
altinst_rootvg, old_rootvg or free disk refuses with 0301-168 and 0301-165 and writes nothing:
to rebuild a clone's boot image, wake it and put it back to sleep with alt_rootvg_op -S -t.
The new image carries the running AIX level and the current time, which the "Welcome to AIX."
banner shows at the next boot. -b, -U, -D, -I, -k, -M, -O, -L, -p, -q, -v, -w, -r and -T are not
simulated.`,
  // AIX's bosboot reports bad flags under the name "getopt".
  flags: { spec: 'ab:d:DIk:M:O:Ll:p:qUvw:r:T:', notSimulated: 'bUDIkMOLpqvwrT', usage: bosbootMessages.usage, prog: 'getopt',
    meanings: {
      a: 'Create a complete boot image and write it to the boot device.',
      b: ['file', 'Name the boot image file to create.'],
      d: ['device', 'The boot device to write to (/dev/hdisk0, /dev/ipldevice); without it the disk the system booted from.'],
      D: 'Load the low-level kernel debugger with the boot image.',
      I: 'Load and invoke the low-level kernel debugger at boot.',
      k: ['kernel', 'Build the image with this kernel instead of the running one.'],
      M: ['mode', 'The boot mode the image is for: norm, serv or both.'],
      O: ['number', "An AIX flag the trainer does not describe; see IBM's manual."],
      L: 'Enable lock instrumentation in the kernel (multiprocessor systems).',
      l: ['lvdev', 'The boot logical volume to write (it must be of type boot, e.g. hd5).'],
      p: ['proto', 'Build the RAM file system from this prototype file.'],
      q: 'Query only: print how much file space building the image needs.',
      U: 'Leave the boot image uncompressed.',
      v: 'Verify only: check the image could be built, write nothing.',
      w: ['file', 'Copy an existing boot image file to the boot device.'],
      r: ['file', 'Create a ROS emulation boot image (an old-hardware option).'],
      T: ['type', 'The hardware platform type to build the image for (chrp).'],
    },
  },
  parse(o) {
    if (o.all.filter((x) => x.flag === 'a').length > 1 || o.operands.length) return usage(bosbootMessages.usage);
    if (!o.flags.has('a')) return usage(bosbootMessages.usage, 2);
    return ok({ device: flagValue(o, 'd') ?? null, blv: (flagValue(o, 'l') ?? 'hd5').replace(/^\/dev\//, '') });
  },
  run(ctx, given) {
    const { world, host } = ctx;
    // multibos: hd5 means the running instance's boot LV (bos_hd5 after booting the standby)
    const a = { ...given, blv: given.blv === 'hd5' ? activeBlv(world.vgs[host.run!.rootVgid]) : given.blv };
    const bootName = hdiskName(world, host, host.run!.bootDiskId);
    if (given.blv !== 'hd5' && !blvDefinition(world, host, a.blv)) {
      ctx.err(bosbootMessages.invalidDeviceNamed(a.blv));
      return 4;
    }
    let base = (a.device ?? `/dev/${bootName}`).replace(/^.*\//, '');
    if (base === 'ipldevice') base = bootName ?? 'ipldevice';
    const device = `/dev/${base}`;
    const prefix = base.replace(/[0-9]+$/, '');
    if (prefix === 'fd') {
      ctx.err(bosbootMessages.invalidDeviceNamed(device));
      return 4;
    }
    if (OTHER_DEVICES.includes(prefix)) {
      ctx.err(trainerMessages.notSimulated('bosboot', `a boot image for ${device}`) + '\n');
      return 1;
    }
    if (prefix !== 'hdisk') {
      ctx.err(bosbootMessages.invalidDevice + bosbootMessages.usage);
      return 1;
    }
    const blvDev = `/dev/${a.blv}`;
    const target = diskByName(world, host, base);
    // O7: a disk holding an alternate rootvg — the lifecycle rule book refuses (0301-168, 0301-165).
    const image = target?.disk.vgid && target.disk.vgid !== host.run!.rootVgid ? world.vgs[target.disk.vgid] : undefined;
    if (image?.os) {
      const answer = ctx.lifecycle.ask({ type: 'BOSBOOT_ALTERNATE' });
      if (!answer.ok) {
        ctx.err(refusalText(answer.error, { prog: 'bosboot', disk: device, name: blvDev }));
        return 54;
      }
    }
    const holders = blvDiskIds(world, host, a.blv);
    // REFERENCE §2.19: a disk that does not hold the running rootvg's hd5 gets 0301-168. With hd5 gone
    // from the ODM, `lslv -l hd5` lists no disk, so the disk is judged by where /dev/hd5 writes (the
    // running rootvg's VGDA): only the disk holding it gets past the check.
    const reach = holders ?? vgdaBlvDiskIds(world, host, a.blv);
    if (!target || !reach.includes(target.disk.id)) {
      ctx.err(bosbootMessages.blvNotOnDevice(blvDev, device) + bosbootMessages.doNotBoot);
      return 54;
    }
    ctx.wait(25 * SECOND); // proto, RAM file system, kernel, mkboot
    if (!holders) {
      // The ODM no longer defines the boot LV: mkboot writes through /dev/hd5, savebase then fails.
      ctx.out(bosbootMessages.imageSize(BOOT_IMAGE_BLOCKS));
      ctx.err(savebaseMessages.cannotSave(device) + '\n' + savebaseMessages.unableToSave(device) + '\n');
      ctx.err(bosbootMessages.savebaseFailed(device) + bosbootMessages.doNotBoot);
      return 49;
    }
    writeBootImage(world, host, target.disk.id, a.blv);
    ctx.wait(5 * SECOND); // savebase
    ctx.out(bosbootMessages.imageSize(BOOT_IMAGE_BLOCKS));
    return 0;
  },
});
