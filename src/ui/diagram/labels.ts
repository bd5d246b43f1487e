// Words and ids the diagram shows: power and role texts, node ids, bootlist lines, /alt_inst mounts.
import type { DiskView, HostView } from '../../protocol/index.ts';
import { LAYOUT, type BootlistLine, type DamageText } from './model.ts';

/** Whether a VG shows its logical volumes unless the learner toggled it. */
export function expandedByDefault(vg: string, members: readonly DiskView[]): boolean {
  return vg === 'altinst_rootvg' || vg === 'old_rootvg' || members.some((d) => d.role === 'altinst_rootvg' || d.role === 'old_rootvg');
}

export const POWER_TEXT: Record<HostView['power'], string> = {
  off: 'powered off',
  firmware: 'in firmware',
  sms: 'SMS menus',
  booting: 'booting',
  hung: 'HUNG',
  running: 'running',
};

export const ROLE_TEXT: Record<DiskView['role'], string> = {
  rootvg: 'rootvg',
  altinst_rootvg: 'altinst_rootvg',
  old_rootvg: 'old_rootvg',
  free: 'free',
  other: 'other VG',
};

/** Lifecycle states in which the running system is damaged (OUTCOMES O4–O6, O8), in plain words. */
const DAMAGE_TEXT: Record<string, string> = {
  odmDamaged: 'ODM damaged: stale alt_ definitions',
  doubledNames: 'doubled names (alt_alt_…)',
  mergedOdm: 'ODM merged with the alternate',
  rootvgUndefined: 'rootvg definition removed',
};

export function damageOf(lifecycleState: string): DamageText {
  return DAMAGE_TEXT[lifecycleState] ?? null;
}

export const hostNodeId = (host: string) => `host:${host}`;
export const firmwareNodeId = (host: string) => `host:${host}/firmware`;
export const diskNodeId = (owner: string, disk: DiskView) => `${owner}/disk:${disk.id}`;
export const vgNodeId = (host: string, vg: string) => `host:${host}/vg:${vg}`;
export const lvNodeId = (vgId: string, index: number) => `${vgId}/lv:${index}`;
export const SHELF_NODE_ID = 'shelf';

export function rowY(row: number): number {
  return LAYOUT.header + row * (LAYOUT.diskHeight + LAYOUT.rowGap);
}

/** Height of a group holding `rows` disk rows (at least one). */
export function groupHeight(rows: number): number {
  return rowY(Math.max(rows, 1)) - LAYOUT.rowGap + LAYOUT.pad;
}

export function vgHeight(lvs: number, expanded: boolean): number {
  return LAYOUT.vgHeader + (expanded && lvs > 0 ? lvs * LAYOUT.lvHeight + LAYOUT.lvPad : 0);
}

/**
 * One bootlist entry as the snapshot gives it ("hdisk0 blv=hd5", "- blv=hd5" for a device that is no
 * longer configured) split into the device name and its attributes.
 */
export function parseBootEntry(entry: string): { device: string; blv: string | null } {
  const [device = '-', ...attrs] = entry.trim().split(/\s+/);
  const blv = attrs.find((a) => a.startsWith('blv='))?.slice(4) ?? null;
  return { device, blv };
}

/** The parts of a bootlist line; a boot LV other than hd5 is shown after its device. */
export function bootlistLine(mode: 'normal' | 'service', list: readonly string[]): BootlistLine {
  const items =
    list.length > 0
      ? list.map((entry, i) => {
          const { device, blv } = parseBootEntry(entry);
          return `${i + 1} ${device}${blv && blv !== 'hd5' ? ` (blv=${blv})` : ''}`;
        })
      : ['empty'];
  return { label: `bootlist (${mode}):`, items };
}

/** "bootlist (normal): 1 hdisk0 2 hdisk1" */
export function bootlistText(mode: 'normal' | 'service', list: readonly string[]): string {
  const line = bootlistLine(mode, list);
  return [line.label, ...line.items].join(' ');
}

export function diskTestId(disk: DiskView): string {
  return `diagram.disk.${disk.name ?? disk.id}`;
}

/** The console host's bootlist is `diagram.bootlist`; another host's is `diagram.bootlist@<host>`. */
export function bootlistTestIds(host: string, consoleHost: string): { normal: string; service: string } {
  const suffix = host === consoleHost ? '' : `@${host}`;
  return { normal: `diagram.bootlist${suffix}`, service: `diagram.bootlist.service${suffix}` };
}

const ALT_INST = /^\/alt_inst(\/|$)/;

/** What the snapshot says is mounted under /alt_inst on the host. */
export function altInstMounts(host: HostView): string[] {
  return host.mounts.filter((m) => ALT_INST.test(m.mount)).map((m) => m.mount);
}

