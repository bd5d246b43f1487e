// chdev — REFERENCE §1.1, §2.21: "chdev -l hdiskN -a pv=yes" gives a disk a PVID (hdiskN changed);
// "-a pv=clear" removes it. A disk of a varied-on volume group is busy (0514-062). Other attributes are
// not simulated.
import { newPvid } from '../model/rng.ts';
import { cfgMessages as C } from '../messages/lvm.ts';
import { trainerMessages } from '../messages/index.ts';
import { odmOf, odmVgOfPvid } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = C.usage.chdev;
const DISK_ATTRS = ['PCM', 'algorithm', 'hcheck_cmd', 'hcheck_interval', 'hcheck_mode', 'max_transfer', 'queue_depth', 'reserve_policy'];

type Args = { name: string; pv: 'yes' | 'clear' };

export const chdev = defineCommand<Args>({
  name: 'chdev',
  synopsis: SYNOPSIS,
  summary: 'Changes device attributes; simulated: a disk PVID (pv=yes / pv=clear).',
  manual: `chdev — changes a device's attributes.

  chdev -l hdisk3 -a pv=yes      write a PVID on the disk ("hdisk3 changed")
  chdev -l hdisk3 -a pv=clear    remove it

A disk that already has a PVID keeps it with pv=yes. A disk of a varied-on volume group is
busy (0514-062). Clearing the PVID of a disk that still carries a volume group's descriptor
area makes that group impossible to find again: do it only on a disk you are freeing.
Only the pv attribute of disks is simulated; -P, -T, -p, -w, -q, -f and -h are not.`,
  flags: { spec: 'l:a:p:PTqw:f:h', notSimulated: 'pPTqwfh', usage: SYNOPSIS,
    meanings: {
      l: ['name', 'The device to change (hdisk1).'],
      a: ['attribute=value', 'The attribute to set, e.g. pv=yes (give the disk a PVID) or pv=clear (remove it).'],
      p: ['parent', 'A new parent device.'],
      P: 'Change the ODM only; the device takes the change at the next boot.',
      T: 'Change the running device only; the ODM keeps the old value.',
      q: 'Quiet.',
      w: ['connection', 'A new connection location.'],
      f: ['file', 'Read the attributes from this file.'],
      h: 'Show the usage.',
    },
  },
  parse(o) {
    const name = flagValue(o, 'l');
    const attrs = o.all.filter((x) => x.flag === 'a').map((x) => String(x.value));
    if (!name || attrs.length === 0 || o.operands.length) return usage(SYNOPSIS);
    if (attrs.length > 1) return usage(trainerMessages.notSimulated('chdev', 'more than one -a'));
    const [attr, value] = attrs[0].split('=');
    if (attr !== 'pv') {
      if (DISK_ATTRS.includes(attr)) return usage(trainerMessages.notSimulated('chdev', `-a ${attr}`));
      return usage(C.noSuchAttr('chdev', attr));
    }
    if (value !== 'yes' && value !== 'clear') return usage(trainerMessages.notSimulated('chdev', `-a pv=${value ?? ''}`));
    return ok({ name, pv: value });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const odm = odmOf(world, host);
    const entry = odm.disks.find((d) => d.name === a.name);
    if (!entry) {
      ctx.err(C.notInCuDv('chdev', a.name) + '\n');
      return 1;
    }
    const disk = world.disks[entry.diskId];
    if (entry.state !== 'Available' || !disk || disk.location?.host !== host.name) {
      ctx.err(C.notInCuDv('chdev', a.name) + '\n');
      return 1;
    }
    const vg = odmVgOfPvid(odm, disk.pvid);
    if (vg && host.run!.variedOn.includes(vg.vgid)) {
      ctx.err(C.busy('/usr/lib/methods/chgdisk') + '\n');
      return 1;
    }
    if (a.pv === 'yes' && !disk.pvid) disk.pvid = newPvid(world);
    if (a.pv === 'clear') disk.pvid = null;
    entry.pvid = disk.pvid;
    ctx.out(C.changed(a.name) + '\n');
    return 0;
  },
});
