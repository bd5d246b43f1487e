// Rule 9 of issue 10 (REFERENCE §12, product rule): a command that exists on AIX but that the trainer
// does not model answers that it is not simulated here (exit 1), never ksh's "not found", which stays
// for names AIX itself lacks (and for commands whose fileset is not installed). This is the one list.
// Names are base AIX 7.2 commands an administrator is likely to type around alt_disk work.
import { lookupCommand } from '../commands/registry.ts';

export const UNMODELLED_AIX_COMMANDS: readonly string[] = [
  // performance and status
  'topas', 'nmon', 'vmstat', 'iostat', 'svmon', 'sar', 'mpstat', 'lparstat', 'smtctl', 'trace', 'trcrpt', 'filemon',
  // networking
  'netstat', 'ifconfig', 'entstat', 'ping', 'traceroute', 'nslookup', 'host', 'telnet', 'ftp', 'ssh', 'scp', 'rsh', 'route', 'mktcpip', 'chtcpip', 'showmount', 'exportfs',
  // LVM and file systems not modelled
  'mklv', 'rmlv', 'chlv', 'extendlv', 'cplv', 'mklvcopy', 'rmlvcopy', 'syncvg', 'chvg', 'migratepv', 'replacepv', 'recreatevg', 'splitvg', 'joinvg', 'lvmstat', 'readvgda', 'getlvcb', 'putlvcb', 'lresynclv', 'lsvgfs', 'savevg', 'restvg',
  'crfs', 'chfs', 'rmfs', 'mkfs', 'fsck', 'logform', 'defragfs', 'du', 'fuser',
  // paging and dumps
  'mkps', 'chps', 'rmps', 'swapon', 'swapoff', 'sysdumpstart', 'dumpcheck',
  // devices, ODM, MPIO
  'mkdev', 'lsmpio', 'chpath', 'rmpath', 'mkpath', 'lsslot', 'diag', 'lsmcode', 'lsvpd', 'lsconf', 'invscout', 'lscons', 'chcons', 'manage_disk_drivers',
  'odmadd', 'odmdelete', 'odmchange', 'odmshow', 'odmcreate', 'restbase', 'mkboot',
  // software maintenance
  'install_all_updates', 'geninstall', 'lppchk', 'inutoc', 'bffcreate', 'nimclient', 'updtvpkg', 'suma', 'compare_report', 'niminit', 'mkcd', 'mkdvd', 'savewpar',
  // subsystems, processes, logs
  'lssrc', 'startsrc', 'stopsrc', 'refresh', 'kill', 'lsitab', 'mkitab', 'chitab', 'rmitab', 'errclear', 'errlogger', 'errinstall', 'snap', 'alog', 'crontab', 'at', 'nohup',
  // users and security
  'lsuser', 'mkuser', 'chuser', 'rmuser', 'passwd', 'pwdadm', 'lsgroup', 'mkgroup', 'su', 'chsec', 'lssec',
  // everyday tools
  'vi', 'ed', 'sed', 'awk', 'find', 'tee', 'diff', 'cut', 'tr', 'xargs', 'ln', 'chmod', 'chown', 'chgrp', 'which', 'whence', 'tar', 'cpio', 'pax', 'backup', 'gzip', 'gunzip', 'compress', 'uncompress', 'zcat', 'dd', 'file', 'od', 'strings', 'sum', 'cksum', 'env', 'sleep', 'who', 'w', 'last', 'tty', 'stty', 'mail',
  // clock and misc
  'setclock', 'ntpq', 'ntpdate', 'xntpd', 'bindprocessor', 'chnfs', 'mknfs', 'lslicense', 'chlicense',
];

const NAMES = new Set(UNMODELLED_AIX_COMMANDS);

/** True for an AIX command the trainer knows exists but does not simulate (and has no definition for). */
export function isUnmodelledAixCommand(name: string): boolean {
  return NAMES.has(name) && lookupCommand(name) === null;
}
