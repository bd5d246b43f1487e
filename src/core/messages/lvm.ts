// LVM, device-configuration and file-system texts (REFERENCE §2.5–§2.7, §2.12–§2.18, §2.21,
// §2.27–§2.29, §2.31, §11). Numbers are the real AIX ones. Sources besides REFERENCE:
// - SRC413: the AIX 4.1.3 LVM catalogue (bos/usr/sbin/lvm/cmdlvm.msg), the exportvg/importvg/
//   varyoffvg/reducevg/redefinevg/synclvodm scripts (which message follows which), the device
//   configuration catalogue (bos/usr/sbin/mkdev/defaultmsg.c: usage texts, "changed", "deleted",
//   0514-519) and mount.c / lsfs.c (the mount table format, "is not a known file system",
//   "No record matching").
// - Real AIX 7 captures: "0516-306 mkvg: Unable to find physical volume hdisk10 in the Device" and
//   "0516-306 extendvg: Unable to find volume group foovg in the Device" (Chef aix cookbook tests run
//   on AIX), "umount: 0506-349 Cannot unmount /dev/hd1: The requested resource is busy." and
//   "umount: 0506-347 Cannot find anything to unmount." (ANS-T), "mount: 0506-324 Cannot mount
//   /dev/fslv00 on /u2: ..." (field notes).
// Texts marked [M] are AIX wording whose exact form at 7.2 was not seen in a capture.

/** Continuation-line indent of the multi-line mirrorvg/unmirrorvg/rmlvcopy notices (FRBLOG). */
const IND = '        ';

