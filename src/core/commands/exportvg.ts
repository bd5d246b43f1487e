// exportvg — REFERENCE §2.17, §11.9: removes a volume group's definition from the running ODM (the VG,
// its LVs, their /etc/filesystems stanzas). The disks keep their PVID and descriptor area, so the group
// can be imported again. Silent on success.
import { checkExport, exportVg } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { odmOf } from '../model/select.ts';
import { leftover, targetName } from '../lifecycle/facts.ts';
import { requireOdmVg } from './lib/requireVg.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.exportvg;

export const exportvg = defineCommand<{ vg: string }>({
  name: 'exportvg',
  synopsis: SYNOPSIS,
  summary: 'Removes a volume group definition from the system (the disks keep their data).',
  manual: `exportvg — forgets a volume group: its definition, its logical volumes and their
/etc/filesystems stanzas leave the ODM. Nothing on the disks changes: they keep their PVID
and descriptor area, and lspv shows them as "None" until importvg brings the group back.

  umount /data; varyoffvg datavg; exportvg datavg

The group must be varied off first (0516-764). rootvg can never be exported (0516-762).
A name the ODM does not know answers 0516-772.

exportvg altinst_rootvg (or old_rootvg) removes the placeholder of an alternate disk: the
clone on the disk stays intact, but alt_rootvg_op no longer knows it.`,
  // No operand: the usage with 0516-606 first; more than one: the synopsis alone.
  flags: { spec: '', usage: `${M.nameNotEntered('exportvg', 'Volume group')}\n${SYNOPSIS}`, operands: [1, Infinity] },
  parse(o) {
    if (o.operands.length > 1) return usage(SYNOPSIS);
    return ok({ vg: o.operands[0] });
  },
  run(ctx, a) {
    const vg = requireOdmVg(ctx, a.vg, M.cannotExport(a.vg));
    if (!vg) return 1;
    const odm = odmOf(ctx.world, ctx.host);
    const check = checkExport(ctx.host, vg);
    if (!check.ok) {
      ctx.err(check.error.join('\n') + '\n');
      return 1;
    }
    ctx.wait(1000);
    // An alternate rootvg's placeholder goes as with alt_rootvg_op -X: the lifecycle hears the same event.
    const image = ctx.world.vgs[vg.vgid];
    const alternate = vg.vgid !== ctx.host.run!.rootVgid && (!!image?.os || image?.altPhase !== undefined);
    const target = targetName(odm, vg.vgid) === 'other' ? 'other' : 'alternate';
    const leaves = leftover(ctx.world, ctx.host, vg.vgid);
    exportVg(odm, vg);
    if (alternate) ctx.lifecycle.send({ type: 'REMOVE', target, leaves });
    return 0;
  },
});
