// The details panel's content for a diagram node: a summary of what `lspv hdiskN`, `lsvg -l VG`,
// `lslv LV` or `bootlist -o` would say, derived from the snapshot (labelled as a summary, never
// passed off as the command's output), plus commands worth trying next. Pure.
import type { DiskView, HostView, LvView, SimSnapshot, VgView } from '../../protocol/index.ts';
import { ledMeaning } from '../boot/ledCodes.ts';
import type { DiagramNode } from '../diagram/project.ts';
import { altInstMounts, parseBootEntry, POWER_TEXT, ROLE_TEXT } from '../diagram/project.ts';

export interface Suggestion {
  /** The command line pasted into the prompt (never run by the panel). */
  line: string;
  /** Why one would type it, in a few words. */
  why: string;
}

export interface Details {
  kind: DiagramNode['type'];
  title: string;
  subtitle: string;
  /** The command this summarises ("lspv hdisk1"), or null when no single command shows it. */
  command: string | null;
  fields: [label: string, value: string][];
  /** Preformatted lines laid out like the command's own table (lsvg -l, bootlist -o). */
  table: string[] | null;
  notes: string[];
  suggestions: Suggestion[];
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s.padEnd(n));

/** `lsvg -l` layout: the same columns AIX prints. */
export function lsvgTable(vg: string, lvs: readonly LvView[]): string[] {
  const head = `${pad('LV NAME', 20)}${pad('TYPE', 11)}${pad('LPs', 8)}${pad('PPs', 8)}${pad('PVs', 5)}${pad('LV STATE', 14)}MOUNT POINT`;
  return [
    `${vg}:`,
    head,
    ...lvs.map((l) => `${pad(l.name, 20)}${pad(l.type, 11)}${pad(String(l.lps), 8)}${pad(String(l.pps), 8)}${pad(String(l.pvs), 5)}${pad(l.state, 14)}${l.mount ?? 'N/A'}`),
  ];
}

function findHost(snapshot: SimSnapshot, name: string | null): HostView | null {
  return name ? (snapshot.hosts.find((h) => h.name === name) ?? null) : null;
}

function findDisk(snapshot: SimSnapshot, host: HostView | null, diskId: string): DiskView | null {
  return (host ? host.disks : snapshot.shelf).find((d) => d.id === diskId) ?? null;
}

function consoleNote(snapshot: SimSnapshot, host: string | null): string[] {
  if (!host || host === snapshot.console) return [];
  return [`Commands run on the console host, ${snapshot.console}. This belongs to ${host}: its AIX commands are not reachable from here; lab commands are.`];
}

export function describe(snapshot: SimSnapshot, node: DiagramNode): Details | null {
  switch (node.type) {
    case 'disk':
      return describeDisk(snapshot, node.data.host, node.data.diskId);
    case 'vg':
      return describeVg(snapshot, node.data.host, node.data.name);
    case 'lv':
      return describeLv(snapshot, node.data.host, node.data.vg, node.data.name);
    case 'host':
      return describeHost(snapshot, node.data.name);
    case 'firmware':
      return describeFirmware(snapshot, node.data.host);
    case 'shelf':
      return describeShelf(snapshot);
  }
}

