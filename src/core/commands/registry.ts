// Every command the console understands, by name. Completion, help and man read this table.
// Built on first use, so help/man (which list the table) can import it without an import cycle.
import type { CommandDef } from './types.ts';
import { alt_disk_copy } from './alt_disk_copy.ts';
import { alt_disk_install } from './alt_disk_install.ts';
import { alt_disk_mksysb } from './alt_disk_mksysb.ts';
import { alt_rootvg_op } from './alt_rootvg_op.ts';
import { bootlist } from './bootlist.ts';
import { clear } from './clear.ts';
import { echo } from './echo.ts';
import { help } from './help.ts';
import { history } from './history.ts';
import { lspv } from './lspv.ts';
import { lsvg } from './lsvg.ts';
import { man } from './man.ts';
import { oslevel } from './oslevel.ts';
import { reset } from './reset.ts';
import { redo } from './redo.ts';
import { undo } from './undo.ts';
import { restore } from './restore.ts';
import { smit } from './smit.ts';
import { smitty } from './smitty.ts';
import { cat } from './cat.ts';
import { cd } from './cd.ts';
import { cp } from './cp.ts';
import { date } from './date.ts';
import { exportCmd } from './export.ts';
import { falseCmd } from './false.ts';
import { grep } from './grep.ts';
import { head } from './head.ts';
import { hostname } from './hostname.ts';
import { id } from './id.ts';
import { ls } from './ls.ts';
import { mkdir } from './mkdir.ts';
import { more } from './more.ts';
import { mv } from './mv.ts';
import { pg } from './pg.ts';
import { ps } from './ps.ts';
import { pwd } from './pwd.ts';
import { rm } from './rm.ts';
import { sort } from './sort.ts';
import { tail } from './tail.ts';
import { touch } from './touch.ts';
import { trueCmd } from './true.ts';
import { uname } from './uname.ts';
import { unset } from './unset.ts';
import { uptime } from './uptime.ts';
import { wc } from './wc.ts';
import { whoami } from './whoami.ts';
// LVM, devices and file systems
import { cfgmgr } from './cfgmgr.ts';
import { chdev } from './chdev.ts';
import { chpv } from './chpv.ts';
import { df } from './df.ts';
import { exportvg } from './exportvg.ts';
import { extendvg } from './extendvg.ts';
import { getlvodm } from './getlvodm.ts';
import { importvg } from './importvg.ts';
import { ipl_varyon } from './ipl_varyon.ts';
import { lqueryvg } from './lqueryvg.ts';
import { lquerypv } from './lquerypv.ts';
import { lsattr } from './lsattr.ts';
import { lscfg } from './lscfg.ts';
import { lsdev } from './lsdev.ts';
import { lsfs } from './lsfs.ts';
import { lslv } from './lslv.ts';
import { lsmksysb } from './lsmksysb.ts';
import { lspath } from './lspath.ts';
import { lsps } from './lsps.ts';
import { mirrorvg } from './mirrorvg.ts';
import { mkvg } from './mkvg.ts';
import { mount } from './mount.ts';
import { odmget } from './odmget.ts';
import { redefinevg } from './redefinevg.ts';
import { reducevg } from './reducevg.ts';
import { rmdev } from './rmdev.ts';
import { synclvodm } from './synclvodm.ts';
import { umount } from './umount.ts';
import { unmirrorvg } from './unmirrorvg.ts';
import { varyoffvg } from './varyoffvg.ts';
import { varyonvg } from './varyonvg.ts';
// Boot and system
import { bootinfo } from './bootinfo.ts';
import { bosboot } from './bosboot.ts';
import { emgr } from './emgr.ts';
import { errpt } from './errpt.ts';
import { getconf } from './getconf.ts';
import { installp } from './installp.ts';
import { instfix } from './instfix.ts';
import { lab } from './lab.ts';
import { lslpp } from './lslpp.ts';
import { mksysb } from './mksysb.ts';
import { prtconf } from './prtconf.ts';
import { reboot } from './reboot.ts';
import { savebase } from './savebase.ts';
import { shutdown } from './shutdown.ts';
import { sysdumpdev } from './sysdumpdev.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own parsed type
export type AnyCommand = CommandDef<any>;

let table: Record<string, AnyCommand> | null = null;

export function allCommands(): Record<string, AnyCommand> {
  table ??= Object.fromEntries(
    ([alt_disk_copy, alt_disk_mksysb, alt_rootvg_op, bootlist, clear, echo, help, history, lspv, lsvg, man, oslevel, reset, restore,
      cat, cd, cp, date, exportCmd, falseCmd, grep, head, hostname, id, ls, mkdir, more, mv, pg, ps, pwd, rm, sort, tail, touch, trueCmd, uname, unset, uptime, wc, whoami,
      cfgmgr, chdev, chpv, df, exportvg, extendvg, getlvodm, importvg, ipl_varyon, lqueryvg, lquerypv, lsattr, lscfg, lsdev, lsfs, lslv, lsmksysb, lspath, lsps, mirrorvg, mkvg, mount, odmget, redefinevg, reducevg, rmdev, synclvodm, umount, unmirrorvg, varyoffvg, varyonvg,
      bootinfo, bosboot, emgr, errpt, getconf, installp, instfix, lab, lslpp, mksysb, prtconf, reboot, savebase, shutdown, sysdumpdev,
      alt_disk_install, smit, smitty, undo, redo] as AnyCommand[]).map((c) => [c.name, c]),
  );
  return table;
}

export function lookupCommand(name: string): AnyCommand | null {
  const t = allCommands();
  return Object.prototype.hasOwnProperty.call(t, name) ? t[name] : null;
}
