// varyonvg — REFERENCE §2.16: activates a volume group. Silent on success; a VG already varied on is
// left as it is. An alternate rootvg (altinst_rootvg) comes up with no LVs defined: its LV names stay
// out of the running ODM (§2.16, IBM-ADC).
import { checkVaryOn, varyOn } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { requireOdmVg } from './lib/requireVg.ts';
import { defineCommand, ok } from './types.ts';

const SYNOPSIS = M.usage.varyonvg;

export const varyonvg = defineCommand<{ vg: string }>({
  name: 'varyonvg',
  synopsis: SYNOPSIS,
  summary: 'Varies a volume group on (activates it).',
  manual: `varyonvg — makes a volume group available: its descriptor areas are read and its
logical volumes can be opened.

  varyonvg datavg      vary datavg on; nothing is printed when it works

More than half of the group's disks must be present (all of them when quorum is off), or
varyonvg answers 0516-052. A group that is already varied on is left alone.

Do not vary on altinst_rootvg or old_rootvg: they are placeholders. The VG comes up with
no logical volumes defined, because their names (hd4, hd2 ...) belong to the running
rootvg. Vary it off again with varyoffvg.

-b, -c, -f, -n, -p, -r, -s, -t and -u are not simulated.`,
  flags: { spec: 'bcfnprsut', notSimulated: 'bcfnprsut', operands: [1, 1], usage: SYNOPSIS,
    meanings: {
      b: 'Break disk reservations held by another system.',
      c: 'Vary the group on in concurrent mode (several systems at once).',
      f: 'Force: vary on even without a quorum of good descriptor areas (risky).',
      n: 'Do not synchronize stale partitions after the vary on.',
      p: "Vary on only if all the group's disks are available.",
      r: 'Vary the group on read-only.',
      s: 'Vary on in system-management mode: logical volumes cannot be opened.',
      u: 'Do not place reservations on the disks.',
      t: 'Check disk timestamps against the ODM before varying on.',
    },
    operandMeaning: 'The volume group to vary on.',
  },
  parse(o) {
    return ok({ vg: o.operands[0] });
  },
  run(ctx, a) {
    const vg = requireOdmVg(ctx, a.vg, M.cannotVaryOn(a.vg));
    if (!vg) return 1;
    if (ctx.host.run!.variedOn.includes(vg.vgid)) return 0;
    const check = checkVaryOn(ctx.world, ctx.host, vg);
    if (!check.ok) {
      ctx.err(check.error.join('\n') + '\n');
      return 1;
    }
    ctx.wait(2000);
    varyOn(ctx.host, vg.vgid);
    // An alternate rootvg comes up with no LVs defined: the lifecycle hears it (misuse, REFERENCE §6.1).
    const image = ctx.world.vgs[vg.vgid];
    if (vg.vgid !== ctx.host.run!.rootVgid && image?.os) ctx.lifecycle.send({ type: 'VARYON_ALT' });
    return 0;
  },
});