function diskSuggestions(snapshot: SimSnapshot, host: HostView, disk: DiskView): Suggestion[] {
  if (host.name !== snapshot.console) return [{ line: 'lab status', why: 'every host, its disks and boot lists' }];
  if (!disk.name) return [{ line: 'cfgmgr', why: 'configure the disk so it gets an hdisk name' }];
  const n = disk.name;
  const out: Suggestion[] = [{ line: `lspv ${n}`, why: 'the full physical-volume details' }];
  switch (disk.role) {
    case 'free':
      out.push({ line: `alt_disk_copy -d ${n}`, why: 'clone rootvg onto this disk (sets the bootlist to it)' });
      out.push({ line: `alt_disk_copy -B -d ${n}`, why: 'clone without changing the bootlist' });
      break;
    case 'altinst_rootvg':
      if (disk.awake) {
        out.push({ line: 'lsvg -l altinst_rootvg', why: 'its alt_ logical volumes and /alt_inst mounts' });
        out.push({ line: 'alt_rootvg_op -S', why: 'put it back to sleep (before any reboot)' });
        out.push({ line: 'alt_rootvg_op -S -t', why: 'sleep and rebuild its boot image' });
      } else {
        out.push({ line: `alt_rootvg_op -W -d ${n}`, why: 'wake it: mount it under /alt_inst' });
        out.push({ line: `bootlist -m normal ${n}`, why: 'boot from the clone next time' });
        out.push({ line: 'alt_rootvg_op -X altinst_rootvg', why: 'remove its definition (the disk keeps its data)' });
      }
      break;
    case 'old_rootvg':
      out.push({ line: `bootlist -m normal ${n}`, why: 'fall back to the old rootvg at the next boot' });
      out.push({ line: `alt_rootvg_op -W -d ${n}`, why: 'wake it (it becomes altinst_rootvg while awake)' });
      out.push({ line: 'alt_rootvg_op -X old_rootvg', why: 'remove its definition' });
      break;
    case 'rootvg':
      out.push({ line: 'lsvg -l rootvg', why: 'the running logical volumes' });
      if (disk.booted) out.push({ line: 'bootinfo -b', why: 'the disk the system booted from' });
      out.push({ line: `bootlist -m normal ${n}`, why: 'boot from this disk next time' });
      break;
    case 'other':
      if (disk.vg) out.push({ line: `lsvg -l ${disk.vg}`, why: 'the logical volumes of its volume group' });
      break;
  }
  return out;
}

export function describeDisk(snapshot: SimSnapshot, hostName: string | null, diskId: string): Details | null {
  const host = findHost(snapshot, hostName);
  const disk = findDisk(snapshot, host, diskId);
  if (!disk) return null;
  const vg = host && disk.vg ? host.vgs.find((v) => v.name === disk.vg) : undefined;
  const normal = host ? positions(host.bootlist.normal, disk.name) : [];
  const service = host ? positions(host.bootlist.service, disk.name) : [];
  const fields: Details['fields'] = [
    ['PHYSICAL VOLUME', disk.name ?? `${disk.id} (not configured)`],
    ['VOLUME GROUP', disk.vg ?? 'None'],
    ['PV IDENTIFIER', disk.pvid ?? 'none'],
  ];
  if (vg?.vgid) fields.push(['VG IDENTIFIER', vg.vgid]);
  fields.push(['PV STATE', disk.vg ? (disk.vgActive ? 'active' : 'not varied on') : '—']);
  fields.push(['SIZE', `${disk.sizeMB} megabytes`]);
  fields.push(['role', ROLE_TEXT[disk.role]]);
  if (disk.role === 'altinst_rootvg' || disk.role === 'old_rootvg') fields.push(['alternate', disk.awake ? 'AWAKE (LVs renamed alt_*, mounted under /alt_inst)' : 'asleep']);
  fields.push(['boot record', disk.bootRecord ? 'present' : 'none']);
  fields.push(['AIX on disk', disk.osLevel ?? 'none']);
  fields.push(['booted from', disk.booted ? 'yes: the running system came from this disk' : 'no']);
  fields.push(['bootlist', [normal.length ? `normal #${normal.join(', #')}` : null, service.length ? `service #${service.join(', #')}` : null].filter(Boolean).join('; ') || 'not listed']);
  const notes = [...consoleNote(snapshot, hostName)];
  if (!host) notes.push('On the shelf: attached to no host. `lab disk move` puts it into a host.');
  if (disk.failed) notes.push('The disk has failed: firmware skips it and LVM cannot read it.');
  if (disk.awake && host) notes.push(`${altInstMounts(host).length} file systems are mounted under /alt_inst. Put it to sleep (alt_rootvg_op -S) before any reboot.`);
  const suggestions = host ? diskSuggestions(snapshot, host, disk) : [{ line: `lab disk move ${disk.id} ${snapshot.console}`, why: `attach it to ${snapshot.console}` }];
  return {
    kind: 'disk',
    title: disk.name ?? disk.id,
    subtitle: [ROLE_TEXT[disk.role], disk.awake ? 'awake' : null, disk.booted ? 'booted' : null, host ? `on ${host.name}` : 'on the shelf'].filter(Boolean).join(' · '),
    command: host && disk.name && host.name === snapshot.console ? `lspv ${disk.name}` : null,
    fields,
    table: null,
    notes,
    suggestions,
  };
}

