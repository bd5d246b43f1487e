// The ids of the diagram's nodes (ui/diagram/project.ts draws them with these same functions' twins in
// ui/diagram/labels.ts; src/ui/diagram/previewNodes.test.ts checks that they agree), so a preview's
// changes name the nodes the page ghosts.
export const hostNode = (host: string) => `host:${host}`;
export const firmwareNode = (host: string) => `host:${host}/firmware`;
/** A disk of a host, or on the shelf (host null). Keyed by the disk's hardware id, which never changes. */
export const diskNode = (host: string | null, diskId: string) => `${host === null ? 'shelf' : hostNode(host)}/disk:${diskId}`;
/** A volume group of a host, by its name (a renamed VG is a new node). */
export const vgNode = (host: string, vg: string) => `${hostNode(host)}/vg:${vg}`;
/** A logical volume: its place in the VG's list as the snapshot gives it (VgView.lvs), from 0. */
export const lvNode = (host: string, vg: string, index: number) => `${vgNode(host, vg)}/lv:${index}`;
export const SHELF_NODE = 'shelf';
