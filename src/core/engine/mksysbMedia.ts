// A mksysb image as the listing and restore commands see it: found in a file, on the tape (/dev/rmt0) or
// the disc (/dev/cd0), and the two control files every mksysb carries, ./bosinst.data and ./image.data,
// written from the image itself (REFERENCE §1.6: bosinst.data's target_disk_data stanza; image.data's
// image_data, vg_data, lv_data and fs_data stanzas). Field selection [M]; values all derived.
import { lvPvids } from '../model/select.ts';
import { formatDate } from '../model/time.ts';
import { technologyLevel } from '../model/levels.ts';
import type { Host, MksysbImage, World } from '../model/types.ts';
import { normalizePath, stat } from './fs.ts';
import { serialOf } from './firmware.ts';

export function mksysbAt(world: World, host: Host, device: string): MksysbImage | null {
  let node = device === '/dev/rmt0' ? (host.tape ?? null) : device === '/dev/cd0' ? host.cdrom : null;
  if (!device.startsWith('/dev/')) {
    const st = stat(world, host, normalizePath(host.run?.cwd ?? '/', device));
    node = st?.kind === 'file' ? st.node : null;
  }
  return node && node.kind === 'mksysb' ? node.image : null;
}

/** "7200-05-03-2148" → "7.2.5.0", the level lsmksysb and image.data give (V.R.TL.0). */
export function backupOslevel(level: string): string {
  return `${level[0]}.${level[1]}.${Number(level.slice(5, 7))}.0`;
}

/** The source rootvg's disks as the image's ODM names them, with the PPs used on each. */
function sourceDisks(image: MksysbImage): { name: string; pvid: string; slot: number; usedMB: number }[] {
  const pvids: string[] = [];
  for (const lv of image.lvs) for (const p of lvPvids(lv)) if (!pvids.includes(p)) pvids.push(p);
  return pvids.map((pvid) => {
    const index = image.os.odm.disks.findIndex((d) => d.pvid === pvid);
    const highest = Math.max(0, ...image.lvs.flatMap((lv) => lv.copies.flat().filter((e) => e.pvid === pvid).map((e) => e.start + e.count - 1)));
    return { name: image.os.odm.disks[index]?.name ?? 'hdisk0', pvid, slot: Math.max(0, index), usedMB: highest * image.ppSizeMB };
  });
}

export function bosinstDataText(image: MksysbImage): string {
  const out = [
    'control_flow:',
    '    CONSOLE = Default',
    '    INSTALL_METHOD = overwrite',
    '    PROMPT = yes',
    '    EXISTING_SYSTEM_OVERWRITE = yes',
    '    RUN_STARTUP = yes',
    '    RECOVER_DEVICES = Default',
    '    BOSINST_DEBUG = no',
    '    ACCEPT_LICENSES = yes',
    '',
  ];
  for (const d of sourceDisks(image)) {
    const lun = `8${(d.slot + 1).toString(16)}00000000000000`;
    out.push(
      'target_disk_data:',
      `    PVID = ${d.pvid}`,
      `    PHYSICAL_LOCATION = U9009.42A.${serialOf(image.sourceHost)}-V3-C2-T1-L${lun}`,
      `    CONNECTION = vscsi0//${lun.slice(0, 12)}`,
      '    LOCATION = ',
      // The size the image needs from this disk: up to its highest used partition.
      `    SIZE_MB = ${d.usedMB}`,
      `    HDISKNAME = ${d.name}`,
      '',
    );
  }
  out.push('locale:', '    BOSINST_LANG = en_US', '    CULTURAL_CONVENTION = en_US', '    MESSAGES = en_US', '    KEYBOARD = en_US', '');
  return out.join('\n');
}

export function imageDataOf(image: MksysbImage, unameM: string): string {
  const level = image.os.level;
  const out = [
    'image_data:',
    '\tIMAGE_TYPE= bff',
    `\tDATE_TIME= ${formatDate(image.createdAtMs)}`,
    `\tUNAME_INFO= AIX ${image.os.hostname} ${level[1]} ${level[0]} ${unameM}`,
    '\tPLATFORM= chrp',
    `\tOSLEVEL= ${backupOslevel(level)}`,
    `\tOSLEVEL_R= ${technologyLevel(level)}`,
    '',
    'logical_volume_policy:',
    '\tSHRINK= no',
    '\tEXACT_FIT= no',
    '',
    'vg_data:',
    '\tVGNAME= rootvg',
    `\tPPSIZE= ${image.ppSizeMB}`,
    `\tVG_SOURCE_DISK_LIST= ${sourceDisks(image).map((d) => d.name).join(' ')}`,
    '',
  ];
  for (const lv of image.lvs) {
    out.push('lv_data:', `\tLOGICAL_VOLUME= ${lv.name}`, `\tTYPE= ${lv.type}`, `\tCOPIES= ${lv.copies.length}`, `\tLPs= ${lv.lps}`, `\tPP= ${lv.copies.flat().reduce((n, e) => n + e.count, 0)}`, `\tMOUNT_POINT= ${lv.fs ? lv.fs.superblockMount : ''}`, '');
  }
  for (const lv of image.lvs.filter((l) => l.fs)) {
    out.push('fs_data:', `\tFS_NAME= ${lv.fs!.superblockMount}`, `\tFS_LV= /dev/${lv.name}`, `\tFS_SIZE= ${lv.lps * image.ppSizeMB * 2048}`, `\tFS_MIN_SIZE= ${Math.max(1, lv.fs!.usedMB) * 2048}`, '');
  }
  return out.join('\n');
}

/** BACKUP SIZE and SHRINK SIZE of lsmksysb -l (MB): every LV at its size, or file systems at their use. */
export function backupSizes(image: MksysbImage): { backup: number; shrink: number } {
  const mb = (lps: number) => lps * image.ppSizeMB;
  const backup = image.lvs.reduce((n, lv) => n + mb(lv.lps) * lv.copies.length, 0);
  const shrink = image.lvs.reduce((n, lv) => n + (lv.fs ? Math.max(1, Math.ceil(lv.fs.usedMB)) : mb(lv.lps)) * lv.copies.length, 0);
  return { backup, shrink };
}
