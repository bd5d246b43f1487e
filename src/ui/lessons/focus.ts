// The diagram nodes a lesson objective concerns (Objective.focus: 'disk:hdisk1', 'vg:altinst_rootvg',
// 'bootlist', 'host:<name>') as diagram node ids (diagram/labels.ts). Names are the console host's; a
// reference to nothing on the diagram (a disk not configured yet) is left out. Pure.
import type { SimSnapshot } from '../../protocol/index.ts';
import { diskNodeId, firmwareNodeId, hostNodeId, vgNodeId } from '../diagram/labels.ts';

export function focusNodeIds(snapshot: SimSnapshot, refs: readonly string[]): string[] {
  const host = snapshot.hosts.find((h) => h.name === snapshot.console) ?? snapshot.hosts[0];
  const out: string[] = [];
  for (const ref of refs) {
    const colon = ref.indexOf(':');
    const kind = colon < 0 ? ref : ref.slice(0, colon);
    const name = colon < 0 ? '' : ref.slice(colon + 1);
    if (kind === 'host' && snapshot.hosts.some((h) => h.name === name)) out.push(hostNodeId(name));
    if (!host) continue;
    if (kind === 'bootlist') out.push(firmwareNodeId(host.name));
    if (kind === 'disk') {
      const disk = host.disks.find((d) => d.name === name);
      if (disk) out.push(diskNodeId(hostNodeId(host.name), disk));
    }
    if (kind === 'vg' && host.vgs.some((v) => v.name === name)) out.push(vgNodeId(host.name, name));
  }
  return [...new Set(out)];
}
