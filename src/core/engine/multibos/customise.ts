// multibos -c: the customization operation (IBM, "Customizing the standby BOS",
// https://www.ibm.com/docs/en/aix/7.2?topic=utility-customizing-standby-bos): the standby file systems
// are mounted if they are not, update_all (-a) runs against the standby with the images in -l, the
// standby boot image is rebuilt (not with -N), and the file systems mounted in step 1 are unmounted.
// The update's report is installp's (install_all_updates runs installp); the active BOS never changes.
import { altMessages } from '../../messages/index.ts';
import { multibosMessages as M } from '../../messages/multibos.ts';
import type { VgImage } from '../../model/types.ts';
import { installUpdates } from '../altdisk/common.ts';
import { findImages, selectUpdates } from '../altdisk/install.ts';
import type { CommandContext } from '../context.ts';
import { buildStandbyBoot, MbLog, mountStandby, rootvgOf, unmountStandby } from './common.ts';
import { hasStandby } from './instances.ts';

/** update_all from `location` into the standby's AIX image (installp -agX, as alt_disk's install). Non-zero when the images are missing or an efix blocks. */
export function applyImages(ctx: CommandContext, vg: VgImage, location: string, log: MbLog): number {
  return installUpdates(ctx, vg.standbyBos!, { location, filesets: null, flags: 'agX' }, (line, waitMs) => log.say(line, waitMs), false);
}

export interface CustomiseRequest {
  location: string;
  preview: boolean;
  buildBoot: boolean;
}

export function runCustomise(ctx: CommandContext, req: CustomiseRequest): number {
  const vg = rootvgOf(ctx);
  const log = new MbLog(ctx);
  log.open('Customization Operation');
  if (!hasStandby(vg)) return log.refuse(M.noStandby);
  if (req.preview) {
    const images = findImages(ctx.world, ctx.host, req.location);
    if (!images) {
      ctx.err(altMessages.noImagesLocation(req.location) + '\n');
      return log.close(false);
    }
    log.say([M.previewNote, M.previewUpdates(selectUpdates(vg.standbyBos!, images, null).length, images.level)]);
    return log.close(true);
  }
  const mounted = mountStandby(ctx, vg, log);
  const code = applyImages(ctx, vg, req.location, log);
  if (code === 0) buildStandbyBoot(ctx, vg, vg.standbyBos!, log, req.buildBoot);
  if (mounted) unmountStandby(ctx, vg, log);
  return log.close(code === 0);
}