function positions(list: readonly string[], name: string | null): number[] {
  const out: number[] = [];
  list.forEach((e, i) => {
    if (name && parseBootEntry(e).device === name) out.push(i + 1);
  });
  return out;
}

export function describeVg(snapshot: SimSnapshot, hostName: string, vgName: string): Details | null {
  const host = findHost(snapshot, hostName);
  if (!host) return null;
  const vg: VgView | undefined = host.vgs.find((v) => v.name === vgName);
  const members = host.disks.filter((d) => d.vg === vgName);
  const fields: Details['fields'] = [
    ['VOLUME GROUP', vgName],
    ['VG IDENTIFIER', vg?.vgid || 'unknown'],
    ['VG STATE', vg?.active ? 'active' : 'varied off'],
    ['PVs', members.map((d) => d.name ?? d.id).join(', ') || 'none'],
    ['LVs', vg?.active ? String(vg.lvs.length) : 'not listed while varied off'],
  ];
  const mirrored = vg?.lvs.some((l) => l.lps > 0 && l.pps > l.lps);
  if (mirrored) fields.push(['mirrored', 'yes: PPs = 2 × LPs for mirrored LVs']);
  const notes = [...consoleNote(snapshot, hostName)];
  if (!vg?.active) notes.push('The volume group is not varied on, so `lsvg -l` would refuse to list it. An alternate rootvg is woken with alt_rootvg_op -W, never with varyonvg.');
  const awake = members.some((d) => d.awake);
  const console = host.name === snapshot.console;
  const suggestions: Suggestion[] = [];
  if (console) {
    suggestions.push({ line: `lsvg -l ${vgName}`, why: 'its logical volumes' });
    suggestions.push({ line: `lsvg ${vgName}`, why: 'its characteristics (PP size, free PPs, quorum)' });
    if (awake) suggestions.push({ line: 'alt_rootvg_op -S', why: 'put the alternate back to sleep' });
    else if (vgName === 'altinst_rootvg' || vgName === 'old_rootvg') {
      const disk = members[0]?.name;
      if (disk) suggestions.push({ line: `alt_rootvg_op -W -d ${disk}`, why: 'wake it to see its logical volumes' });
    }
  } else {
    suggestions.push({ line: 'lab status', why: 'every host and its disks' });
  }
  return {
    kind: 'vg',
    title: vgName,
    subtitle: [vg?.active ? 'varied on' : 'varied off', awake ? 'awake alternate' : null, `on ${host.name}`].filter(Boolean).join(' · '),
    command: console ? `lsvg -l ${vgName}` : null,
    fields,
    table: vg?.active ? lsvgTable(vgName, vg.lvs) : null,
    notes,
    suggestions,
  };
}

export function describeLv(snapshot: SimSnapshot, hostName: string, vgName: string, lvName: string): Details | null {
  const host = findHost(snapshot, hostName);
  const lv = host?.vgs.find((v) => v.name === vgName)?.lvs.find((l) => l.name === lvName);
  if (!host || !lv) return null;
  const copies = lv.lps > 0 ? Math.round(lv.pps / lv.lps) : 1;
  const console = host.name === snapshot.console;
  return {
    kind: 'lv',
    title: lv.name,
    subtitle: `${lv.type} · in ${vgName} · on ${host.name}`,
    command: console ? `lslv ${lv.name}` : null,
    fields: [
      ['LOGICAL VOLUME', lv.name],
      ['VOLUME GROUP', vgName],
      ['TYPE', lv.type],
      ['LPs', String(lv.lps)],
      ['PPs', String(lv.pps)],
      ['COPIES', String(copies)],
      ['LV STATE', lv.state],
      ['MOUNT POINT', lv.mount ?? 'N/A'],
      ['PVs', String(lv.pvs)],
    ],
    table: null,
    notes: [
      ...consoleNote(snapshot, hostName),
      ...(lv.name.startsWith('alt_') ? ['An alt_ name: the alternate is awake and its LVs are renamed so they do not clash with rootvg.'] : []),
    ],
    suggestions: console
      ? [
          { line: `lslv ${lv.name}`, why: 'all its characteristics' },
          { line: `lslv -l ${lv.name}`, why: 'which disks hold its partitions' },
        ]
      : [],
  };
}

