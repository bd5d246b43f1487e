// Streamed events that change what the diagram should show before the command's final snapshot
// arrives (a reboot's LED sequence and power states). Pure: returns a new snapshot or the same one.
import type { SimEvent, SimSnapshot } from '../protocol/index.ts';

export function applyLiveEvent(snapshot: SimSnapshot, event: SimEvent): SimSnapshot {
  if (event.type === 'led' || event.type === 'power') {
    let changed = false;
    const hosts = snapshot.hosts.map((host) => {
      if (host.name !== event.host) return host;
      if (event.type === 'led') {
        if (host.led === event.code) return host;
        changed = true;
        return { ...host, led: event.code };
      }
      if (host.power === event.state) return host;
      changed = true;
      return { ...host, power: event.state };
    });
    return changed ? { ...snapshot, hosts } : snapshot;
  }
  if (event.type === 'lifecycle') {
    if (snapshot.lifecycle.state === event.to) return snapshot;
    // The description belongs to the old state: the final snapshot brings the new one's.
    const { recent } = snapshot.lifecycle;
    return { ...snapshot, lifecycle: { state: event.to, recent } };
  }
  return snapshot;
}
