// cfgmgr — REFERENCE §2.21: configures the devices attached to the system. Silent. Known hardware keeps
// its name (Defined disks become Available again), new disks get the next free hdiskN and show in lspv
// as "hdiskN  none  None" until they get a PVID (engine/startup.ts configureDevices).
import { configureDevices } from '../engine/startup.ts';
import { cfgMessages as C } from '../messages/lvm.ts';
import { odmOf } from '../model/select.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = C.usage.cfgmgr;

export const cfgmgr = defineCommand<null>({
  name: 'cfgmgr',
  synopsis: SYNOPSIS,
  summary: 'Configures newly attached devices (new disks get hdisk names).',
  manual: `cfgmgr — the configuration manager: it walks the attached hardware and configures it.
Nothing is printed.

  cfgmgr       after a disk was attached (or deleted with rmdev -dl): it appears in lspv

Known disks keep their names; a disk the ODM does not know gets the next free hdiskN.
A disk that is no longer attached goes to the Defined state. -f, -s, -p, -i, -l and -v are
not simulated.`,
  flags: { spec: 'fsp:i:l:v', usage: SYNOPSIS, onlySimulated: '',
    meanings: {
      f: 'Run the first configuration phase (as at boot).',
      s: 'Run the second configuration phase (normal boot).',
      p: ['phase', 'Run this configuration phase.'],
      i: ['device', 'Install missing device software from this device or directory.'],
      l: ['name', 'Configure only this device and the devices below it.'],
      v: 'Verbose: report each method as it runs.',
    },
  },
  parse(o) {
    if (o.operands.length) return usage(SYNOPSIS);
    return ok(null);
  },
  run(ctx) {
    ctx.wait(5000);
    configureDevices(ctx.world, ctx.host, odmOf(ctx.world, ctx.host));
    return 0;
  },
});
