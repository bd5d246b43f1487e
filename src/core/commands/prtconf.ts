// prtconf — the system configuration summary, derived from the host (model, serial of the location
// codes, processors, memory), the paging spaces and the varied-on volume groups (the lsvg -p table).
// The layout follows AIX 7.2 prtconf [M]; the network section and the installed resource list are left
// out (the lab models neither), and the processor lines come from the model's POWER generation.
import { serialOf } from '../engine/firmware.ts';
import { prtconfMessages as M } from '../messages/diag.ts';
import { isVariedOn, odmOf } from '../model/select.ts';
import type { Host } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { IDLE_PERCENT_USED, pagingSpaces } from './lsps.ts';
import { pvTable } from './lsvg.ts';
import { defineCommand, ok } from './types.ts';

type Args = { only: ('c' | 'k' | 'L' | 'm' | 's')[] };

/** POWER generation and clock of the machine types the labs use. */
const PROCESSORS: Record<string, { gen: string; mhz: number }> = {
  '9009': { gen: '9', mhz: 2900 },
  '9105': { gen: '10', mhz: 3000 },
  '8286': { gen: '8', mhz: 3525 },
};

function processor(host: Host) {
  const type = host.model.replace(/^IBM,/, '').split('-')[0];
  return PROCESSORS[type] ?? PROCESSORS['9009'];
}

export const prtconf = defineCommand<Args>({
  name: 'prtconf',
  synopsis: M.usage,
  summary: 'Shows the system configuration: model, serial, processors, memory, paging, volume groups.',
  manual: `prtconf — system configuration.

  prtconf         model, serial number, processors, memory, LPAR, paging space and the
                  physical volumes of every varied-on volume group
  prtconf -m      memory size only ( -c CPU type, -k kernel type, -L LPAR, -s clock speed)

The serial number is the one in the disks' location codes (lscfg, SMS). The network section
and the installed resource list are not simulated, nor is -v.`,
  flags: { spec: 'ckLmsv', notSimulated: 'v', operands: [0, 0], usage: M.usage },
  parse(o) {
    return ok({ only: (['c', 'k', 'L', 'm', 's'] as const).filter((f) => hasFlag(o, f)) });
  },
  run(ctx, a) {
    const { host, world } = ctx;
    const cpu = processor(host);
    const lpar = `${Object.keys(world.hosts).sort().indexOf(host.name) + 1} ${host.name}`;
    const line: Record<Args['only'][number], string> = {
      c: 'CPU Type: 64-bit',
      k: 'Kernel Type: 64-bit',
      L: `LPAR Info: ${lpar}`,
      m: `Memory Size: ${host.memoryMB} MB`,
      s: `Processor Clock Speed: ${cpu.mhz} MHz`,
    };
    if (a.only.length) {
      ctx.out(a.only.map((f) => line[f]).join('\n') + '\n');
      return 0;
    }
    const paging = pagingSpaces(ctx).filter((p) => p.active);
    const out = [
      `System Model: ${host.model}`,
      `Machine Serial Number: ${serialOf(host.name)}`,
      `Processor Type: PowerPC_POWER${cpu.gen}`,
      `Processor Implementation Mode: POWER ${cpu.gen}`,
      `Processor Version: PV_${cpu.gen}_Compat`,
      `Number Of Processors: ${host.processors}`,
      line.s,
      line.c,
      line.k,
      line.L,
      line.m,
      `Good Memory Size: ${host.memoryMB} MB`,
      'Console Login: enable',
      'Auto Restart: true',
      'Full Core: false',
      '',
      'Paging Space Information',
      `\tTotal Paging Space: ${paging.reduce((n, p) => n + p.sizeMB, 0)}MB`,
      `\tPercent Used: ${IDLE_PERCENT_USED}%`,
      '',
      'Volume Groups Information',
      M.rule,
      'Active VGs',
      M.rule,
    ];
    const odm = odmOf(world, host);
    for (const vg of odm.vgs.filter((v) => isVariedOn(host, v.vgid) && world.vgs[v.vgid])) {
      out.push(pvTable(ctx, vg, world.vgs[vg.vgid]).trimEnd(), M.rule, '');
    }
    ctx.out(out.join('\n') + '\n');
    return 0;
  },
});
