// multibos -m, -u, -B and -R (IBM, "multibos Command", https://www.ibm.com/docs/en/aix/7.2?topic=m-multibos-command).
// The remove transcript follows a real capture (AIX 6.1, booted back on hd5): Boot Partition Processing,
// the standby file systems unmounted and removed deepest first (their LVs go with them), then the
// remaining standby LVs (the BLV), then the bootlist set to the active BLV. Whatever instance is not
// booted is the standby: after booting bos_hd5, -R removes hd5, hd4, hd2…
import { multibosMessages as M } from '../../messages/multibos.ts';
import { odmOf } from '../../model/select.ts';
import type { VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { buildStandbyBoot, MbLog, mountedStandby, mountStandby, rootvgOf, setBootlist, standbyFileSystems, unmountStandby } from './common.ts';
import { activeBlv, bosPairs, hasStandby, standbyLvs } from './instances.ts';

const S = 1000;

type Op = 'mount' | 'unmount' | 'boot' | 'remove';
const TITLES: Record<Op, string> = {
  mount: 'Mount Operation',
  unmount: 'Unmount Operation',
  boot: 'Boot Operation',
  remove: 'Remove Operation',
};

export interface OpRequest {
  op: Op;
  preview: boolean;
  /** -t: leave the bootlist alone (-B and -R). */
  setBootlist: boolean;
}

export function runOp(ctx: CommandContext, req: OpRequest): number {
  const vg = rootvgOf(ctx);
  const log = new MbLog(ctx);
  log.open(TITLES[req.op]);
  if (!hasStandby(vg)) return log.refuse(M.noStandby);
  if (req.preview) return preview(ctx, vg, req, log);
  switch (req.op) {
    case 'mount':
      mountStandby(ctx, vg, log);
      break;
    case 'unmount':
      unmountStandby(ctx, vg, log);
      break;
    case 'boot':
      buildStandbyBoot(ctx, vg, vg.standbyBos!, log, true);
      if (req.setBootlist) setBootlist(ctx, vg, standbyBlvName(vg), log);
      break;
    case 'remove':
      remove(ctx, vg, req.setBootlist, log);
      break;
  }
  return log.close(true);
}

const standbyBlvName = (vg: VgImage): string => bosPairs(vg).find((p) => p.classic === 'hd5')?.standby ?? 'bos_hd5';

function remove(ctx: CommandContext, vg: VgImage, bootlist: boolean, log: MbLog): void {
  const odm = odmOf(ctx.world, ctx.host);
  log.section('Boot Partition Processing');
  log.say([M.activeBlv(activeBlv(vg)), M.standbyBlv(standbyBlvName(vg))]);
  unmountStandby(ctx, vg, log);
  const dropLv = (name: string) => {
    const lv = vg.lvs.find((l) => l.name === name);
    if (!lv) return;
    vg.lvs = vg.lvs.filter((l) => l !== lv);
    odm.lvs = odm.lvs.filter((l) => l.lvid !== `${vg.vgid}.${lv.minor}`);
  };
  log.section('File Systems');
  log.say(M.removingAllFs);
  for (const f of [...standbyFileSystems(vg)].reverse()) {
    odm.filesystems = odm.filesystems.filter((st) => st.mount !== f.mount);
    dropLv(f.lv);
    log.say(M.removingFs(f.mount), 2 * S);
  }
  log.section('Logical Volumes');
  log.say(M.removingAllLvs);
  for (const lv of standbyLvs(vg)) {
    dropLv(lv.name);
    log.say(M.removingLv(lv.name), S);
  }
  delete vg.standbyBos;
  if (bootlist) setBootlist(ctx, vg, activeBlv(vg), log);
}

/** -p: what the operation would do (the listing is the trainer's). */
function preview(ctx: CommandContext, vg: VgImage, req: OpRequest, log: MbLog): number {
  log.say(M.previewNote);
  if (req.op === 'mount') for (const f of standbyFileSystems(vg)) log.say(M.previewMount(f.mount, f.lv));
  if (req.op === 'unmount') for (const m of mountedStandby(ctx, vg)) log.say(M.previewUnmount(m.mount));
  if (req.op === 'remove') {
    for (const lv of standbyLvs(vg)) log.say(M.previewRemove(lv.name));
    log.say(req.setBootlist ? M.previewBootlist(activeBlv(vg), 'its disk') : M.previewKeepBootlist);
  }
  return log.close(true);
}
