// lab — trainer command, not AIX: the hands of the lab on power and hardware. Power a partition off
// or on (through firmware and the boot list), into SMS, or cut its power; add, remove, resize, move
// or fail disks; remove a fileset; show what the lab holds. A hung host accepts only trainer commands.
import { ownValue } from '../model/own.ts';
import { enterSms, ioFromContext, powerOff, powerOn } from '../engine/boot.ts';
import { consoleMessages } from '../messages/boot.ts';
import { labDiskAdd, labDiskFail, labDiskMove, labDiskRemove, labDiskResize, labFilesetRemove, namingOdm, resolveDisk, type LabResult } from '../engine/labActions.ts';
import { labMessages as L } from '../messages/system.ts';
import type { Host, World } from '../model/types.ts';
import { columns } from '../engine/format.ts';
import { err } from '../result.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

type Args =
  | { op: 'power-off' | 'power-on' | 'sms' | 'cut-power'; host: string | null }
  | { op: 'disk-add'; sizeMB: number; host: string | null }
  | { op: 'disk-remove' | 'disk-fail'; disk: string }
  | { op: 'disk-resize'; disk: string; sizeMB: number }
  | { op: 'disk-move'; disk: string; to: string }
  | { op: 'fileset-remove'; name: string }
  | { op: 'status' }
  | { op: 'console'; host: string };

const size = (s: string | undefined): number | null => (s !== undefined && /^[1-9][0-9]*$/.test(s) ? Number(s) : null);

export const lab = defineCommand<Args>({
  name: 'lab',
  synopsis: L.usage,
  summary: 'Trainer: power, SMS, disks and filesets of the lab (not an AIX command).',
  meta: true,
  manual: `lab — a trainer command, not AIX. It does what you would do at the HMC or in the machine room.

  lab power off [host]          immediate power-off of the partition (no AIX shutdown)
  lab power on [host]           activate it: firmware walks the normal boot list
  lab sms [host]                activate it and stop in the SMS menus
  lab cut-power [host]          the power fails now: nothing is shut down, every disk stays as it is
  lab disk add <sizeMB> [host]  a new virtual disk in the host's next free slot (cfgmgr finds it)
  lab disk remove <hdisk|id>    take a disk out of the lab (its volume group must be varied off)
  lab disk resize <hdisk|id> <sizeMB>   grow (or shrink, if unallocated) a disk
  lab disk move <hdisk|id> <host|shelf> move a disk to another host or onto the shelf
  lab disk fail <hdisk|id>      the disk fails: firmware skips it, LVM cannot read it
  lab fileset remove <name>     remove a fileset from the running AIX (e.g. bos.alt_disk_install.rte)
  lab status                    hosts, power, LED, boot lists, disks and the shelf
  lab console <host>            attach the terminal to another host's console

Disks are named by id (d0, d1 …, see lab status) or by the console host's hdisk name. The host is
the console's unless you name another. A hung host (a boot that stopped at an LED code) takes
only trainer commands: lab power off, then lab power on or lab sms.`,
  parse(args) {
    const [a0, a1, a2, a3, ...rest] = args;
    const bad = usage(L.usage);
    if (a0 === 'status') return args.length === 1 ? ok({ op: 'status' }) : bad;
    if (a0 === 'console') return a1 && a2 === undefined ? ok({ op: 'console', host: a1 }) : bad;
    if (a0 === 'power' && (a1 === 'on' || a1 === 'off') && a3 === undefined) return ok({ op: a1 === 'on' ? 'power-on' : 'power-off', host: a2 ?? null });
    if ((a0 === 'sms' || a0 === 'cut-power') && a2 === undefined) return ok({ op: a0, host: a1 ?? null });
    if (a0 === 'fileset' && a1 === 'remove' && a2 && a3 === undefined) return ok({ op: 'fileset-remove', name: a2 });
    if (a0 !== 'disk' || rest.length) return bad;
    if (a1 === 'add' && a2 !== undefined) {
      const mb = size(a2);
      return mb === null ? usage(L.badSize(a2)) : ok({ op: 'disk-add', sizeMB: mb, host: a3 ?? null });
    }
    if ((a1 === 'remove' || a1 === 'fail') && a2 && a3 === undefined) return ok({ op: a1 === 'remove' ? 'disk-remove' : 'disk-fail', disk: a2 });
    if (a1 === 'resize' && a2 && a3 !== undefined) {
      const mb = size(a3);
      return mb === null ? usage(L.badSize(a3)) : ok({ op: 'disk-resize', disk: a2, sizeMB: mb });
    }
    if (a1 === 'move' && a2 && a3) return ok({ op: 'disk-move', disk: a2, to: a3 });
    return bad;
  },
  run(ctx, a) {
    const { world } = ctx;
    const report = (r: LabResult) => {
      if (r.ok) ctx.out(r.value + '\n');
      else ctx.err(r.error + '\n');
      return r.ok ? 0 : 1;
    };
    switch (a.op) {
      case 'status':
        ctx.out(status(world));
        return 0;
      case 'console':
        return attachConsole(ctx, a.host);
      case 'power-off':
      case 'cut-power':
      case 'power-on':
      case 'sms':
        return power(ctx, a.op, a.host ?? world.console);
      case 'disk-add':
        return report(labDiskAdd(world, a.host ?? world.console, a.sizeMB));
      case 'fileset-remove':
        return report(labFilesetRemove(world, world.console, a.name));
    }
    const disk = resolveDisk(world, a.disk);
    if (!disk) return report(err(L.noDisk(a.disk)));
    switch (a.op) {
      case 'disk-remove':
        return report(labDiskRemove(world, disk));
      case 'disk-fail':
        return report(labDiskFail(world, disk));
      case 'disk-resize':
        return report(labDiskResize(world, disk, a.sizeMB));
      case 'disk-move':
        return report(labDiskMove(world, disk, a.to));
    }
  },
});