export function describeHost(snapshot: SimSnapshot, hostName: string): Details | null {
  const host = findHost(snapshot, hostName);
  if (!host) return null;
  const console = host.name === snapshot.console;
  const fields: Details['fields'] = [
    ['host', `${host.name}${console ? ' (console)' : ''}`],
    ['power', POWER_TEXT[host.power]],
    ['LED', host.led ? `${host.led}: ${ledMeaning(host.led)}` : 'blank'],
    ['AIX level', host.level ?? 'not running'],
    ['booted from', host.bootDisk ?? '—'],
    ['disks', String(host.disks.length)],
    ['mounted file systems', String(host.mounts.length)],
  ];
  const notes = [...consoleNote(snapshot, hostName)];
  if (host.hangReason) notes.push(`Hung: ${host.hangReason}`);
  const on = console ? '' : ` ${host.name}`;
  const suggestions: Suggestion[] = [];
  if (host.power === 'hung') {
    suggestions.push({ line: `lab sms${on}`, why: 'restart into the SMS menus and pick a disk' });
    suggestions.push({ line: `lab power off${on}`, why: 'power the partition off' });
    suggestions.push({ line: `lab power on${on}`, why: 'power it on: firmware walks the normal bootlist' });
  } else if (host.power === 'off') {
    suggestions.push({ line: `lab power on${on}`, why: 'power it on' });
    suggestions.push({ line: `lab sms${on}`, why: 'power on into the SMS menus' });
  } else if (host.power === 'running' && console) {
    suggestions.push({ line: 'df', why: 'the mounted file systems' });
    suggestions.push({ line: 'oslevel -s', why: 'the running AIX level' });
    suggestions.push({ line: 'shutdown -Fr', why: 'reboot through the normal bootlist' });
  }
  suggestions.push({ line: 'lab status', why: 'power, LEDs, boot lists and disks of every host' });
  return {
    kind: 'host',
    title: host.name,
    subtitle: `${POWER_TEXT[host.power]}${host.level ? ` · AIX ${host.level}` : ''}`,
    command: null,
    fields,
    table: host.mounts.length ? ['mounted file systems:', ...host.mounts.map((m) => `${pad(m.dev, 24)}${m.mount}`)] : null,
    notes,
    suggestions,
  };
}

export function describeFirmware(snapshot: SimSnapshot, hostName: string): Details | null {
  const host = findHost(snapshot, hostName);
  if (!host) return null;
  const console = host.name === snapshot.console;
  const lines = (mode: 'normal' | 'service') => {
    const list = host.bootlist[mode];
    return list.length ? list.map((e) => `  ${e}`) : ['  (empty)'];
  };
  return {
    kind: 'firmware',
    title: `${host.name} firmware`,
    subtitle: 'NVRAM boot lists',
    command: console ? 'bootlist -m normal -o' : null,
    fields: [
      ['normal list', host.bootlist.normal.map((e) => parseBootEntry(e).device).join(', ') || 'empty'],
      ['service list', host.bootlist.service.map((e) => parseBootEntry(e).device).join(', ') || 'empty'],
      ['booted from', host.bootDisk ?? '—'],
    ],
    table: ['normal:', ...lines('normal'), 'service:', ...lines('service')],
    notes: [
      ...consoleNote(snapshot, hostName),
      'At power-on the firmware walks the normal list and boots the first disk that holds a boot image.',
    ],
    suggestions: console
      ? [
          { line: 'bootlist -m normal -o', why: 'the normal boot list' },
          { line: 'bootlist -m service -o', why: 'the service boot list' },
          ...(host.bootDisk ? [{ line: `bootlist -m normal ${host.bootDisk}`, why: 'boot from the running disk next time' }] : []),
        ]
      : [{ line: 'lab status', why: 'boot lists of every host' }],
  };
}

export function describeShelf(snapshot: SimSnapshot): Details {
  return {
    kind: 'shelf',
    title: 'shelf',
    subtitle: `${snapshot.shelf.length} disk${snapshot.shelf.length === 1 ? '' : 's'} not attached`,
    command: null,
    fields: snapshot.shelf.map((d) => [d.id, `${d.sizeMB} MB, PVID ${d.pvid ?? 'none'}${d.osLevel ? `, AIX ${d.osLevel}` : ''}`] as [string, string]),
    table: null,
    notes: ['Disks on the shelf belong to no host. Move one in with lab disk move <id> <host>.'],
    suggestions: [{ line: 'lab status', why: 'the shelf and every host' }],
  };
}
