// World → SimSnapshot: what the diagram, the LED display and the status strip draw.
import { distribution } from '../engine/lvm.ts';
import { standbyBosNote } from '../engine/multibos/instances.ts';
import { configuredDisks, lvIsOpen, lvPps, lvPvids, shelfDisks } from '../model/select.ts';
import type { Disk, Host, Odm, World } from '../model/types.ts';
import type { SessionState } from './api.ts';
import { lifecycleCan, lifecycleNext, stateDescription } from '../lifecycle/index.ts';
import type { DiskRole, DiskView, HostView, SimSnapshot, VgView } from './snapshot.ts';

/** The ODM the host knows disks by: the running one, or the last booted disk's when the host is down. */
function viewOdm(world: World, host: Host): Odm | null {
  const vgid = host.run?.rootVgid ?? (host.lastBootDiskId ? world.disks[host.lastBootDiskId]?.vgid : null);
  return vgid ? (world.vgs[vgid]?.os?.odm ?? null) : null;
}

function diskView(world: World, host: Host | null, disk: Disk, odm: Odm | null): DiskView {
  const entry = odm?.disks.find((d) => d.diskId === disk.id && d.state === 'Available');
  const odmVg = odm && disk.pvid ? odm.vgs.find((v) => v.pvids.includes(disk.pvid!)) : undefined;
  const image = disk.vgid ? world.vgs[disk.vgid] : undefined;
  const active = !!(host?.run && odmVg && host.run.variedOn.includes(odmVg.vgid));
  let role: DiskRole = 'free';
  if (host?.run && disk.vgid === host.run.rootVgid) role = 'rootvg';
  else if (odmVg && image?.os && odmVg.vgid === image.vgid) role = odmVg.name === 'old_rootvg' ? 'old_rootvg' : odmVg.name === 'rootvg' ? 'rootvg' : 'altinst_rootvg';
  else if (odmVg) role = 'other';
  return {
    id: disk.id,
    name: entry && host && disk.location?.host === host.name ? entry.name : null,
    pvid: disk.pvid,
    sizeMB: disk.sizeMB,
    vg: odmVg?.name ?? null,
    vgActive: active,
    role,
    bootRecord: !!disk.bootRecord,
    osLevel: image?.os?.level ?? null,
    booted: !!host?.run && host.run.bootDiskId === disk.id,
    failed: !!disk.failed,
    awake: active && role === 'altinst_rootvg',
  };
}

const INTO_ALTERNATE = { type: 'REBOOT', into: 'alternate' } as const;

/**
 * The LED a boot of the alternate rootvg would stop at, by the rule book: the machine's REBOOT into the
 * alternate from this state ends in a hung state (an awake clone, stale alt_ definitions, doubled names).
 * Null when the machine lets it boot, or does not know (host down).
 */
export function alternateBootHang(lifecycleState: string): string | null {
  if (!lifecycleCan(lifecycleState, INTO_ALTERNATE)) return null;
  const next: string = lifecycleNext(lifecycleState, INTO_ALTERNATE);
  return next.startsWith('hung.') ? hungLed(next) : null;
}

function describedState(name: string, world: World): { description?: string } {
  const host = world.hosts[world.console];
  // multibos lives beside the alternate-disk statechart: its note follows the state's own description
  const note = host?.run ? standbyBosNote(world.vgs[host.run.rootVgid]) : null;
  const description = [stateDescription(name), note].filter(Boolean).join(' ');
  return description ? { description } : {};
}

/** The LED a hung state names ("hung.led552" → "0552"), or "hang" for another code. */
function hungLed(state: string): string {
  const led = /^hung\.led(\d+)$/.exec(state)?.[1];
  return led ? led.padStart(4, '0') : 'hang';
}

/**
 * Which disks of the console host would hang if booted, and at what: while running, every alternate
 * rootvg when the machine says booting the alternate hangs; while hung, the disk the boot tried.
 */
