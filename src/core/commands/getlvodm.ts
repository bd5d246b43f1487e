// getlvodm — the LVM's ODM query helper (an intermediate command that scripts and admins call, e.g.
// `getlvodm -j hdisk1` in alt-disk checks). Exit code 3 means "not found" (SRC413 scripts test it).
import { lvmMessages as M } from '../messages/lvm.ts';
import { trainerMessages } from '../messages/index.ts';
import { diskByName, odmOf, odmVgOfPvid } from '../model/select.ts';
import { requireOdmVg } from './lib/requireVg.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.getlvodm;
const SUPPORTED = ['j', 'v', 't'];

type Args = { flag: 'j' | 'v' | 't'; value: string };

export const getlvodm = defineCommand<Args>({
  name: 'getlvodm',
  synopsis: SYNOPSIS,
  summary: 'Queries the LVM definitions in the ODM (VGID of a disk, of a VG ...).',
  manual: `getlvodm — the small query tool the LVM scripts use to read the ODM.

  getlvodm -j hdisk1     the VGID of the volume group the disk belongs to
  getlvodm -v datavg     the VGID of a volume group
  getlvodm -t VGID       the name of the volume group with that VGID

A disk in no volume group answers 0516-320; an unknown name 0516-306 (exit code 3).
Only -j, -v and -t are simulated.`,
  flags: { spec: 'a:B:b:c:Cd:e:Fg:hj:kL:l:m:p:r:s:t:u:v:w:y:G:', usage: SYNOPSIS },
  parse(o) {
    if (o.all.length !== 1 || o.operands.length) return usage(SYNOPSIS);
    const { flag, value } = o.all[0];
    if (!SUPPORTED.includes(flag)) return usage(trainerMessages.notSimulated('getlvodm', `-${flag}`));
    return ok({ flag: flag as Args['flag'], value: String(value) });
  },
  run(ctx, a) {
    const odm = odmOf(ctx.world, ctx.host);
    if (a.flag === 'j') {
      const pv = diskByName(ctx.world, ctx.host, a.value);
      if (!pv || !pv.disk.pvid) {
        ctx.err(M.notInOdm('getlvodm', 'physical volume', a.value) + '\n');
        return 3;
      }
      const vg = odmVgOfPvid(odm, pv.disk.pvid);
      if (!vg) {
        ctx.err(M.pvNotAssigned('getlvodm', pv.odm.name) + '\n');
        return 3;
      }
      ctx.out(vg.vgid + '\n');
      return 0;
    }
    if (a.flag === 'v') {
      const vg = requireOdmVg(ctx, a.value);
      if (!vg) return 3;
      ctx.out(vg.vgid + '\n');
      return 0;
    }
    const vg = odm.vgs.find((v) => v.vgid === a.value);
    if (!vg) {
      ctx.err(`0516-304 getlvodm: Unable to find device id ${a.value} in the Device\n\tConfiguration Database.\n`);
      return 3;
    }
    ctx.out(vg.name + '\n');
    return 0;
  },
});
