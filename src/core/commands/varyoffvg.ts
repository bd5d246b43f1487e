// varyoffvg — REFERENCE §2.16: deactivates a volume group. Silent on success; refused (0516-012 then
// 0516-942) while a logical volume is open: a mounted file system, its log, the running rootvg.
import { checkVaryOff, varyOff } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { requireOdmVg } from './lib/requireVg.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.varyoffvg;

export const varyoffvg = defineCommand<{ vg: string }>({
  name: 'varyoffvg',
  synopsis: SYNOPSIS,
  summary: 'Varies a volume group off (deactivates it).',
  manual: `varyoffvg — makes a volume group unavailable. Nothing is printed when it works.

  umount /data         first close every file system of the group
  varyoffvg datavg     then vary it off

While any logical volume of the group is open (a mounted file system, the log of one, the
paging space of the running rootvg) the answer is 0516-012 followed by 0516-942, and the
group stays varied on. rootvg can never be varied off while the system runs from it.

-s (system-management mode) is not simulated.`,
  flags: { spec: 's', notSimulated: 's', usage: SYNOPSIS,
    meanings: {
      s: 'Vary off to system-management mode only: the group stays known, its logical volumes closed.',
    },
    operandMeaning: 'The volume group to vary off.',
  },
  parse(o) {
    if (o.operands.length === 0) return usage(`${M.nameNotEntered('varyoffvg', 'Volume group')}\n${SYNOPSIS}`);
    if (o.operands.length > 1) return usage(SYNOPSIS);
    return ok({ vg: o.operands[0] });
  },
  run(ctx, a) {
    const vg = requireOdmVg(ctx, a.vg, M.cannotVaryOff(a.vg));
    if (!vg) return 1;
    const check = checkVaryOff(ctx.world, ctx.host, vg);
    if (!check.ok) {
      ctx.err(check.error.join('\n') + '\n');
      return 1;
    }
    ctx.wait(1000);
    varyOff(ctx.host, vg.vgid);
    return 0;
  },
});