function bootHangs(world: World, host: Host, lifecycleState: string): (disk: Disk, view: DiskView) => string | null {
  if (host.name !== world.console) return () => null;
  if (host.run) {
    const led = alternateBootHang(lifecycleState);
    return (_disk, view) => (led && (view.role === 'altinst_rootvg' || view.role === 'old_rootvg') ? led : null);
  }
  if (host.power === 'hung' && lifecycleState.startsWith('hung.')) {
    const led = hungLed(lifecycleState);
    return (disk) => (disk.id === host.bootAttemptDiskId ? led : null);
  }
  return () => null;
}

function hostView(world: World, host: Host, lifecycleState: string): HostView {
  const bootHang = bootHangs(world, host, lifecycleState);
  const odm = viewOdm(world, host);
  const attached = Object.values(world.disks)
    .filter((d) => d.location?.host === host.name)
    .sort((a, b) => a.location!.slot - b.location!.slot);
  const vgs: VgView[] = [];
  if (host.run && odm) {
    for (const v of odm.vgs) {
      const image = world.vgs[v.vgid];
      const active = host.run.variedOn.includes(v.vgid);
      const pvs = configuredDisks(world, host).filter((d) => d.disk.pvid && v.pvids.includes(d.disk.pvid)).map((d) => d.odm.name);
      const lvs = active && image
        ? odm.lvs
            .filter((l) => l.vg === v.name)
            .map((l) => {
              const lv = image.lvs.find((x) => `${image.vgid}.${x.minor}` === l.lvid);
              const open = lv ? lvIsOpen(host, image, lv) : false;
              const mount = host.run!.mounts.find((m) => m.lv && lv && m.lv.vgid === image.vgid && m.lv.minor === lv.minor)?.mount ?? null;
              return {
                name: l.name,
                type: l.type,
                lps: lv?.lps ?? 0,
                pps: lv ? lvPps(lv) : 0,
                pvs: lv ? lvPvids(lv).length : 0,
                state: `${open ? 'open' : 'closed'}/${lv?.stale ? 'stale' : 'syncd'}`,
                mount: mount ?? (lv?.label && lv.label !== 'primary_bootlv' ? lv.label : null),
              };
            })
        : [];
      vgs.push({ name: v.name, vgid: v.vgid, active, pvs, lvs });
    }
  }
  const names = (list: { diskId: string; blv: string }[]) =>
    list.map((b) => {
      const n = odm?.disks.find((d) => d.diskId === b.diskId && d.state === 'Available')?.name;
      return `${n ?? '-'} blv=${b.blv}`;
    });
  const bootDisk = host.run ? (odm?.disks.find((d) => d.diskId === host.run!.bootDiskId)?.name ?? null) : null;
  return {
    name: host.name,
    power: host.power,
    led: host.led,
    hangReason: host.hangReason,
    level: host.run ? (world.vgs[host.run.rootVgid]?.os?.level ?? null) : null,
    bootDisk,
    disks: attached.map((d) => {
      const view = diskView(world, host, d, odm);
      const led = bootHang(d, view);
      return led ? { ...view, bootHang: led } : view;
    }),
    vgs,
    bootlist: { normal: names(host.nvram.normal), service: names(host.nvram.service) },
    mounts: (host.run?.mounts ?? []).map((m) => ({ dev: m.dev, mount: m.mount })),
  };
}

export function project(state: SessionState, prompt: string, mode: SimSnapshot['mode']): SimSnapshot {
  const world = state.world;
  return {
    console: world.console,
    clockMs: world.clock.nowMs,
    scenario: state.scenario,
    hosts: Object.values(world.hosts).map((h) => hostView(world, h, state.lifecycle.state)),
    shelf: shelfDisks(world).map((d) => diskView(world, null, d, null)),
    lifecycle: { state: state.lifecycle.state, ...describedState(state.lifecycle.state, world), recent: state.lifecycle.recent.slice(-10) },
    mode,
    prompt,
  };
}

/** Free-distribution text of a disk in its VG, used by the details panel. */
export function diskDistribution(world: World, disk: Disk): string | null {
  const vg = disk.vgid ? world.vgs[disk.vgid] : null;
  return vg ? distribution(vg, disk, 'free') : null;
}
