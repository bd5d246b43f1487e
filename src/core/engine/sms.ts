// System Management Services: the partition firmware's menus, driven by number (REFERENCE §6.3; the
// screens follow a real SMS capture: header, items " N.   Text", navigation footer, prompt).
// Main Menu → 5 Select Boot Options → 1 Select Install/Boot Device → Select Device Type (5 Hard Drive
// or 7 List all Devices) → Select Device (the attached disks) → Select Task 2 Normal Mode Boot →
// "Are you sure you want to exit System Management Services?" 1 Yes: firmware boots that disk once.
// X (eXit) → 1 Yes: firmware walks the normal boot list again. M returns to the Main Menu, ESC goes
// back one screen. This module only draws screens and interprets answers; engine/boot.ts boots.
import { smsMessages as S } from '../messages/boot.ts';
import type { World } from '../model/types.ts';
import type { SmsScreen } from '../session/api.ts';
import { firmwareDisks, locationCode } from './firmware.ts';

export function renderSms(world: World, hostName: string, screen: SmsScreen): string {
  const host = world.hosts[hostName];
  const items = (list: readonly string[]) => list.map((t, i) => S.item(i + 1, t)).join('\n') + '\n';
  let body: string;
  let footer = S.footerSub;
  switch (screen.id) {
    case 'main':
      body = ' Main Menu\n' + items(S.mainMenu);
      footer = S.footerMain;
      break;
    case 'boot-options':
      body = ' Multiboot\n' + items(S.bootOptions);
      break;
    case 'device-type':
      body = ' Select Device Type\n' + items(S.deviceTypes);
      break;
    case 'devices': {
      body = S.deviceHeader;
      screen.diskIds.forEach((id, i) => {
        const disk = world.disks[id];
        const pos = host.nvram.normal.findIndex((b) => b.diskId === id);
        body += S.device(i + 1, pos < 0 ? '-' : String(pos + 1), S.diskName(disk.sizeMB), locationCode(host, disk));
      });
      break;
    }
    case 'task': {
      const disk = world.disks[screen.diskId];
      body = ' Select Task\n\n' + `${S.diskName(disk.sizeMB)}\n    ( loc=${locationCode(host, disk)} )\n\n` + items(S.tasks);
      break;
    }
    case 'exit':
      body = S.exitQuestion + items(['Yes', 'No']);
      footer = S.footerMain;
      break;
  }
  return S.header + body + footer;
}

export type SmsStep =
  /** Show `screen` (with `back` as the ESC history) and keep waiting. */
  | { kind: 'show'; screen: SmsScreen; back: SmsScreen[]; note?: string }
  /** Leave SMS: boot `diskId` once (blv=hd5), or walk the normal boot list when null. */
  | { kind: 'boot'; diskId: string | null };

const isEsc = (s: string) => s === '\x1b' || /^esc$/i.test(s);

/** The next step after the learner typed `line` on `screen`. */
export function smsAnswer(world: World, hostName: string, screen: SmsScreen, back: SmsScreen[], line: string): SmsStep {
  const input = line.trim();
  const stay: SmsStep = { kind: 'show', screen, back };
  const go = (next: SmsScreen): SmsStep => ({ kind: 'show', screen: next, back: [...back, screen] });
  const notSimulated: SmsStep = { ...stay, note: 'not-simulated' };
  if (/^m$/i.test(input)) return { kind: 'show', screen: { id: 'main' }, back: [] };
  if (/^x$/i.test(input)) return screen.id === 'exit' ? stay : go({ id: 'exit', diskId: null });
  if (isEsc(input)) {
    if (back.length === 0) return stay;
    return { kind: 'show', screen: back[back.length - 1], back: back.slice(0, -1) };
  }
  if (!/^\d+$/.test(input)) return stay;
  const n = Number(input);
  switch (screen.id) {
    case 'main':
      if (n === 5) return go({ id: 'boot-options' });
      return n >= 1 && n <= 4 ? notSimulated : stay;
    case 'boot-options':
      if (n === 1) return go({ id: 'device-type' });
      return n >= 2 && n <= 4 ? notSimulated : stay;
    case 'device-type':
      // Hard Drive goes straight to the disks here (real firmware asks for the media type first).
      if (n === 5 || n === 7) return go({ id: 'devices', diskIds: firmwareDisks(world, hostName).map((d) => d.id) });
      return n >= 1 && n <= 6 ? notSimulated : stay;
    case 'devices': {
      const id = screen.diskIds[n - 1];
      return id && world.disks[id] ? go({ id: 'task', diskId: id }) : stay;
    }
    case 'task':
      if (n === 2) return go({ id: 'exit', diskId: screen.diskId });
      return n === 1 || n === 3 ? notSimulated : stay;
    case 'exit':
      if (n === 1) return { kind: 'boot', diskId: screen.diskId };
      if (n === 2) return back.length ? { kind: 'show', screen: back[back.length - 1], back: back.slice(0, -1) } : { kind: 'show', screen: { id: 'main' }, back: [] };
      return stay;
  }
}
