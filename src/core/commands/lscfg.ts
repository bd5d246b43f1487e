// lscfg — configuration of the running system's disks: "lscfg -l hdisk1" prints the disk's name, its
// physical location code (the one the SMS menus list, engine/firmware.ts) and its description; with
// -v the vital product data follows, which virtual SCSI disks do not have, so only a blank line [M: the
// layout of lscfg -vl for a vSCSI disk as the authors know it]. Names may be patterns (hdisk*).
import { budgetOf } from '../shell/budget.ts';
import { wildcardMatches } from '../shell/glob.ts';
import { locationCode } from '../engine/firmware.ts';
import { lscfgMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { configuredDisks } from '../model/select.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { name: string; vpd: boolean };

export const lscfg = defineCommand<Args>({
  name: 'lscfg',
  synopsis: M.usage,
  summary: 'Shows a device with its physical location code (the code SMS lists it under).',
  manual: `lscfg — configuration and vital product data of devices.

  lscfg -l hdisk1          name, physical location code, description
  lscfg -vl hdisk1         the same, followed by the vital product data
  lscfg -l 'hdisk*'        every disk

The location code is the one the SMS boot menus show (U<type>.<model>.<serial>-V..-C..-T1-L<lun>),
so it tells which hdisk an SMS entry is. Virtual SCSI disks carry no vital product data. Only
disks are simulated; the full resource list (lscfg without -l), -p and -s are not.`,
  flags: { spec: 'vpsl:', notSimulated: 'ps', operands: [0, 0], usage: M.usage },
  parse(o) {
    const name = flagValue(o, 'l');
    if (name === undefined) return usage(trainerMessages.notSimulated('lscfg', 'the full resource list (give -l Name)'));
    return ok({ name, vpd: hasFlag(o, 'v') });
  },
  run(ctx, a) {
    const disks = configuredDisks(ctx.world, ctx.host).filter((d) => wildcardMatches(a.name, d.odm.name, budgetOf(ctx)));
    if (disks.length === 0) {
      ctx.err(M.notFound(a.name) + '\n');
      return 1;
    }
    const text = disks.map(({ odm, disk }) => `  ${padRight(odm.name, 16)} ${locationCode(ctx.host, disk)}  ${disk.description}\n` + (a.vpd ? '\n' : '')).join('');
    ctx.out(text);
    return 0;
  },
});
