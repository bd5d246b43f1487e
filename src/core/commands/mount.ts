// mount — REFERENCE §2.15: without arguments the mount table, in mount.c's "%-8.32s %-16s %-16s %-6s
// %-12s %-16s" layout (the ANS-T capture, trailing blanks included). "mount /data" mounts through the
// /etc/filesystems stanza (by mount point, then by device); "mount all" (-a) mounts every stanza with
// mount = true that is not mounted yet; "mount /dev/lv /dir" mounts an LV over a directory.
import { findStanza, lvOfDev, mountObject, planMount } from '../engine/mounts.ts';
import { logOf } from '../engine/lvmOps.ts';
import { fsMessages as F } from '../messages/lvm.ts';
import { normalizePath } from '../engine/fs.ts';
import { odmOf } from '../model/select.ts';
import { formatMountDate } from '../model/time.ts';
import type { Mount } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { lines, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYNOPSIS = F.usage.mount;

type Args = { mode: 'list' } | { mode: 'all' } | { mode: 'one'; name: string } | { mode: 'two'; dev: string; dir: string };

export const mount = defineCommand<Args>({
  name: 'mount',
  synopsis: SYNOPSIS,
  summary: 'Lists mounted file systems, or mounts one.',
  manual: `mount — the mount table, or mounts a file system.

  mount                    every mounted file system: device, mount point, vfs, date, options
  mount /data              mount through its /etc/filesystems stanza (mount point or device)
  mount all                mount every stanza with "mount = true" that is not mounted (also -a)
  mount /dev/fslv00 /mnt   mount a logical volume over a directory

The logical volume's volume group must be varied on ("There is a request to a device or
address that does not exist." otherwise); a file system mounted already answers "The
requested resource is busy.". A name with no stanza "is not a known file system".
-f, -i, -p, -r, -n, -o, -t, -v and -V are not simulated.`,
  flags: { spec: 'afrpit:o:V:v:n:', notSimulated: 'frpitoVvn', usage: SYNOPSIS,
    meanings: {
      a: 'Mount every file system whose /etc/filesystems stanza says mount = true.',
      f: 'Force the mount during system start.',
      r: 'Mount read-only.',
      p: 'Mount as a removable file system.',
      i: "An AIX flag the trainer does not describe; see IBM's manual.",
      t: ['type', 'Mount every file system whose stanza has type = this.'],
      o: ['options', 'Mount options (rw, ro, log=...).'],
      V: ['vfs', "An AIX flag the trainer does not describe; see IBM's manual."],
      v: ['vfs', 'The file system type (jfs2, nfs ...).'],
      n: ['node', 'The remote node the file system is on.'],
    },
    operandMeaning: 'The mount point or device to mount (one from /etc/filesystems), or the device and its mount point.',
  },
  parse(o) {
    const ops = o.operands;
    if (hasFlag(o, 'a')) return ops.length ? usage(SYNOPSIS) : ok({ mode: 'all' });
    if (ops.length === 0) return ok({ mode: 'list' });
    if (ops.length === 1) return ops[0] === 'all' ? ok({ mode: 'all' }) : ok({ mode: 'one', name: ops[0] });
    if (ops.length === 2) return ok({ mode: 'two', dev: ops[0], dir: ops[1] });
    return usage(SYNOPSIS);
  },
  run(ctx, a) {
    if (a.mode === 'list') {
      ctx.out(table(ctx.host.run!.mounts));
      return 0;
    }
    if (a.mode === 'all') return mountAll(ctx);
    if (a.mode === 'one') return mountName(ctx, a.name);
    return mountTwo(ctx, a.dev, a.dir);
  },
});

/** mount.c's PRINT_FMT; the header lines are its literal strings through the same format. */
export function table(mounts: Mount[]): string {
  const fmt = (v: string[]) => `${padRight(v[0], 8)} ${padRight(v[1], 16)} ${padRight(v[2], 16)} ${padRight(v[3], 6)} ${padRight(v[4], 12)} ${padRight(v[5], 16)}`;
  const rows = [
    fmt(['  node', '    mounted', '  mounted over', ' vfs', '    date', '   options']),
    fmt(['--------', '---------------', '---------------', '------', '------------', '---------------']),
  ];
  for (const m of mounts) {
    const options = m.log && (m.vfs === 'jfs2' || m.vfs === 'jfs') ? `rw,log=${m.log}` : 'rw';
    rows.push(fmt(['', mountObject(m), m.mount, m.vfs, formatMountDate(m.atMs), options]));
  }
  return lines(rows);
}

function doMount(ctx: CommandContext, dev: string, dir: string, vfs: Mount['vfs'] | null, log: string | null): number {
  const odm = odmOf(ctx.world, ctx.host);
  const plan = planMount(ctx.world, ctx.host, odm, dev, dir, vfs, log);
  if (!plan.ok) {
    ctx.err(plan.error + '\n');
    return 1;
  }
  ctx.wait(300);
  ctx.host.run!.mounts.push({ ...plan.value, atMs: ctx.world.clock.nowMs });
  return 0;
}

function mountName(ctx: CommandContext, raw: string): number {
  const odm = odmOf(ctx.world, ctx.host);
  const name = raw.startsWith('/') ? normalizePath('/', raw) : raw;
  const stanza = findStanza(odm, name) ?? findStanza(odm, normalizePath(ctx.host.run!.cwd, raw));
  if (!stanza) {
    ctx.err(F.notKnownFs(raw) + '\n');
    return 1;
  }
  return doMount(ctx, stanza.dev, stanza.mount, stanza.vfs, stanza.log);
}

function mountAll(ctx: CommandContext): number {
  const odm = odmOf(ctx.world, ctx.host);
  let errors = 0;
  for (const stanza of [...odm.filesystems]) {
    if (!stanza.auto) continue;
    if (ctx.host.run!.mounts.some((m) => m.mount === stanza.mount && m.dev === stanza.dev)) continue;
    errors += doMount(ctx, stanza.dev, stanza.mount, stanza.vfs, stanza.log);
  }
  return errors;
}

function mountTwo(ctx: CommandContext, dev: string, rawDir: string): number {
  const odm = odmOf(ctx.world, ctx.host);
  const dir = normalizePath(ctx.host.run!.cwd, rawDir);
  const stanza = odm.filesystems.find((f) => f.dev === dev);
  const found = lvOfDev(ctx.world, odm, dev);
  const image = found ? ctx.world.vgs[found.vgid] : null;
  const log = stanza?.log ?? (image && found?.lv.fs ? logOf(image, found.lv.fs.vfs) : null);
  return doMount(ctx, dev, dir, null, log);
}
