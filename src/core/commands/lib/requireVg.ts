// "Look the VG up in the running ODM or fail", as the LVM commands word it: getlvodm's 0516-306 when
// the ODM does not define the name, then the command's own closing line.
import { findVariedOnVg } from '../../engine/lvmOps.ts';
import type { CommandContext } from '../../engine/context.ts';
import { lvmMessages as M } from '../../messages/lvm.ts';
import { odmOf, odmVgByName } from '../../model/select.ts';
import type { OdmVg, VgImage } from '../../model/types.ts';

/** The VG the running ODM defines by `name`; otherwise the 0516-306 line (and `after`) on stderr, and null. */
export function requireOdmVg(ctx: CommandContext, name: string, after?: string): OdmVg | null {
  const vg = odmVgByName(odmOf(ctx.world, ctx.host), name);
  if (!vg) ctx.err(M.notInOdm('getlvodm', 'volume group', name) + '\n' + (after === undefined ? '' : after + '\n'));
  return vg;
}

/**
 * The named VG when the running ODM defines it and it is varied on; otherwise 0516-306 or the
 * "not varied on" line the command `by` prints (mirrorvg's own, reducevg's through lqueryvg), then `after`.
 */
export function requireVariedOnVg(ctx: CommandContext, name: string, by: string, after?: string): { vg: OdmVg; image: VgImage } | null {
  const found = findVariedOnVg(ctx.world, ctx.host, name);
  if (found.ok) return found.value;
  const why = found.error === 'undefined' ? M.notInOdm('getlvodm', 'volume group', name) : M.notVariedOnBy(by);
  ctx.err(why + '\n' + (after === undefined ? '' : after + '\n'));
  return null;
}
