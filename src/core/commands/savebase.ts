// savebase — REFERENCE §1.2, §2.20: saves the running ODM's base customized data into the boot image
// (the boot disk's hd5). Silent on success; 0514-508 and 0514-609 when the ODM no longer defines hd5.
import { blvDiskIds, saveBase } from '../engine/bootImage.ts';
import { activeBlv } from '../engine/multibos/instances.ts';
import { savebaseMessages } from '../messages/boot.ts';
import { trainerMessages } from '../messages/index.ts';
import { diskByName } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { device: string };

export const savebase = defineCommand<Args>({
  name: 'savebase',
  synopsis: savebaseMessages.usage,
  summary: 'Saves the base customized ODM into the boot image.',
  manual: `savebase — copies the base customized device data of the running ODM into the boot logical
volume, so the next boot's restbase knows the disks and the rootvg logical volumes.

  savebase                 to the boot disk (/dev/ipldevice); prints nothing
  savebase -d /dev/hdisk0  to the boot image on hdisk0

bosboot runs savebase itself, and so does every boot at the end of rc.boot. When the ODM no longer
defines hd5 (a damaged rootvg definition) it fails with 0514-508 and 0514-609: rebuild the ODM
(redefinevg, synclvodm) first. -o other than /etc/objrepos and -m are not simulated.`,
  flags: { spec: 'o:d:m:', notSimulated: 'm', usage: savebaseMessages.usage,
    meanings: {
      o: ['odmdir', 'Save the ODM found in this directory instead of the running one.'],
      d: ['device', 'The boot disk whose boot logical volume receives the ODM.'],
      m: ['mode', 'The boot mode, as bosboot passes it.'],
    },
  },
  parse(o) {
    const odmdir = flagValue(o, 'o');
    if (odmdir !== undefined && odmdir.replace(/\/$/, '') !== '/etc/objrepos') return usage(trainerMessages.notSimulated('savebase', `-o ${odmdir}`));
    if (o.operands.length) return usage(savebaseMessages.usage);
    return ok({ device: flagValue(o, 'd') ?? '/dev/ipldevice' });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const blv = activeBlv(world.vgs[host.run!.rootVgid]); // multibos: bos_hd5 once booted from the standby
    const holders = blvDiskIds(world, host, blv);
    const name = a.device.replace(/^.*\//, '');
    const onDisk = name === 'ipldevice' || (!!holders && holders.includes(diskByName(world, host, name)?.disk.id ?? ''));
    if (!holders || !onDisk || saveBase(world, host, blv) !== 'ok') {
      ctx.err(savebaseMessages.cannotSave(a.device) + '\n' + savebaseMessages.unableToSave(a.device) + '\n');
      return 1;
    }
    return 0;
  },
});
