// uname — AIX's system identification, derived from the host and the running AIX: -a prints
// "AIX <node> <release> <version> <machine id>" (AIX 7.2: release 2, version 7), -M the model
// ("IBM,9009-42A"), -u the system id ("IBM," + "02" + serial, the serial of the SMS location codes),
// -L the LPAR number and name. [M: the order and forms of AIX 7 uname output as the authors know it.]
import { serialOf } from '../engine/firmware.ts';
import type { Host, World } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok } from './types.ts';

const SYNOPSIS = 'Usage: uname [-anprsvmMuxlLfF]';

type Field = 's' | 'n' | 'r' | 'v' | 'm' | 'p' | 'M' | 'u' | 'L';
type Args = { fields: Field[] };

/** The order AIX prints fields in when several are asked for. */
const ORDER: Field[] = ['s', 'n', 'r', 'v', 'm', 'p', 'M', 'u', 'L'];

/**
 * The machine id uname -m prints: "00" + the 6-digit CPU id + model "4C" + submodel "00". The lab's PVIDs
 * start with "00f6db0a", the id of the machine that wrote them, so this frame's id is 00F6DB0A4C00.
 */
export function machineId(): string {
  return '00F6DB0A4C00';
}

function nodeName(world: World, host: Host): string {
  return (host.run && world.vgs[host.run.rootVgid]?.os?.hostname) || host.name;
}

export const uname = defineCommand<Args>({
  name: 'uname',
  synopsis: SYNOPSIS,
  summary: 'Shows the operating system name, release, machine id and model.',
  manual: `uname — identifies the system.

  uname          AIX
  uname -a       AIX aixlab01 2 7 00F6DB0A4C00  (name, node, release, version, machine id)
  uname -M       IBM,9009-42A  (the model; "lscfg" and "prtconf" show the same)
  uname -n       the node name    uname -r / -v   release 2, version 7 of AIX 7.2
  uname -p       powerpc          uname -u        IBM,02 + the machine serial
  uname -L       LPAR number and name

The release and version are those of the AIX you booted: a clone of another level shows its
own once booted. -x, -l, -f and -F are not simulated.`,
  flags: { spec: 'anprsvmMuxlLfF', notSimulated: 'xlfF', operands: [0, 0], usage: SYNOPSIS },
  parse(o) {
    if (hasFlag(o, 'a')) return ok({ fields: ['s', 'n', 'r', 'v', 'm'] });
    const fields = ORDER.filter((f) => hasFlag(o, f));
    return ok({ fields: fields.length ? fields : ['s'] });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const level = world.vgs[host.run!.rootVgid].os!.level;
    const value: Record<Field, string> = {
      s: 'AIX',
      n: nodeName(world, host),
      r: level.slice(1, 2),
      v: level.slice(0, 1),
      m: machineId(),
      p: 'powerpc',
      M: host.model,
      u: `IBM,02${serialOf(host.name)}`,
      L: `${Object.keys(world.hosts).sort().indexOf(host.name) + 1} ${host.name}`,
    };
    ctx.out(a.fields.map((f) => value[f]).join(' ') + '\n');
    return 0;
  },
});
