// multibos — a standby BOS instance in the same rootvg (IBM, "multibos Command",
// https://www.ibm.com/docs/en/aix/7.2?topic=m-multibos-command; setup steps from "Standby BOS setup
// operation", customization from "Customizing the standby BOS", booting from "Booting the standby BOS",
// https://www.ibm.com/docs/en/aix/7.3.0?topic=utility-booting-standby-bos). The engine is in
// engine/multibos/; docs/multibos.md lists which transcript lines are verified and which are modelled.
import { runCustomise } from '../engine/multibos/customise.ts';
import { runOp } from '../engine/multibos/ops.ts';
import { runSetup } from '../engine/multibos/setup.ts';
import { MULTIBOS_USAGE } from '../messages/multibos.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

type Operation = 's' | 'c' | 'm' | 'u' | 'B' | 'R';

export interface MultibosArgs {
  op: Operation;
  preview: boolean;
  /** Not -t: the operation sets the bootlist (-s to the standby BLV, -B too, -R to the active one). */
  setBootlist: boolean;
  /** Not -N: build the standby boot image. */
  buildBoot: boolean;
  /** -l device with -a (update_all). */
  location: string | null;
}

/** The flags each operation takes, after its synopsis line. */
const ALLOWED: Record<Operation, string> = {
  s: 'slapntNXeiLM',
  c: 'clapnNX',
  m: 'mpnX',
  u: 'upnX',
  B: 'BntX',
  R: 'RptX',
};

export const multibos = defineCommand<MultibosArgs>({
  name: 'multibos',
  synopsis: MULTIBOS_USAGE,
  summary: 'Creates, updates, boots and removes a standby BOS instance in rootvg.',
  manual: `multibos — a second, bootable copy of the base operating system in the same rootvg.

  multibos -sXp                  preview the setup: space needed and free, nothing changed
  multibos -sX                   create the standby BOS: bos_hd5, bos_hd4, bos_hd2, bos_hd9var,
                                 bos_hd10opt copied from hd5, hd4, hd2, hd9var, hd10opt; its boot
                                 image on bos_hd5; the bootlist set to hdisk0 blv=bos_hd5
  multibos -sXt                  the same, leaving the bootlist alone
  multibos -Xac -l /export/DIR   update_all the standby from the images in DIR (or -l /dev/cd0)
  multibos -m / multibos -u      mount the standby under /bos_inst / unmount it
  multibos -B                    rebuild the standby boot image (and point the bootlist at it)
  multibos -R                    remove the standby BOS (the instance that is not booted)

Booting the standby: bootlist -m normal hdisk0 blv=bos_hd5, then shutdown -Fr. The booted instance
is the active BOS whatever its LV names; the other becomes the standby (bos_hd4 at /, hd4 at
/bos_inst). Go back with bootlist -m normal hdisk0 blv=hd5 and a reboot.

The standby needs as many free PPs in rootvg as the copied LVs use (lsvg rootvg, FREE PPs); without
them mklv fails (0516-404) and the setup ends with 0565-003 and 0565-035. A mirrored rootvg is refused.
The transcript is kept in /etc/multibos/logs/op.alog. -X (expand file systems) changes nothing here:
no file system runs short in the model. -S, -C, -M, -e, -i, -L, -f, -b, -x and -n are not simulated.`,
  flags: {
    spec: 'scmuBSRCXpntNl:af:b:x:e:i:L:M:',
    notSimulated: 'SCMeiLfbxn',
    operands: [0, 0],
    usage: MULTIBOS_USAGE,
    // After IBM's multibos pages (setup, customization, shell, additional options); -C and -x are only
    // named in the synopsis there, so their meanings stay general.
    meanings: {
      s: 'setup: create the standby BOS (bos_ copies of hd5, hd4, hd2, hd9var, hd10opt)',
      c: 'customization: update the standby BOS from -l with -a',
      m: 'mount the standby file systems under /bos_inst',
      u: 'unmount the standby file systems',
      B: 'build the standby boot image on its boot LV',
      S: 'start a chroot shell in the standby BOS',
      R: 'remove the standby BOS (the instance that is not booted)',
      C: 'the -C operation on a volume group named in the synopsis',
      X: 'expand file systems automatically when space runs short',
      p: 'preview: show what the operation would do, change nothing',
      n: 'an option IBM lists for most operations',
      t: 'leave the bootlist as it is',
      N: 'skip building the standby boot image',
      l: ['device', 'the images location (a directory or /dev/cd0)'],
      a: 'update_all: apply every update in the images location',
      f: ['file', 'a fix list installed with instfix'],
      b: ['file', 'an installation bundle installed with geninstall'],
      x: ['file', 'an installation option taking a file'],
      e: ['file', 'an exclude list for the setup copy'],
      i: ['file', 'a customized image.data for the standby LVs'],
      L: ['file', 'additional BOS objects to copy'],
      M: ['file', 'populate the standby from a mksysb image'],
    },
  },
  parse(o) {
    const ops = (['s', 'c', 'm', 'u', 'B', 'R'] as const).filter((f) => hasFlag(o, f));
    if (ops.length !== 1) return usage(MULTIBOS_USAGE);
    const op = ops[0];
    if (o.all.some((x) => !ALLOWED[op].includes(x.flag))) return usage(MULTIBOS_USAGE);
    const location = flagValue(o, 'l') ?? null;
    const updateAll = hasFlag(o, 'a');
    // -l device goes with an installation option; -c needs both.
    if (!!location !== updateAll || (op === 'c' && !location)) return usage(MULTIBOS_USAGE);
    return ok({ op, preview: hasFlag(o, 'p'), setBootlist: !hasFlag(o, 't'), buildBoot: !hasFlag(o, 'N'), location });
  },
  run(ctx, a) {
    switch (a.op) {
      case 's':
        return runSetup(ctx, { preview: a.preview, setBootlist: a.setBootlist, buildBoot: a.buildBoot, updateFrom: a.location });
      case 'c':
        return runCustomise(ctx, { location: a.location!, preview: a.preview, buildBoot: a.buildBoot });
      case 'm':
        return runOp(ctx, { op: 'mount', preview: a.preview, setBootlist: false });
      case 'u':
        return runOp(ctx, { op: 'unmount', preview: a.preview, setBootlist: false });
      case 'B':
        return runOp(ctx, { op: 'boot', preview: false, setBootlist: a.setBootlist });
      case 'R':
        return runOp(ctx, { op: 'remove', preview: a.preview, setBootlist: a.setBootlist });
    }
  },
});
