// A preview's warnings, asked of the rule book rather than written per command: the lifecycle machine says
// what a boot does in the state the line leaves (lifecycle.machine.ts REBOOT, the hung.ledNNN states and
// their LED), which states are the OUTCOMES table's damaged ones (their descriptions carry O-numbers),
// and the worlds say which disk's volume group the line writes over.
import { previewMessages } from '../messages/preview.ts';
import { lifecycleCan, lifecycleNext, stateDescription } from '../lifecycle/index.ts';
import type { World } from '../model/types.ts';
import type { HostView, SimSnapshot } from '../session/snapshot.ts';
import { diskNode, firmwareNode, hostNode } from './nodeIds.ts';
import type { PreviewWarning } from './types.ts';

const words = previewMessages.warning;

/** The LED a hung state of the machine names ("hung.led552" → "0552"), or null for another state. */
export function hungLed(state: string): string | null {
  const led = /^hung\.led(\d+)$/.exec(state)?.[1];
  return led ? led.padStart(4, '0') : null;
}

/** A damaged outcome of the OUTCOMES table: its description opens with its number (O4, O5 …). */
function damaged(state: string): string | null {
  const d = stateDescription(state);
  return d && /^O\d+\b/.test(d) ? d : null;
}

interface NextBoot {
  disk: string;
  diskId: string;
  awake: boolean;
  led: string | null;
  state: string;
  damage: string | null;
}

/** What the rule book says a reboot from the normal bootlist's first disk does in `lifecycle`, when it is bad. */
function nextBoot(host: HostView | undefined, world: World, lifecycle: string): NextBoot | null {
  if (!host || host.power !== 'running') return null;
  const first = host.bootlist.normal[0]?.trim().split(/\s+/)[0];
  const disk = first ? host.disks.find((d) => d.name === first) : undefined;
  const running = world.hosts[host.name]?.run;
  if (!disk || !running) return null;
  const event = { type: 'REBOOT', into: disk.id === running.bootDiskId ? 'current' : 'alternate' } as const;
  if (!lifecycleCan(lifecycle, event)) return null;
  const next = lifecycleNext(lifecycle, event);
  const led = hungLed(next);
  const damage = led ? null : damaged(next);
  if (!led && (!damage || next === lifecycle)) return null;
  return { disk: first!, diskId: disk.id, awake: disk.awake, led, state: next, damage };
}

export interface WarningInput {
  before: { snapshot: SimSnapshot; world: World };
  after: { snapshot: SimSnapshot; world: World };
}

export function previewWarnings({ before, after }: WarningInput): PreviewWarning[] {
  const out: PreviewWarning[] = [];
  const name = after.snapshot.console;
  const hostA = before.snapshot.hosts.find((h) => h.name === name);
  const hostB = after.snapshot.hosts.find((h) => h.name === name);
  const from = before.snapshot.lifecycle.state;
  const to = after.snapshot.lifecycle.state;
  if (!hostA || !hostB) return out;

  // The line boots the host into a hang: the LED the boot stopped at, the rule book's words for it.
  if (hostB.power === 'hung' && hostA.power !== 'hung') {
    const tried = hostB.disks.find((d) => d.bootHang);
    const led = hungLed(to) ?? hostB.led ?? '----';
    out.push({ kind: 'boot-hangs', node: tried ? diskNode(name, tried.id) : hostNode(name), led, state: to, text: words.bootHangs(name, tried?.name ?? null, led, stateDescription(to)) });
  } else if (hostA.power === 'running' && hostB.power !== 'running' && hostB.power !== 'hung') {
    out.push({ kind: 'host-down', node: hostNode(name), led: null, state: to, text: words.hostDown(name, previewMessages.power[hostB.power] ?? hostB.power) });
  }

  // The state the line leaves is one of the damaged outcomes.
  const damage = to !== from && !to.startsWith('hung') ? damaged(to) : null;
  if (damage) out.push({ kind: 'damage', node: hostNode(name), led: null, state: to, text: words.damage(to, damage) });

  // A reboot after the line would hang or damage the system, and it would not have before the line.
  const next = nextBoot(hostB, after.world, to);
  const was = nextBoot(hostA, before.world, from);
  if (next && (!was || was.state !== next.state || was.diskId !== next.diskId)) {
    const text = next.led ? words.nextBootHangs(next.disk, next.awake, next.led) : words.nextBootDamages(next.disk, next.damage!);
    out.push({ kind: 'next-boot', node: firmwareNode(name), led: next.led, state: next.state, text });
  }

  // A disk's volume group written over by a new one.
  for (const h of after.snapshot.hosts) {
    const viewA = before.snapshot.hosts.find((x) => x.name === h.name);
    for (const d of h.disks) {
      const oldVgid = before.world.disks[d.id]?.vgid ?? null;
      const newVgid = after.world.disks[d.id]?.vgid ?? null;
      if (!oldVgid || !newVgid || oldVgid === newVgid) continue;
      const old = viewA?.disks.find((x) => x.id === d.id);
      out.push({ kind: 'data-lost', node: diskNode(h.name, d.id), led: null, state: null, text: words.dataLost(old?.name ?? d.name ?? d.id, old?.vg ?? oldVgid) });
    }
  }
  return out;
}
