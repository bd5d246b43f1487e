// Builders for scenario worlds: disks, a standard AIX rootvg (REFERENCE §1.10) and data VGs.
import { createLv } from '../engine/lvm.ts';
import { filesetsFor } from './levels.ts';
import type { BaseOdm, Disk, FileNode, FsStanza, Host, LvType, OdmLv, OsImage, VgImage, World } from './types.ts';

export interface LvSpec {
  name: string;
  type: LvType;
  lps: number;
  mount?: string;
  usedMB?: number;
  inodes?: number;
  files?: Record<string, FileNode>;
}

/** Standard AIX 7.2 rootvg in `lsvg -l rootvg` order; 162 PPs of 32 MB in all. */
export function standardRootvg(opts: { jfsHome?: boolean } = {}): LvSpec[] {
  return [
    { name: 'hd5', type: 'boot', lps: 1 },
    { name: 'hd6', type: 'paging', lps: 16 },
    { name: 'hd8', type: 'jfs2log', lps: 1 },
    { name: 'hd4', type: 'jfs2', lps: 4, mount: '/', usedMB: 74, inodes: 3260, files: rootFiles() },
    { name: 'hd2', type: 'jfs2', lps: 80, mount: '/usr', usedMB: 2252, inodes: 42310, files: { 'lpp/bos/README': { kind: 'file', sizeKB: 4 } } },
    { name: 'hd9var', type: 'jfs2', lps: 16, mount: '/var', usedMB: 128, inodes: 1312, files: varFiles() },
    { name: 'hd3', type: 'jfs2', lps: 8, mount: '/tmp', usedMB: 12, inodes: 120, files: tmpFiles() },
    opts.jfsHome
      ? { name: 'hd1', type: 'jfs', lps: 1, mount: '/home', usedMB: 1, inodes: 7, files: { 'guest/.profile': { kind: 'file', text: 'PATH=/usr/bin:/etc:/usr/sbin:/usr/ucb:$HOME/bin:/usr/bin/X11:/sbin:.\nexport PATH\n' } } }
      : { name: 'hd1', type: 'jfs2', lps: 1, mount: '/home', usedMB: 1, inodes: 7, files: { 'guest/.profile': { kind: 'file', text: 'PATH=/usr/bin:/etc:/usr/sbin:/usr/ucb:$HOME/bin:/usr/bin/X11:/sbin:.\nexport PATH\n' } } },
    { name: 'hd10opt', type: 'jfs2', lps: 14, mount: '/opt', usedMB: 350, inodes: 11651 },
    { name: 'hd11admin', type: 'jfs2', lps: 4, mount: '/admin', usedMB: 1, inodes: 5 },
    { name: 'lg_dumplv', type: 'sysdump', lps: 16 },
    { name: 'livedump', type: 'jfs2', lps: 1, mount: '/var/adm/ras/livedump', usedMB: 1, inodes: 4 },
  ];
}

function rootFiles(): Record<string, FileNode> {
  return {
    etc: { kind: 'dir' },
    'etc/hosts': { kind: 'file', text: '127.0.0.1               loopback localhost\n::1                     loopback localhost\n10.10.10.21             aixlab01\n' },
    'etc/motd': { kind: 'file', text: 'Welcome to the altdisk trainer lab.\n' },
    'etc/inittab': { kind: 'file', sizeKB: 4 },
    'etc/exclude.rootvg': { kind: 'file', text: '' },
    'image.data': { kind: 'file', sizeKB: 12 },
    'bosinst.data': { kind: 'file', sizeKB: 4 },
    home: { kind: 'dir' },
    usr: { kind: 'dir' },
    var: { kind: 'dir' },
    tmp: { kind: 'dir' },
    opt: { kind: 'dir' },
    admin: { kind: 'dir' },
    proc: { kind: 'dir' },
    aha: { kind: 'dir' },
  };
}

function varFiles(): Record<string, FileNode> {
  return {
    adm: { kind: 'dir' },
    'adm/ras': { kind: 'dir' },
    'adm/ras/livedump': { kind: 'dir' },
    tmp: { kind: 'dir' },
    'tmp/keep.me': { kind: 'file', text: 'files under /var/tmp survive an exclude of ^./tmp/\n' },
  };
}

function tmpFiles(): Record<string, FileNode> {
  return {
    'core.dump.1': { kind: 'file', sizeKB: 8192 },
    'install.log': { kind: 'file', text: 'scratch file in /tmp\n' },
  };
}

export function makeDisk(id: string, host: string | null, slot: number, sizeMB: number, pvid: string | null): Disk {
  return {
    id,
    location: host === null ? null : { host, slot },
    sizeMB,
    pvid,
    description: 'Virtual SCSI Disk Drive',
    vgid: null,
    bootRecord: null,
  };
}

export function emptyVg(vgid: string, ppSizeMB: number, pvids: string[]): VgImage {
  return { vgid, ppSizeMB, maxPpsPerPv: 1016, pvids, lvs: [], nextMinor: 1 };
}

