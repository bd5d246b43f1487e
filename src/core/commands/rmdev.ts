// rmdev — REFERENCE §2.21: unconfigures a disk ("hdiskN Defined") or, with -d, deletes its definition
// ("hdiskN deleted"); cfgmgr finds it again (under the next free name once deleted). A disk of a
// varied-on volume group is busy: the method error with 0514-062.
import { cfgMessages as C } from '../messages/lvm.ts';
import { odmOf, odmVgOfPvid } from '../model/select.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = C.usage.rmdev;

type Args = { name: string; del: boolean };

export const rmdev = defineCommand<Args>({
  name: 'rmdev',
  synopsis: SYNOPSIS,
  summary: 'Unconfigures a disk (Defined) or deletes its definition (-d).',
  manual: `rmdev — takes a device out of the running configuration.

  rmdev -l hdisk1      unconfigure it: "hdisk1 Defined"; lspv no longer shows it
  rmdev -dl hdisk1     delete its definition too: "hdisk1 deleted"
  cfgmgr               configures what is attached again (a deleted disk gets the next free name)

A disk that belongs to a varied-on volume group is busy and stays (0514-062): vary the group
off or take the disk out of it first. Only disks are simulated. -R is accepted (a disk has
no children); -S, -q, -f, -p and -h are not simulated.`,
  flags: { spec: 'l:dSRqf:p:h', notSimulated: 'Sqfph', usage: SYNOPSIS,
    meanings: {
      l: ['name', 'The device to unconfigure (hdisk1).'],
      d: 'Also delete its definition from the ODM: it disappears from lspv until cfgmgr finds it again.',
      S: 'Stop the device only, keeping it Available.',
      R: 'Also unconfigure the devices below it.',
      q: 'Quiet.',
      f: ['file', 'Read the device names from this file.'],
      p: ['parent', 'Unconfigure the devices below this parent.'],
      h: 'Show the usage.',
    },
  },
  parse(o) {
    const name = flagValue(o, 'l');
    if (!name || o.operands.length) return usage(SYNOPSIS);
    return ok({ name, del: hasFlag(o, 'd') });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const odm = odmOf(world, host);
    const entry = odm.disks.find((d) => d.name === a.name);
    if (!entry) {
      ctx.err(C.notInCuDv('rmdev', a.name) + '\n');
      return 1;
    }
    const disk = world.disks[entry.diskId];
    const vg = entry.state === 'Available' ? odmVgOfPvid(odm, disk?.pvid ?? null) : null;
    if (vg && host.run!.variedOn.includes(vg.vgid)) {
      ctx.err(C.busy('/usr/lib/methods/ucfgdevice') + '\n');
      return 1;
    }
    ctx.wait(500);
    if (a.del) {
      odm.disks = odm.disks.filter((d) => d !== entry);
      ctx.out(C.deleted(a.name) + '\n');
    } else {
      entry.state = 'Defined';
      ctx.out(C.defined(a.name) + '\n');
    }
    return 0;
  },
});
