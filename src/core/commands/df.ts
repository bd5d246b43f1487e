// df — REFERENCE §2.14: space of the mounted file systems, in 512-byte blocks (default), 1024-byte
// blocks (-k), MB (-m) or GB (-g). Columns as AIX prints them: name "%-13s", the block column one wider
// than its heading, then "%10s%6s%9s%7s %s". Pseudo file systems (/proc, /ahafs) show "-" in the
// layout of the ANS-T capture ("%5s%9s%7s %s" after the free column). Figures come from the LV size and
// the file system's used MB and inodes.
import { fixed2, fsStats, mountObject, pctUp } from '../engine/mounts.ts';
import { normalizePath, locate } from '../engine/fs.ts';
import { fsMessages as F } from '../messages/lvm.ts';
import type { Mount } from '../model/types.ts';
import { lines, padLeft, padRight } from '../engine/format.ts';
import { defineCommand, ok, type CommandContext } from './types.ts';

const SYNOPSIS = F.usage.df;
/** ahafs reports only its in-use inodes (event objects); the figure is the ANS-T capture's. */
const AHAFS_INODES = 35;

type Unit = '512' | 'k' | 'm' | 'g';
type Args = { unit: Unit; names: string[] };

const HEADING: Record<Unit, string> = { '512': '512-blocks', k: '1024-blocks', m: 'MB blocks', g: 'GB blocks' };

export const df = defineCommand<Args>({
  name: 'df',
  synopsis: SYNOPSIS,
  summary: 'Reports the space of the mounted file systems.',
  manual: `df — total and free space of mounted file systems, with inodes in use.

  df            in 512-byte blocks
  df -k         in 1024-byte blocks
  df -m, df -g  in MB or GB, two decimals
  df -g /data   only the file system holding /data (a mount point, a file or a device)

Every mounted file system is listed in mount order, /proc included (with dashes). A woken
alternate rootvg adds its /alt_inst rows. -c, -F, -i, -I, -M, -P, -s, -t, -T and -v are
not simulated.`,
  flags: { spec: 'cF:iIkmgMPstT:v', notSimulated: 'cFiIMPstTv', usage: SYNOPSIS },
  parse(o) {
    // The last unit flag wins, as with AIX's df.
    let unit: Unit = '512';
    for (const { flag } of o.all) if (flag === 'k' || flag === 'm' || flag === 'g') unit = flag;
    return ok({ unit, names: o.operands });
  },
  run(ctx, a) {
    const run = ctx.host.run!;
    let mounts: Mount[] = run.mounts;
    let code = 0;
    if (a.names.length) {
      mounts = [];
      for (const name of a.names) {
        const m = run.mounts.find((x) => x.dev === name) ?? locate(ctx.world, ctx.host, normalizePath(run.cwd, name))?.mount;
        if (!m) {
          ctx.err(F.dfNoFs(name) + '\n');
          code = 1;
          continue;
        }
        mounts.push(m);
      }
      if (mounts.length === 0) return code;
    }
    ctx.out(report(ctx, mounts, a.unit));
    return code;
  },
});

function report(ctx: CommandContext, mounts: Mount[], unit: Unit): string {
  const head = HEADING[unit];
  // "%-14s%9s" for -g: a 14-character name such as /dev/hd11admin keeps 5 spaces (REFERENCE §2.14).
  const w = head.length;
  const rows = [`${padRight('Filesystem', 14)}${padLeft(head, w)}${padLeft('Free', 10)}${padLeft('%Used', 6)}${padLeft('Iused', 9)}${padLeft('%Iused', 7)} Mounted on`];
  for (const m of mounts) {
    const name = mountObject(m);
    const st = fsStats(ctx.world, m);
    if (!st) {
      const iused = m.vfs === 'ahafs' ? String(AHAFS_INODES) : '-';
      const ipct = m.vfs === 'ahafs' ? '1%' : '-';
      rows.push(`${padRight(name, 14)}${padLeft('-', w)}${padLeft('-', 10)}${padLeft('-', 5)}${padLeft(iused, 9)}${padLeft(ipct, 7)} ${m.mount}`);
      continue;
    }
    const amount = (mb: number) => {
      if (unit === '512') return String(mb * 2048);
      if (unit === 'k') return String(mb * 1024);
      if (unit === 'm') return fixed2(mb, 1);
      return fixed2(mb, 1024);
    };
    rows.push(
      `${padRight(name, 14)}${padLeft(amount(st.sizeMB), w)}${padLeft(amount(st.freeMB), 10)}${padLeft(`${pctUp(st.usedMB, st.sizeMB)}%`, 6)}` +
        `${padLeft(String(st.iused), 9)}${padLeft(`${pctUp(st.iused, st.iused + st.ifree)}%`, 7)} ${m.mount}`,
    );
  }
  return lines(rows);
}
