// multibos texts. Sources (docs/multibos.md has the full list):
// - IBM, "multibos Command" (https://www.ibm.com/docs/en/aix/7.2?topic=m-multibos-command): the synopsis.
// - Real multibos transcripts (AIX 6.1 setup, unmount, remove and a failed setup, in an admin's public
//   notes): the section banners, "Initializing multibos methods ...", "Creating standby BOS logical
//   volume", "Active boot logical volume is", "Setting bootlist to logical volume", the firmware recovery
//   strings, "Unmounting", "Removing standby BOS …", the two 0565 errors and both Return Status lines.
// - [M] lines: worded after their verified counterparts (Creating…/Mounting… mirror Removing…/Unmounting…)
//   where no capture was found; the refusals without a capture carry no number and say so.
const RULE = '+-----------------------------------------------------------------------------+';

export const MULTIBOS_USAGE = `Usage: multibos -s [-l device {-a | -f file | -b file | -x file}] [-e file] [-i file] [-L file] [-pntNX]
       multibos -c -l device {-a | -f file | -b file | -x file} [-pnNX]
       multibos -m [-pnX]
       multibos -u [-pnX]
       multibos -B [-ntX]
       multibos -S [-nX]
       multibos -R [-ptX]
       multibos -C [VG name]
       multibos -s -M file [-pntNX]`;

export const multibosMessages = {
  usage: MULTIBOS_USAGE,
  header: ['Initializing multibos methods ...', 'Initializing log /etc/multibos/logs/op.alog ...', 'Gathering system information ...'],
  section: (title: string) => [RULE, title, RULE],
  verifying: 'Verifying operation parameters ...',
  creatingImageData: 'Creating image.data file ...',
  creatingLv: (lv: string) => `Creating standby BOS logical volume ${lv}`,
  // [M] after "Removing all standby BOS file systems ..." / "Removing standby BOS file system /bos_inst/opt"
  creatingAllFs: 'Creating all standby BOS file systems ...',
  creatingFs: (mount: string, lv: string) => `Creating standby BOS file system ${mount} on logical volume ${lv}`,
  // [M] after "Unmounting all standby BOS file systems ..." / "Unmounting /bos_inst/opt"
  mountingAll: 'Mounting all standby BOS file systems ...',
  mounting: (mount: string) => `Mounting ${mount}`,
  unmountingAll: 'Unmounting all standby BOS file systems ...',
  unmounting: (mount: string) => `Unmounting ${mount}`,
  // [M] the copy step's wording
  copying: 'Copying files using backup/restore utilities ...',
  copied: 'Percentage of files copied:  100.00%',
  activeBlv: (lv: string) => `Active boot logical volume is ${lv}.`,
  standbyBlv: (lv: string) => `Standby boot logical volume is ${lv}.`,
  creatingBootImage: (lv: string) => `Creating standby BOS boot image on boot logical volume ${lv}`,
  bootImage: (blocks: number) => `bosboot: Boot image is ${blocks} 512 byte blocks.`,
  removingAllFs: 'Removing all standby BOS file systems ...',
  removingFs: (mount: string) => `Removing standby BOS file system ${mount}`,
  removingAllLvs: 'Removing all standby BOS logical volumes ...',
  removingLv: (lv: string) => `Removing standby BOS logical volume ${lv}`,
  settingBootlist: (lv: string, disk: string) => `Setting bootlist to logical volume ${lv} on ${disk}.`,
  recoveryString: (which: 'active' | 'standby', lv: string) => `ATTENTION: firmware recovery string for ${which} BLV (${lv}):`,
  logFile: 'Log file is /etc/multibos/logs/op.alog',
  success: 'Return Status = SUCCESS',
  failure: 'Return Status: FAILURE',
  errCreatingLvs: 'multibos: 0565-003 Error creating logical volumes.',
  errSetup: 'multibos: 0565-035 Error setting up standby BOS.',
  // Refusals without a capture: no number, and said so.
  noStandby: 'multibos: There is no standby BOS in rootvg. (AIX\'s exact message is not simulated.)',
  standbyExists: 'multibos: A standby BOS already exists in rootvg; remove it first with multibos -R. (AIX\'s exact message is not simulated.)',
  mirrored: 'multibos: The multibos command cannot be used with a mirrored rootvg. (AIX\'s exact message is not simulated.)',
  // -p: the trainer's own summary, AIX's preview listing was not found.
  previewNote: 'Preview only: nothing is changed. (AIX\'s preview listing is not simulated in this trainer; this is the trainer\'s summary.)',
  previewLv: (lv: string, lps: number, src: string) => `  would create ${lv} (${lps} LPs, a copy of ${src})`,
  previewSpace: (need: number, free: number) => `  rootvg: ${need} free PPs needed for the standby BOS, ${free} free.`,
  previewNoRoom: (lv: string) => `  not enough free PPs: the setup would fail creating ${lv} (0516-404, then 0565-003).`,
  previewBootlist: (lv: string, disk: string) => `  would set the bootlist to ${disk} blv=${lv}`,
  previewKeepBootlist: '  would leave the bootlist as it is (-t)',
  previewMount: (mount: string, lv: string) => `  would mount ${lv} on ${mount}`,
  previewUnmount: (mount: string) => `  would unmount ${mount}`,
  previewRemove: (lv: string) => `  would remove ${lv}`,
  previewUpdates: (n: number, level: string) => `  would apply ${n} updates from the images (level ${level}) to the standby BOS`,
};