export const lvmMessages = {
  vgNotVariedOn: '0516-010 : Volume group must be varied on; use varyonvg command.',
  vgNotFound: (vg: string) => `0516-306 : Unable to find volume group ${vg} in the Device\n\tConfiguration Database.`,
  pvNotFound: (pv: string) => `0516-1396 : The physical volume ${pv}, was not found in the\nsystem database.`,
  pvNotInVg: (pv: string) => `0516-320 : Physical volume ${pv} is not assigned to\n\ta volume group.`,
  lvNotFound: (lv: string) => `0516-306 : Unable to find  ${lv} in the Device\n\tConfiguration Database.`,

  // ---- catalogue texts with the program name in front (cmdlvm.msg "%1$s: ...") ----
  /** 0516-010 from a named program (lvaryoffvg, lqueryvg, synclvodm ...). */
  notVariedOnBy: (prog: string) => `0516-010 ${prog}: Volume group must be varied on; use varyonvg command.`,
  lvOpen: (prog: string) =>
    `0516-012 ${prog}: Logical volume must be closed.  If the logical\n\tvolume contains a filesystem, the umount command will close\n\tthe LV device.`,
  partitionsAllocated: (prog: string) =>
    `0516-016 ${prog}: Cannot delete physical volume with allocated\n\tpartitions. Use either migratepv to move the partitions or\n\treducevg with the -d option to delete the partitions.`,
  noQuorum: (prog: string) =>
    `0516-052 ${prog}: Volume group cannot be varied on without a\n\tquorum. More physical volumes in the group must be active.\n\tRun diagnostics on inactive PVs.`,
  notVgMember: (prog: string) => `0516-066 ${prog}: Physical volume is not a volume group member.\n\tCheck the physical volume name specified.`,
  /** 0516-306 with a kind ("volume group", "physical volume", or "" for an LV name). */
  notInOdm: (prog: string, kind: string, name: string) => `0516-306 ${prog}: Unable to find ${kind} ${name} in the Device\n\tConfiguration Database.`,
  pvNotAssigned: (prog: string, pv: string) => `0516-320 ${prog}: Physical volume ${pv} is not assigned to\n\ta volume group.`,
  pvNotConfigured: (prog: string, pv: string) => `0516-321 ${prog}: Physical volume ${pv} is not configured.`,
  deviceNameUsed: (prog: string) => `0516-360 ${prog}: The device name is already used; choose a\n\tdifferent name.`,
  allocFailed: (prog: string) =>
    `0516-404 ${prog}: Not enough resources available to fulfill\n\tallocation. Either not enough free partitions or not enough\n\tphysical volumes to keep strictness. Try again with\n\tdifferent allocation characteristics.`,
  lvRenamed: (oldName: string, newName: string) => `0516-530 synclvodm: Logical volume name ${oldName} changed to ${newName}.`,
  syncPvUpdated: 'synclvodm: Physical volume data updated.',
  syncLvUpdated: (lv: string) => `synclvodm: Logical volume ${lv} updated.`,
  syncLvNotFound: (lv: string, vg: string) => `0516-532 synclvodm: Logical volume ${lv} not found in volume group ${vg}.`,
  syncNoLvs: (vg: string) => `synclvodm: No logical volumes in volume group ${vg}.`,
  redefineCannotAccess: (pv: string) => `0516-562 redefinevg: Unable to access physical volume ${pv}`,
  redefineExistsAs: (name: string) => `0516-572 redefinevg: Volume Group already exists under name ${name}.`,
  redefineNameUsed: (name: string) => `0516-574 redefinevg: Volume Group name ${name} is already used.`,
  nameNotEntered: (prog: string, what: 'Volume group' | 'Physical volume') => `0516-${what === 'Volume group' ? '606' : '604'} ${prog}: ${what} name not entered.`,
  cannotChangePv: (pv: string) => `0516-722 chpv: Unable to change physical volume ${pv}.`,
  rootvgNoExport: '0516-762 exportvg: The root volume group cannot be exported.',
  mustVaryOffFirst: '0516-764 exportvg: The volume group must be varied off\n\tbefore exporting.',
  cannotExport: (vg: string) => `0516-772 exportvg: Unable to export volume group ${vg}`,
  cannotImportAs: (pv: string, vg: string) => `0516-776 importvg: Cannot import ${pv} as ${vg}.`,
  vgNameUsed: (vg: string) => `0516-778 importvg: Volume Group Name ${vg} is already used.`,
  cannotImport: (pv: string) => `0516-780 importvg: Unable to import volume group from ${pv}.`,
  cannotExtendVg: '0516-792 extendvg: Unable to extend volume group.',
  cannotCreateVg: '0516-862 mkvg: Unable to create volume group.',
  invalidVgName: (prog: string, vg: string) => `${prog}: Volume group name ${vg} contains invalid characters.`,
  cannotReduceVg: '0516-882 reducevg: Unable to reduce volume group.',
  cannotRemovePv: (pv: string) => `0516-884 reducevg: Unable to remove physical volume ${pv}.`,
  vgDeleted: 'ldeletepv: Volume Group deleted since it contains no physical volumes.',
  cannotVaryOff: (vg: string) => `0516-942 varyoffvg: Unable to vary off volume group ${vg}.`,
  cannotVaryOn: (vg: string) => `0516-952 varyonvg: Unable to vary on volume group ${vg}.`,
  ppLimit: (ppSize: number, count: number, pv: string, vg: string, max: number) =>
    `0516-1162 extendvg: The Physical Partition Size of ${ppSize} requires the creation of\n${IND}${count} partitions for ${pv}.  The limitation for volume group ${vg} is\n${IND}${max} physical partitions per physical volume.  Use chvg command with -t\n${IND}option to attempt to change the maximum Physical Partitions per Physical\n${IND}volume for this volume group.`,
  /** 0516-1398 [M: K] a disk carrying another VG's descriptor area (REFERENCE §2.29, one line). */
  belongsToOtherVg: (prog: string, pv: string) =>
    `0516-1398 ${prog}: The physical volume ${pv}, appears to belong to another volume group. Use the force option to add this physical volume to a volume group.`,
  /** 0516-696 (SRC413 catalogue) a disk the running ODM already assigns to a volume group. */
  pvInOtherVg: (prog: string, pv: string) => `0516-696 ${prog}: Physical Volume ${pv} belongs to another volume group.`,
  alreadyMember: (prog: string) => `0516-005 ${prog}: The physical volume is already a member of the\n\trequested volume group.`,
  noDescriptors: (prog: string) => `0516-013 ${prog}: The volume group cannot be varied on because\n\tthere are no good copies of the descriptor area.`,
  pvOpenFailed: (prog: string) => `0516-024 ${prog}: Unable to open physical volume.\n\tEither PV was not configured or could not be opened. Run\n\tdiagnostics.`,
  syncCannotContinue: '0516-542 synclvodm: Unable to continue. Command terminated.',
  syncCannotAccess: (vg: string) => `0516-544 synclvodm: Unable to access volume group ${vg}.`,
  badCopies: (prog: string) => `0516-662 ${prog}: The -c parameter for Copies must be 1, 2, or 3.`,
  badPpSize: (prog: string) => `0516-682 ${prog}: The -s parameter for Size must be a power\n\tof 2 between 1 and 1024.`,
  /** mkvg's (unnumbered) catalogue warning when -s makes too many partitions (SRC413 msg 876). */
  tooManyPartitions: (prog: string, ppSize: number, count: number, pv: string) =>
    `${prog}: Warning, The Physical Partition Size of ${ppSize} requires the\n\tcreation of ${count} partitions for ${pv}.  The system limitation is 1016\n\tphysical partitions per disk. Specify a larger Physical Partition Size\n\tin order create a volume group on this disk.`,
  pvidChanged: (prog: string) => `0516-1254 ${prog}: Changing the PVID in the ODM.`,
  quorumChanged: '0516-1804 chvg: The quorum change takes effect immediately.',
  mirrored: (vg: string, bootlist: string) =>
    `0516-1126 mirrorvg: ${vg} successfully mirrored, user should perform\n${IND}bosboot of system to initialize boot records.  Then, user must modify\n${IND}bootlist to include:  ${bootlist}.`,
  unmirrored: (vg: string, bootlist: string) =>
    `0516-1144 unmirrorvg: ${vg} successfully unmirrored, user should perform\n${IND}bosboot of system to reinitialize boot records.  Then, user must modify\n${IND}bootlist to just include:  ${bootlist}.`,
  clearBootRecord:
    `0516-1246 rmlvcopy: If hd5 is the boot logical volume, please run 'chpv -c <diskname>'\n${IND}as root user to clear the boot record and avoid a potential boot\n${IND}off an old boot image that may reside on the disk from which this\n${IND}logical volume is moved/removed.`,

  // ---- usage texts (SRC413 catalogue form: usage line(s), then the purpose line) ----
  usage: {
    varyonvg: 'Usage: varyonvg [-b] [-c] [-f] [-n] [-p] [-r] [-s] [-u] [-t] VGname\nVaries a volume group on.',
    varyoffvg: 'Usage: varyoffvg [-s] VGname\nVaries a volume group off.',
    exportvg: 'Usage: exportvg VGname\nExports the definition of a volume group.',
    importvg: 'Usage: importvg [-V MajorNumber] [-y VGname] [-f] [-c] [-x] | [-L VGname] [-n] [-F] [-R] [-I] [-O] PVname\nImports the definition of a volume group.',
    redefinevg: 'Usage: redefinevg {-d PVname | -i VGid} [-V MajorNumber] VGname',
    synclvodm: 'Usage: synclvodm [-c | -D | -F | -k | -K | -P | -R | -v] VGname [LVname...]',
    getlvodm:
      'Usage: getlvodm [-a LVdescript] [-B LVdesrcript] [-b LVid] [-c LVid]\n\t[-C] [-d VGdescript] [-e LVid] [-F] [-g PVid] [-h] [-j PVdescript]\n\t[-k] [-L VGdescript] [-l LVdescript] [-m LVid] [-p PVdescript]\n\t[-r LVid] [-s VGdescript] [-t VGid] [-u VGdescript] [-v VGdescript]\n\t[-w VGid] [-y LVid] [-G LVdescript]',
    mkvg: 'Usage: mkvg [-d MaxPVs] [-f] [-i] [-m MaxPVsize] [-n] [-s PPsize]\n\t[-V MajorNumber] [-y VGname] PVname...\nMakes a volume group.',
    extendvg: 'Usage: extendvg [-f] VGname PVname...\nExtends a volume group by adding a physical volume.',
    reducevg: 'Usage: reducevg [-d] [-f] VGname PVname...\nReduces volume group size by removing a physical volume.',
    mirrorvg: 'Usage: mirrorvg [-S | -s] [-Q] [-c Copies] [-m] [-p copyn=mirrorpool] VGname [PVname...]',
    unmirrorvg: 'Usage: unmirrorvg [-c Copies] VGname [PVname...]',
    chpv: 'Usage: chpv [-h Hotspare] [-a Allocation] [-v Availability [-f]] [-c] [-p Mirrorpool] [-P] [-m Mirrorpool] PVname... [-C hdiskname]\nChanges the characteristics of a physical volume.',
    lslv: 'Usage: lslv [-L] [-l | -m] [-n DescriptorPV] LVname\n       lslv: [-L] [-n DescriptorPV] -p PVname [LVname]\nLists the characteristics of a logical volume.',
  },
} as const;

