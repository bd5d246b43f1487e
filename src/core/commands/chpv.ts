// chpv — REFERENCE §2.27: -c clears a disk's boot record (advised after a disk stops being a boot
// disk, 0516-1246); -C clears the owning volume manager (the leftover descriptor area of a group this
// system no longer defines, e.g. after alt_rootvg_op -X), which makes the disk really free. Silent.
import { lvmMessages as M } from '../messages/lvm.ts';
import { diskByName, odmOf, odmVgOfPvid } from '../model/select.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = M.usage.chpv;

type Args = { clearBoot: boolean; clearOwner: string | null; pvs: string[] };

export const chpv = defineCommand<Args>({
  name: 'chpv',
  synopsis: SYNOPSIS,
  summary: 'Changes physical-volume settings: clears a boot record (-c) or an old volume-group owner (-C).',
  manual: `chpv — changes the characteristics of a physical volume. Two are simulated:

  chpv -c hdisk1      clear the boot record, so firmware no longer finds an old boot image
                      there (what 0516-1246 asks for after unmirrorvg/reducevg)
  chpv -C hdisk0      clear the owning volume manager: the descriptor area of a volume group
                      this system no longer defines (after "alt_rootvg_op -X old_rootvg") is
                      wiped and the disk is really free. Refused (0516-722) for a disk of a
                      volume group the ODM defines.

Nothing is printed when it works. -a, -v, -f, -h, -p, -P and -m are not simulated.`,
  flags: { spec: 'a:cC:fh:m:p:Pv:', notSimulated: 'afhmpPv', usage: SYNOPSIS, permute: true,
    meanings: {
      a: ['y|n', 'Whether new partitions may be allocated on the disk.'],
      c: "Clear the disk's boot record, so firmware no longer finds a boot image there.",
      C: ['hdisk', 'Clear the owning volume manager: wipe the descriptor area of a volume group this system no longer defines.'],
      f: "An AIX flag the trainer does not describe; see IBM's manual.",
      h: ['y|n', 'Make the disk a hot spare (y) or not (n).'],
      m: ['mirrorpool', "An AIX flag the trainer does not describe; see IBM's manual."],
      p: ['mirrorpool', 'Put the disk in this mirror pool.'],
      P: "An AIX flag the trainer does not describe; see IBM's manual.",
      v: ['r|a', 'Make the disk removed (r) or available (a) to its volume group.'],
    },
    operandMeaning: 'The disk(s) to change.',
  },
  parse(o) {
    const clearBoot = hasFlag(o, 'c');
    const clearOwner = flagValue(o, 'C') ?? null;
    if (!clearBoot && !clearOwner) return usage(SYNOPSIS);
    if (clearBoot && o.operands.length === 0) return usage(`${M.nameNotEntered('chpv', 'Physical volume')}\n${SYNOPSIS}`);
    if (!clearBoot && o.operands.length) return usage(SYNOPSIS);
    return ok({ clearBoot, clearOwner, pvs: o.operands });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const odm = odmOf(world, host);
    let code = 0;
    for (const name of a.clearBoot ? a.pvs : []) {
      const pv = diskByName(world, host, name);
      if (!pv) {
        ctx.err(`${M.notInOdm('getlvodm', 'physical volume', name)}\n${M.cannotChangePv(name)}\n`);
        code = 1;
        continue;
      }
      pv.disk.bootRecord = null;
    }
    if (a.clearOwner) {
      const name = a.clearOwner;
      const pv = diskByName(world, host, name);
      if (!pv) {
        ctx.err(`${M.notInOdm('getlvodm', 'physical volume', name)}\n${M.cannotChangePv(name)}\n`);
        return 1;
      }
      if (odmVgOfPvid(odm, pv.disk.pvid)) {
        ctx.err(M.cannotChangePv(pv.odm.name) + '\n');
        return 1;
      }
      // The descriptor area is gone from this disk; the VG image stays for any other disk still carrying it.
      pv.disk.vgid = null;
    }
    return code;
  },
});
