// lsfs — REFERENCE §2.15: the /etc/filesystems stanzas, in lsfs.c's columns ("%-15s %-10s %-22s %-5s
// %-7s %-10s %-4s %s" in the captures); Size is the LV size in 512-byte blocks. -c gives the colon form
// of the ANS-T capture. An unknown name: "No record matching '...' was found in /etc/filesystems."
import { lvOfDev } from '../engine/mounts.ts';
import { normalizePath } from '../engine/fs.ts';
import { fsMessages as F } from '../messages/lvm.ts';
import { odmOf } from '../model/select.ts';
import type { FsStanza } from '../model/types.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, type CommandContext } from './types.ts';

const SYNOPSIS = F.usage.lsfs;
const VFS = ['jfs', 'jfs2', 'procfs', 'ahafs', 'nfs', 'cdrfs', 'udfs', 'namefs', 'stnfs'];

type Args = { names: string[]; vfs: string | null; colon: boolean };

export const lsfs = defineCommand<Args>({
  name: 'lsfs',
  synopsis: SYNOPSIS,
  summary: 'Lists the file systems defined in /etc/filesystems.',
  manual: `lsfs — the file systems /etc/filesystems defines, mounted or not.

  lsfs            every stanza (same as lsfs -a)
  lsfs /data      one (by mount point or device)
  lsfs -v jfs2    those of one type
  lsfs -c /data   colon-separated, for scripts

Columns: device (Name), Nodename (-- for local), Mount Pt, VFS, Size in 512-byte blocks,
Options, Auto (mounted at boot: yes/no), Accounting. -q, -l and -u are not simulated.`,
  flags: { spec: 'Dqv:u:acl', notSimulated: 'Dqu', usage: SYNOPSIS,
    meanings: {
      D: "An AIX flag the trainer does not describe; see IBM's manual.",
      q: "Also read each file system's superblock (size, fragment size, log).",
      v: ['vfs', 'Only file systems of this type (jfs2, jfs, nfs ...).'],
      u: ['mountgroup', 'Only file systems of this mount group.'],
      a: 'Every file system in /etc/filesystems.',
      c: 'Colon-separated output.',
      l: 'List format.',
    },
    operandMeaning: 'The file systems (mount points or devices) to show.',
  },
  parse(o) {
    return ok({ names: hasFlag(o, 'a') ? [] : o.operands, vfs: flagValue(o, 'v') ?? null, colon: hasFlag(o, 'c') });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    let stanzas: FsStanza[] = odm.filesystems;
    if (a.vfs !== null) {
      if (!VFS.includes(a.vfs)) {
        ctx.err(`lsfs: "${a.vfs}" is an unknown vfs type\n`);
        return 1;
      }
      stanzas = stanzas.filter((s) => s.vfs === a.vfs);
      if (stanzas.length) ctx.out(render(ctx, stanzas, a.colon));
      return 0;
    }
    if (a.names.length === 0) {
      ctx.out(render(ctx, stanzas, a.colon));
      return 0;
    }
    const picked: FsStanza[] = [];
    for (const raw of a.names) {
      const name = normalizePath(ctx.host.run!.cwd, raw);
      const s = odm.filesystems.find((f) => f.mount === name || f.dev === name);
      if (!s) {
        if (picked.length) ctx.out(render(ctx, picked, a.colon));
        ctx.err(F.noLsfsRecord(name) + '\n');
        return 1;
      }
      picked.push(s);
    }
    ctx.out(render(ctx, picked, a.colon));
    return 0;
  },
});

function sizeOf(ctx: CommandContext, s: FsStanza): string | null {
  if (s.vfs !== 'jfs' && s.vfs !== 'jfs2') return null;
  const found = lvOfDev(ctx.world, odmOf(ctx.world, ctx.host), s.dev);
  if (!found) return null;
  const vg = ctx.world.vgs[found.vgid];
  return String(found.lv.lps * vg.ppSizeMB * 2048);
}

function render(ctx: CommandContext, stanzas: FsStanza[], colon: boolean): string {
  if (colon) {
    return lines([
      '#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct',
      ...stanzas.map((s) => [s.mount, s.dev, s.vfs, '', '', sizeOf(ctx, s) ?? '', '', s.auto ? 'yes' : 'no', s.account ? 'yes' : 'no'].join(':')),
    ]);
  }
  const row = (v: string[]) =>
    `${padRight(v[0], 15)} ${padRight(v[1], 10)} ${padRight(v[2], 22)} ${padRight(v[3], 5)} ${padRight(v[4], 7)} ${padRight(v[5], 10)} ${padRight(v[6], 4)} ${v[7]}`;
  return lines([
    row(['Name', 'Nodename', 'Mount Pt', 'VFS', 'Size', 'Options', 'Auto', 'Accounting']),
    ...stanzas.map((s) => row([s.dev, '--', s.mount, s.vfs, sizeOf(ctx, s) ?? '--', '--', s.auto ? 'yes' : 'no', s.account ? 'yes' : 'no'])),
  ]);
}