// ---- device configuration commands (SRC413 bos/usr/sbin/mkdev/defaultmsg.c) ----
export const cfgMessages = {
  changed: (dev: string) => `${dev} changed`,
  deleted: (dev: string) => `${dev} deleted`,
  defined: (dev: string) => `${dev} Defined`,
  notInCuDv: (prog: string, dev: string) => `${prog}: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\t${dev}`,
  noSuchAttr: (prog: string, attr: string) => `${prog}: 0514-528 The "${attr}" attribute does not exist in the predefined\n\tdevice configuration database.`,
  missingInfo: (prog: string, what: string) => `${prog}: 0514-502 Usage error\n\tFlag or parameter information is missing: ${what}.`,
  /** The busy-device method error (REFERENCE §2.21; method path M). */
  busy: (method: string) =>
    `Method error (${method}):\n        0514-062 Cannot perform the requested function because the\n                 specified device is busy.`,
  usage: {
    chdev: '\nUsage:\nchdev -l Name [-a Attribute=Value]...[-p ParentName][-P|-T]\n\t[-q][-w ConnectionLocation][-f File]\nchdev -h\n\n',
    rmdev: '\nUsage:\nrmdev -l name[-d|-S][-R][-q][-f File]\nrmdev -h\n\n',
    lsattr:
      '\nUsage:\nlsattr {-D[-O]| -E[-O] | -F Format} -l Name [-a Attribute]...[-H]\n\t[-f File]\nlsattr {-D[-O]| -F Format}{[-c Class][-s Subclass][-t Type]}[-a Attribute]...\n\t[-H][-f File]\nlsattr -R {-l Name | [-c Class][-s Subclass][-t Type]} -a Attribute [-H]\n\t[-f File]\nlsattr -h\n\n',
    lsdev:
      '\nUsage:\n\tlsdev -C [-c Class][-s Subclass][-t Type][-S State][-l Name]\n\t[-r ColumnName| -F Format][-H][-f File ]\nlsdev -P [-c Class][-s Subclass][-t Type][-r ColumnName| -F Format]\n\t[-H][-f File ]\nlsdev  -h\n\n',
    cfgmgr: 'Usage: cfgmgr [-f|-s|-p Phase] [-i Device] [-l Name] [-v]',
  },
} as const;

