// redefinevg — REFERENCE §2.18: reads the descriptor area of a disk (or takes a VGID) and re-enters
// that volume group's PV membership in the ODM under the given name. Silent on success. The field
// repair for a damaged rootvg definition: redefinevg -d hdisk0 rootvg, then synclvodm -Pv rootvg.
import { checkRedefine, redefineVg, vgdaOf } from '../engine/lvmOps.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName, odmOf } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.redefinevg;

type Args = { disk: string | null; vgid: string | null; vg: string };

export const redefinevg = defineCommand<Args>({
  name: 'redefinevg',
  synopsis: SYNOPSIS,
  summary: "Re-enters a volume group's disks in the ODM from a descriptor area.",
  manual: `redefinevg — rebuilds the ODM's list of disks for one volume group from what the disks
themselves say. The descriptor area of the disk named with -d (or the VGID given with -i)
identifies the group; every configured disk carrying that VGID becomes a member again.
Nothing is printed when it works.

  redefinevg -d hdisk0 rootvg      the usual first step of a rootvg ODM repair
  synclvodm -Pv rootvg             the second: logical volume definitions back

It refuses a name that another volume group uses (0516-574) and a group the ODM already
knows under another name (0516-572). -V is not simulated.`,
  flags: { spec: 'd:i:V:', notSimulated: 'V', usage: SYNOPSIS,
    meanings: {
      d: ['device', 'A disk whose descriptor area identifies the volume group (redefinevg -d hdisk0 rootvg).'],
      i: ['vgid', 'Identify the volume group by its VGID instead of by a disk.'],
      V: ['major', 'The major number to record for the volume group.'],
    },
    operandMeaning: 'The volume group whose disk list is rebuilt in the ODM.',
  },
  parse(o) {
    const disk = flagValue(o, 'd') ?? null;
    const vgid = flagValue(o, 'i') ?? null;
    if (o.operands.length !== 1 || (!disk && !vgid)) return usage(SYNOPSIS);
    return ok({ disk, vgid, vg: o.operands[0] });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    let vgid = a.vgid;
    if (a.disk) {
      const name = a.disk.replace(/^\/dev\/r?/, '');
      const pv = diskByName(ctx.world, ctx.host, a.disk);
      const image = pv ? vgdaOf(ctx.world, pv.disk) : null;
      if (!image) {
        ctx.err(`${pv ? M.notVgMember('lqueryvg') : M.pvOpenFailed('lqueryvg')}\n${M.redefineCannotAccess(name)}\n`);
        return 1;
      }
      vgid = image.vgid;
    }
    const check = checkRedefine(odm, a.vg, vgid!);
    if (!check.ok) {
      ctx.err(check.error.join('\n') + '\n');
      return 1;
    }
    ctx.wait(500);
    redefineVg(ctx.world, ctx.host, odm, a.vg, vgid!);
    // O8, first step of the repair: rootvg is defined again (its LVs are not yet).
    if (vgid === ctx.host.run!.rootVgid) ctx.lifecycle.send({ type: 'REDEFINE_ROOTVG' });
    return 0;
  },
});
