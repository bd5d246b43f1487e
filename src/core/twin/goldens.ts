// Pasted outputs for the twin's tests: REFERENCE's captures (§2.5–§2.26) as an admin would paste them,
// each under its prompt line. Test data only.
export const REF_LSPV = `hdisk0          00f6db0a6c7aece5                    rootvg          active
hdisk1          00f6db0a8f3a1c22                    altinst_rootvg
hdisk2          00f6db0a91b44e07                    datavg          active
hdisk3          none                                None`;

export const REF_LSVG = `VOLUME GROUP:       rootvg                   VG IDENTIFIER:  00f6db0a00004c000000017d43623707
VG STATE:           active                   PP SIZE:        32 megabyte(s)
VG PERMISSION:      read/write               TOTAL PPs:      639 (20448 megabytes)
MAX LVs:            256                      FREE PPs:       477 (15264 megabytes)
LVs:                12                       USED PPs:       162 (5184 megabytes)
OPEN LVs:           11                       QUORUM:         2 (Enabled)
TOTAL PVs:          1                        VG DESCRIPTORS: 2
STALE PVs:          0                        STALE PPs:      0
ACTIVE PVs:         1                        AUTO ON:        yes
MAX PPs per VG:     32512
MAX PPs per PV:     1016                     MAX PVs:        32
LTG size (Dynamic): 512 kilobyte(s)          AUTO SYNC:      no
HOT SPARE:          no                       BB POLICY:      relocatable
PV RESTRICTION:     none                     INFINITE RETRY: no
DISK BLOCK SIZE:    512                      CRITICAL VG:    no
FS SYNC OPTION:     no                       CRITICAL PVs:   no
ENCRYPTION:         no`;

export const REF_LSVG_L = `rootvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
hd5                 boot       1       1       1    closed/syncd  N/A
hd6                 paging     16      16      1    open/syncd    N/A
hd8                 jfs2log    1       1       1    open/syncd    N/A
hd4                 jfs2       4       4       1    open/syncd    /
hd2                 jfs2       80      80      1    open/syncd    /usr
hd9var              jfs2       16      16      1    open/syncd    /var
hd3                 jfs2       8       8       1    open/syncd    /tmp
hd1                 jfs2       1       1       1    open/syncd    /home
hd10opt             jfs2       14      14      1    open/syncd    /opt
hd11admin           jfs2       4       4       1    open/syncd    /admin
lg_dumplv           sysdump    16      16      1    open/syncd    N/A
livedump            jfs2       1       1       1    open/syncd    /var/adm/ras/livedump`;

export const REF_LSVG_P = `rootvg:
PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION
hdisk0            active            639         477         128..96..61..128..64`;

export const REF_BOOTLIST = `hdisk1 blv=hd5 pathid=0
hdisk1 blv=hd5 pathid=1`;

export const REF_LSLPP = `  Fileset                      Level  State      Description
  ----------------------------------------------------------------------------
Path: /usr/lib/objrepos
  bos.alt_disk_install.rte   7.2.5.100  COMMITTED  Alternate Disk Installation
                                                 Runtime`;

export const REF_LSATTR = `PCM             PCM/friend/vscsi                 Path Control Module        False
algorithm       fail_over                        Algorithm                  True
hcheck_cmd      test_unit_rdy                    Health Check Command       True+
hcheck_interval 0                                Health Check Interval      True+
hcheck_mode     nonactive                        Health Check Mode          True+
max_transfer    0x40000                          Maximum TRANSFER Size      True
pvid            00f6db0a8f3a1c220000000000000000 Physical volume identifier False
queue_depth     3                                Queue DEPTH                True+
reserve_policy  no_reserve                       Reserve Policy             True+`;

export const REF_DF = `Filesystem    GB blocks      Free %Used    Iused %Iused Mounted on
/dev/hd4           0.12      0.05   58%     3260    22% /
/dev/hd2           2.50      0.31   88%    42310    36% /usr
/dev/hd9var        0.50      0.38   25%     1312     2% /var
/dev/hd3           0.25      0.24    5%      120     1% /tmp
/dev/hd1           0.03      0.03    2%        7     1% /home
/dev/hd11admin     0.12      0.12    1%        5     1% /admin
/proc                 -         -    -         -      -  /proc
/dev/hd10opt       0.44      0.10   78%    11651    31% /opt
/dev/livedump      0.03      0.03    1%        4     1% /var/adm/ras/livedump`;

export const REF_EMGR = `ID  STATE LABEL      INSTALL TIME      UPDATED BY ABSTRACT
=== ===== ========== ================= ========== ======================================
1    S    IJ20785s2a 04/30/20 11:03:46            tcpdump CVEs fixed                    
2   *Q*   IJ09625s2a 04/30/20 11:04:14            IJ09624 7.2.3.2                       

STATE codes:
 S = STABLE
 M = MOUNTED
 U = UNMOUNTED
 Q = REBOOT REQUIRED
 B = BROKEN
 I = INSTALLING
 R = REMOVING
 T = TESTED
 P = PATCHED
 N = NOT PATCHED
 SP = STABLE + PATCHED
 SN = STABLE + NOT PATCHED
 QP = BOOT IMAGE MODIFIED + PATCHED
 QN = BOOT IMAGE MODIFIED + NOT PATCHED`;

/** A paste: each output under its command line with the given prompt. */
export function paste(prompt: string, parts: [string, string][]): string {
  return parts.map(([cmd, out]) => `${prompt}${cmd}\n${out}\n`).join('');
}