function power(ctx: CommandContext, op: 'power-off' | 'power-on' | 'sms' | 'cut-power', hostName: string): number {
  const host = ownValue(ctx.world.hosts, hostName);
  if (!host) {
    ctx.err(L.noHost(hostName) + '\n');
    return 1;
  }
  const io = ioFromContext(ctx);
  if (op === 'power-off' || op === 'cut-power') {
    if (host.power === 'off') {
      ctx.out(L.alreadyOff(hostName) + '\n');
      return 0;
    }
    powerOff(io, host);
    ctx.out((op === 'cut-power' ? L.cutPower(hostName) : L.poweredOff(hostName)) + '\n');
    return 0;
  }
  if (host.power !== 'off') {
    ctx.err(L.notOff(hostName, host.power === 'hung' ? `hung at LED ${host.led}` : host.power) + '\n');
    return 1;
  }
  ctx.out(L.poweringOn(hostName) + '\n');
  powerOn(io, hostName, { sms: op === 'sms' });
  return 0;
}

/** The terminal becomes `hostName`'s console; a question that console is waiting on shows again. */
function attachConsole(ctx: CommandContext, hostName: string): number {
  const host = ownValue(ctx.world.hosts, hostName);
  if (!host) {
    ctx.err(L.noHost(hostName) + '\n');
    return 1;
  }
  ctx.world.console = hostName;
  ctx.out(L.console(hostName, host.power === 'hung' ? `hung at LED ${host.led}` : host.power) + '\n');
  const io = ioFromContext(ctx);
  if (host.power === 'sms') enterSms(io, hostName);
  else if (host.power === 'booting' && host.led === '0c31' && host.run) {
    ctx.out(consoleMessages.defineConsole);
    io.ask({ kind: 'define-console', host: hostName, diskId: host.run.bootDiskId, blv: 'hd5' });
  }
  return 0;
}

/** lab status: every host with power, LED and boot list, its disks by slot, then the shelf. */
function status(world: World): string {
  const out: string[] = [];
  for (const host of Object.values(world.hosts)) {
    out.push(...hostStatus(world, host), '');
  }
  const shelf = Object.values(world.disks).filter((d) => d.location === null);
  out.push(`shelf: ${shelf.length ? shelf.map((d) => `${d.id} (${d.sizeMB} MB${d.pvid ? ', PVID ' + d.pvid : ''})`).join(', ') : 'empty'}`);
  return out.join('\n') + '\n';
}

function hostStatus(world: World, host: Host): string[] {
  const odm = namingOdm(world, host);
  const nameOf = (id: string) => odm?.disks.find((d) => d.diskId === id)?.name ?? '-';
  const lines = [`${host.name}${host.name === world.console ? ' (console)' : ''}: ${host.power}${host.led ? `, LED ${host.led}` : ''}`];
  if (host.hangReason) lines.push(`  why: ${host.hangReason}`);
  if (host.run) lines.push(`  booted from ${host.run.bootDiskId} (${nameOf(host.run.bootDiskId)}), AIX ${world.vgs[host.run.rootVgid]?.os?.level ?? '?'}`);
  const list = host.nvram.normal.map((b) => `${b.diskId} (${nameOf(b.diskId)}) blv=${b.blv}`).join(', ');
  lines.push(`  normal boot list: ${list || 'empty'}`);
  const disks = Object.values(world.disks)
    .filter((d) => d.location?.host === host.name)
    .sort((a, b) => a.location!.slot - b.location!.slot);
  const widths = [7, 9, 6, 10, 18, 40, 13];
  lines.push('  ' + columns(['disk', 'hdisk', 'slot', 'size MB', 'PVID', 'VG on disk (name here)', 'boot record', 'state'], widths));
  for (const d of disks) {
    const vg = d.vgid ? world.vgs[d.vgid] : null;
    const vgName = odm?.vgs.find((v) => v.vgid === d.vgid)?.name;
    const vgText = vg ? `${vg.vgid.slice(-8)}${vgName ? ` (${vgName})` : ''}${vg.os ? ' AIX ' + vg.os.level : ''}` : '-';
    lines.push('  ' + columns([d.id, nameOf(d.id), d.location!.slot, d.sizeMB, d.pvid ?? 'none', vgText, d.bootRecord ? d.bootRecord.blv : '-', d.failed ? 'FAILED' : 'ok'], widths));
  }
  return lines;
}
