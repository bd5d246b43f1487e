// lquerypv -h — a hex dump of a disk's first sectors, the classic way to read a PVID straight off the
// disk ("lquerypv -h /dev/hdisk1 80 10"). The bytes are derived from the disk: AIX's IPL record starts
// with C9C2D4C1 ("IBMA" in EBCDIC) on a disk AIX has written (PVID or boot record), and the PVID sits at
// 0x80 followed by eight zero bytes. Everything else in the first sectors reads as zeros here (the boot
// code and the LVM record are not modelled). Layout: 8-digit offset, four 32-bit words, ASCII [M].
import { lvmInternalsMessages as M } from '../messages/diag.ts';
import { configuredDisks } from '../model/select.ts';
import type { Disk } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { pv: string; offset: number; length: number };

/** The bytes of one disk's first sectors that the lab knows. */
function sectorBytes(disk: Disk, upTo: number): number[] {
  const bytes = new Array<number>(upTo).fill(0);
  if (disk.pvid || disk.bootRecord) [0xc9, 0xc2, 0xd4, 0xc1].forEach((b, i) => i < upTo && (bytes[i] = b));
  if (disk.pvid) for (let i = 0; i < 8; i++) if (0x80 + i < upTo) bytes[0x80 + i] = parseInt(disk.pvid.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

const MAX_LENGTH = 0x10000;

export const lquerypv = defineCommand<Args>({
  name: 'lquerypv',
  synopsis: M.lquerypvUsage,
  summary: "Hex dump of a disk's first bytes (-h): the IPL record and the PVID at offset 0x80.",
  manual: `lquerypv — low-level reads of a physical volume.

  lquerypv -h /dev/hdisk1 80 10    16 bytes at offset 0x80: the PVID as written on the disk
  lquerypv -h /dev/hdisk1          the first 256 bytes

Offsets and lengths are hexadecimal. A disk AIX has written starts with C9C2D4C1 (the IPL
record); the PVID at 0x80 is what lspv shows, read from the disk rather than the ODM. Only
-h is simulated, and only the IPL record and the PVID carry data here.`,
  flags: { spec: 'hpPvVLMgNcCdDtsS', usage: M.lquerypvUsage, onlySimulated: 'h' },
  parse(o) {
    const [pv, off, len, ...rest] = o.operands;
    if (!hasFlag(o, 'h') || !pv || rest.length) return usage(M.lquerypvUsage);
    const hex = (s: string | undefined, dflt: number) => (s === undefined ? dflt : /^[0-9a-fA-F]{1,8}$/.test(s) ? parseInt(s, 16) : NaN);
    const offset = hex(off, 0);
    const length = hex(len, 0x100);
    if (Number.isNaN(offset) || Number.isNaN(length) || length > MAX_LENGTH || offset > MAX_LENGTH) return usage(M.lquerypvUsage);
    return ok({ pv, offset, length });
  },
  run(ctx, a) {
    const name = a.pv.replace(/^\/dev\/r?/, '');
    const found = configuredDisks(ctx.world, ctx.host).find((d) => d.odm.name === name);
    if (!found || found.disk.failed) {
      ctx.err(M.cannotOpen('lquerypv', a.pv) + '\n');
      return 1;
    }
    const bytes = sectorBytes(found.disk, a.offset + a.length);
    const rows: string[] = [];
    for (let at = a.offset; at < a.offset + a.length; at += 16) {
      const chunk = bytes.slice(at, Math.min(at + 16, a.offset + a.length));
      while (chunk.length < 16) chunk.push(0);
      const words = [0, 4, 8, 12].map((i) => chunk.slice(i, i + 4).map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(''));
      const ascii = chunk.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
      rows.push(`${at.toString(16).toUpperCase().padStart(8, '0')}   ${words.join(' ')}  |${ascii}|`);
    }
    ctx.out(rows.join('\n') + '\n');
    return 0;
  },
});
