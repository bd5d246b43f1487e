// sysdumpdev -l — the dump device settings: the primary device is the booted rootvg's sysdump LV
// (lg_dumplv in the labs), the secondary /dev/sysdumpnull. Other settings are AIX 7.2 defaults [M:
// the -l layout and defaults as the authors know them]. Changing settings is not simulated.
import { sysdumpdevMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { odmOf } from '../model/select.ts';
import { hasFlag } from '../shell/getopt.ts';
import { padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

export const sysdumpdev = defineCommand<null>({
  name: 'sysdumpdev',
  synopsis: M.usage,
  summary: 'Shows the system dump devices (-l).',
  manual: `sysdumpdev — the system dump configuration.

  sysdumpdev -l     primary and secondary dump devices, copy directory and dump settings

The primary dump device is the dump logical volume of the rootvg you booted (lg_dumplv).
A clone has its own; after booting it, sysdumpdev names the clone's. Changing the settings
(-p, -s, -P, -d, -D, -e, -K ...) is not simulated.`,
  flags: { spec: 'cCd:D:eIkKlLp:Pqr:s:tzi', operands: [0, 0], usage: M.usage, onlySimulated: 'l' },
  parse(o) {
    if (!hasFlag(o, 'l')) return usage(trainerMessages.notSimulated('sysdumpdev', 'without -l'));
    return ok(null);
  },
  run(ctx) {
    const odm = odmOf(ctx.world, ctx.host);
    const root = odm.vgs.find((v) => v.vgid === ctx.host.run!.rootVgid);
    const dump = odm.lvs.find((l) => l.type === 'sysdump' && root && l.vg === root.name);
    const rows: [string, string][] = [
      ['primary', dump ? `/dev/${dump.name}` : '/dev/sysdumpnull'],
      ['secondary', '/dev/sysdumpnull'],
      ['copy directory', '/var/adm/ras'],
      ['forced copy flag', 'TRUE'],
      ['always allow dump', 'FALSE'],
      ['dump compression', 'ON'],
      ['type of dump', 'fw-assisted'],
      ['full memory dump', 'disallow'],
    ];
    ctx.out(rows.map(([k, v]) => padRight(k, 21) + v).join('\n') + '\n');
    return 0;
  },
});