// ---- file systems: mount, umount, df, lsfs (SRC413 mount.c / lsfs.c, ANS-T captures) ----
export const fsMessages = {
  notKnownFs: (name: string) => `mount: ${name} is not a known file system`,
  cannotMount: (dev: string, dir: string, reason: string) => `mount: 0506-324 Cannot mount ${dev} on ${dir}: ${reason}`,
  cannotUnmount: (dev: string, reason: string) => `umount: 0506-349 Cannot unmount ${dev}: ${reason}`,
  nothingToUnmount: 'umount: 0506-347 Cannot find anything to unmount.',
  noLsfsRecord: (name: string) => `lsfs: No record matching '${name}' was found in /etc/filesystems.`,
  dfNoFs: (name: string) => `df: ${name}: A file or directory in the path name does not exist.`,
  /** AIX errno texts (libc catalogue wording). ENXIO [M]. */
  errno: {
    EBUSY: 'The requested resource is busy.',
    ENXIO: 'There is a request to a device or address that does not exist.',
    ENOENT: 'A file or directory in the path name does not exist.',
  },
  usage: {
    mount: 'Usage: mount [-fipr] [-n node] [-o options] [-t type] [-{v|V} vfs] [-a | all | [[node:]device] [dir]]',
    umount: 'Usage: umount [-sf] {-a|-n Node|-t Type|all|allr|Device|File|Directory|Filesystem}',
    lsfs: 'Usage: lsfs [-q] [-c|-l] { -a | -v vfstype | -u mtgroup | fsname ... }',
    df: 'Usage: df [-P] | [-IMitv] [-k] [-m] [-g] [-s] [filesystem ...] [file ...]',
  },
} as const;
