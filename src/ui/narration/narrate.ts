// Words for what a command changed, for the ARIA live region under the diagram: the previous and the
// new snapshot diffed into short sentences ("hdisk1: altinst_rootvg woken; 8 file systems mounted
// under /alt_inst", "bootlist (normal): hdisk1", "aixlab01 hung at LED 0552"). Pure.
import type { DiskView, HostView, SimSnapshot } from '../../protocol/index.ts';
import { ledMeaning } from '../boot/ledCodes.ts';
import { altInstMounts, parseBootEntry, ROLE_TEXT } from '../diagram/project.ts';

const ALT_INST = /^\/alt_inst(\/|$)/;

function listText(list: readonly string[]): string {
  return list.length ? list.map((e) => parseBootEntry(e).device).join(' ') : 'empty';
}

function some(names: readonly string[], max = 3): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function diskLabel(disk: DiskView): string {
  return disk.name ?? disk.id;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function powerSentence(host: HostView, restarted = false): string {
  switch (host.power) {
    case 'hung':
      return `${host.name} hung at LED ${host.led ?? '(blank)'}${host.led ? ` (${ledMeaning(host.led)})` : ''}`;
    case 'running':
      return `${host.name} ${restarted ? 'rebooted and ' : ''}is running${host.bootDisk ? `, booted from ${host.bootDisk}` : ''}${host.level ? ` (AIX ${host.level})` : ''}`;
    case 'off':
      return `${host.name} powered off`;
    case 'sms':
      return `${host.name} stopped in the SMS menus`;
    case 'firmware':
      return `${host.name} is in firmware`;
    case 'booting':
      return `${host.name} is booting${host.led ? `, LED ${host.led}` : ''}`;
  }
}

function diskChanges(prefix: string, before: DiskView, after: DiskView, hostAfter: HostView, powerChanged: boolean): string[] {
  const out: string[] = [];
  const parts: string[] = [];
  if (before.name !== after.name && before.name && after.name) out.push(`${prefix}${before.name} is now ${after.name}`);
  if (before.role !== after.role) {
    if (after.role === 'altinst_rootvg' && before.role === 'free') parts.push('now altinst_rootvg, a clone of rootvg');
    else parts.push(`${ROLE_TEXT[before.role]} → ${ROLE_TEXT[after.role]}`);
  } else if (before.vg !== after.vg) {
    parts.push(after.vg ? `now in ${after.vg}` : `no longer in ${before.vg}`);
  }
  if (!powerChanged) {
    if (!before.awake && after.awake) {
      const n = altInstMounts(hostAfter).length;
      parts.push(`${after.vg ?? 'the alternate'} woken; ${n} file system${n === 1 ? '' : 's'} mounted under /alt_inst`);
    } else if (before.awake && !after.awake && after.vg) {
      parts.push(`${after.vg} put to sleep; /alt_inst unmounted`);
    } else if (before.vg && before.vg === after.vg && before.vgActive !== after.vgActive) {
      parts.push(`${after.vg} varied ${after.vgActive ? 'on' : 'off'}`);
    }
  }
  if (before.pvid !== after.pvid) parts.push(after.pvid ? `PVID ${after.pvid}` : 'PVID cleared');
  if (before.bootRecord !== after.bootRecord) parts.push(`boot record ${after.bootRecord ? 'written' : 'cleared'}`);
  if (before.osLevel !== after.osLevel) parts.push(after.osLevel ? `AIX ${after.osLevel} on disk` : 'no AIX on disk any more');
  if (before.failed !== after.failed) parts.push(after.failed ? 'failed' : 'working again');
  if (before.sizeMB !== after.sizeMB) parts.push(`now ${after.sizeMB} MB`);
  if (parts.length) out.push(`${prefix}${diskLabel(after)}: ${parts.join('; ')}`);
  return out;
}

function hostChanges(before: HostView, after: HostView, prefix: string, restarted: boolean): string[] {
  const out: string[] = [];
  const powerChanged = before.power !== after.power || before.bootDisk !== after.bootDisk || restarted;
  if (powerChanged) out.push(powerSentence(after, restarted && before.power === after.power));
  else if (after.power === 'hung' && before.led !== after.led) out.push(powerSentence(after));

  const oldDisks = new Map(before.disks.map((d) => [d.id, d] as const));
  const newIds = new Set(after.disks.map((d) => d.id));
  for (const disk of after.disks) {
    const old = oldDisks.get(disk.id);
    if (!old) out.push(`${prefix}${diskLabel(disk)}: added to ${after.name} (${disk.sizeMB} MB)`);
    else out.push(...diskChanges(prefix, old, disk, after, powerChanged));
  }
  for (const disk of before.disks) {
    if (!newIds.has(disk.id)) out.push(`${prefix}${diskLabel(disk)}: no longer attached to ${after.name}`);
  }

  if (!powerChanged) {
    for (const vg of after.vgs) {
      const old = before.vgs.find((v) => v.name === vg.name);
      if (!old || !old.active || !vg.active) continue;
      const oldNames = new Set(old.lvs.map((l) => l.name));
      const newNames = new Set(vg.lvs.map((l) => l.name));
      const added = vg.lvs.map((l) => l.name).filter((n) => !oldNames.has(n));
      const removed = old.lvs.map((l) => l.name).filter((n) => !newNames.has(n));
      if (added.length && added.length === removed.length) out.push(`${vg.name}: logical volumes renamed to ${some(added)}`);
      else {
        if (added.length) out.push(`${vg.name}: logical volume${added.length === 1 ? '' : 's'} ${some(added)} added`);
        if (removed.length) out.push(`${vg.name}: logical volume${removed.length === 1 ? '' : 's'} ${some(removed)} removed`);
      }
      const mirroredBefore = old.lvs.filter((l) => l.pps > l.lps).length;
      const mirroredAfter = vg.lvs.filter((l) => l.pps > l.lps).length;
      if (mirroredBefore !== mirroredAfter) out.push(`${vg.name}: ${mirroredAfter ? `${mirroredAfter} mirrored logical volumes` : 'no longer mirrored'}`);
    }
    const oldMounts = new Set(before.mounts.filter((m) => !ALT_INST.test(m.mount)).map((m) => m.mount));
    const newMounts = new Set(after.mounts.filter((m) => !ALT_INST.test(m.mount)).map((m) => m.mount));
    const mounted = [...newMounts].filter((m) => !oldMounts.has(m));
    const unmounted = [...oldMounts].filter((m) => !newMounts.has(m));
    if (mounted.length) out.push(`${prefix}mounted ${some(mounted)}`);
    if (unmounted.length) out.push(`${prefix}unmounted ${some(unmounted)}`);
  }

  const pre = prefix ? `${after.name} ` : '';
  if (!sameList(before.bootlist.normal, after.bootlist.normal)) out.push(`${pre}bootlist (normal): ${listText(after.bootlist.normal)}`);
  if (!sameList(before.bootlist.service, after.bootlist.service)) out.push(`${pre}bootlist (service): ${listText(after.bootlist.service)}`);
  return out;
}

/**
 * Sentences describing the change from `before` to `after`; empty when nothing visible changed.
 * `powerCycled` names hosts that went through power states during the command (a reboot that came
 * back to where it started still deserves a word).
 */
export function narrate(before: SimSnapshot, after: SimSnapshot, powerCycled: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const several = after.hosts.length > 1;
  for (const host of after.hosts) {
    const old = before.hosts.find((h) => h.name === host.name);
    const prefix = several && host.name !== after.console ? `${host.name} ` : '';
    if (!old) {
      out.push(`${host.name}: new host`);
      continue;
    }
    out.push(...hostChanges(old, host, prefix, powerCycled.has(host.name)));
  }
  const oldShelf = new Set(before.shelf.map((d) => d.id));
  const newShelf = new Set(after.shelf.map((d) => d.id));
  const toShelf = after.shelf.filter((d) => !oldShelf.has(d.id)).map((d) => d.id);
  const fromShelf = before.shelf.filter((d) => !newShelf.has(d.id)).map((d) => d.id);
  if (toShelf.length) out.push(`on the shelf now: ${some(toShelf)}`);
  if (fromShelf.length) out.push(`taken from the shelf: ${some(fromShelf)}`);
  if (before.lifecycle.state !== after.lifecycle.state) out.push(`lifecycle: ${before.lifecycle.state} → ${after.lifecycle.state}`);
  return out;
}

/** One line for the live region. */
export function narrationText(sentences: readonly string[]): string {
  return sentences.length ? `${sentences.join('. ')}.` : 'No change in the diagram.';
}