/** Lays out LVs on one disk and fills in their file systems. Throws if the disk is too small (a lab bug). */
export function addLvs(vg: VgImage, disk: Disk, specs: LvSpec[]): void {
  for (const s of specs) {
    const label = s.mount ?? (s.type === 'boot' ? 'primary_bootlv' : null);
    const lv = createLv(vg, disk, { name: s.name, type: s.type, lps: s.lps, label });
    if (!lv) throw new Error(`lab: no room for ${s.name}`);
    if (s.mount && (s.type === 'jfs2' || s.type === 'jfs')) {
      lv.fs = {
        vfs: s.type,
        superblockMount: s.mount,
        usedMB: s.usedMB ?? 1,
        inodesUsed: s.inodes ?? 4,
        files: { ...(s.files ?? {}) },
      };
    }
  }
}

export function stanzasFor(vg: VgImage, logOf: (vfs: 'jfs' | 'jfs2') => string | null): FsStanza[] {
  return vg.lvs
    .filter((l) => l.fs)
    .map((l) => ({ mount: l.fs!.superblockMount, dev: `/dev/${l.name}`, vfs: l.fs!.vfs, log: logOf(l.fs!.vfs), auto: true, account: false }));
}

export function odmLvsFor(vg: VgImage, vgName: string): OdmLv[] {
  return vg.lvs.map((l) => ({ name: l.name, vg: vgName, lvid: `${vg.vgid}.${l.minor}`, type: l.type }));
}

export function baseOdmFor(vg: VgImage): BaseOdm {
  const mounts: Record<string, string> = {};
  for (const l of vg.lvs) if (l.fs) mounts[l.fs.superblockMount] = l.name;
  return { rootLvs: vg.lvs.map((l) => l.name), mounts };
}

export interface RootvgOptions {
  hostname: string;
  level: string;
  ppSizeMB: number;
  builtAtMs: number;
  jfsHome?: boolean;
  vgid: string;
}

/** A bootable rootvg on `disk`: VGDA, LVs, file systems, boot record, boot image and an OS image with its ODM. */
export function installRootvg(world: World, disk: Disk, opts: RootvgOptions): VgImage {
  const vg = emptyVg(opts.vgid, opts.ppSizeMB, [disk.pvid!]);
  addLvs(vg, disk, standardRootvg({ jfsHome: opts.jfsHome }));
  const hd5 = vg.lvs.find((l) => l.name === 'hd5')!;
  hd5.bootImage = { level: opts.level, builtAtMs: opts.builtAtMs, blocks: 53276, baseOdm: baseOdmFor(vg), madeForHost: opts.hostname };
  const hasJfs = vg.lvs.some((l) => l.fs?.vfs === 'jfs');
  if (hasJfs) {
    // a JFS file system needs a JFS log of its own
    const log = createLv(vg, disk, { name: 'loglv00', type: 'jfslog', lps: 1, label: null });
    if (!log) throw new Error('lab: no room for loglv00');
  }
  const odm = {
    disks: [],
    vgs: [{ name: 'rootvg', vgid: vg.vgid, pvids: [disk.pvid!], autoOn: true }],
    lvs: odmLvsFor(vg, 'rootvg'),
    filesystems: orderStanzas([
      ...stanzasFor(vg, (vfs) => (vfs === 'jfs2' ? '/dev/hd8' : '/dev/loglv00')),
      { mount: '/proc', dev: '/proc', vfs: 'procfs' as const, log: null, auto: true, account: false },
      { mount: '/aha', dev: '/aha', vfs: 'ahafs' as const, log: null, auto: true, account: false },
    ]),
  };
  const os: OsImage = { hostname: opts.hostname, level: opts.level, filesets: filesetsFor(opts.level), odm, pendingFirstBoot: null, installedAtMs: opts.builtAtMs };
  vg.os = os;
  world.vgs[vg.vgid] = vg;
  disk.vgid = vg.vgid;
  disk.bootRecord = { blv: 'hd5' };
  return vg;
}

export function newHost(name: string, slots = 8): Host {
  return {
    name,
    model: 'IBM,9009-42A',
    memoryMB: 8192,
    processors: 2,
    slots,
    nvram: { normal: [], service: [] },
    power: 'off',
    led: null,
    hangReason: null,
    run: null,
    lastBootDiskId: null,
    cdrom: null,
  };
}

/** /etc/filesystems order of a freshly installed AIX 7.2 (also the boot-time mount order). */
const STANZA_ORDER = ['/', '/usr', '/var', '/tmp', '/home', '/admin', '/proc', '/opt', '/var/adm/ras/livedump', '/aha'];

export function orderStanzas(stanzas: FsStanza[]): FsStanza[] {
  const rank = (m: string) => {
    const i = STANZA_ORDER.indexOf(m);
    return i < 0 ? STANZA_ORDER.length : i;
  };
  return [...stanzas].sort((a, b) => rank(a.mount) - rank(b.mount));
}
