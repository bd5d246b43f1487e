// smitty — the System Management Interface Tool on a terminal (REFERENCE §2.30, §11.5). The command
// prints nothing: it emits a 'smit' event and the page draws the panel over the terminal. What the panel
// runs (Enter=Do) comes back through the console as the command line F6 shows, like a typed line.
import { findPanel } from '../smit/panels.ts';
import { smitMessages } from '../smit/messages.ts';
import { defineCommand, ok, usage, type CommandDef } from './types.ts';

export interface SmitArgs {
  panel: string;
  note: string | null;
}

/** smitty and smit (on an ASCII console smit is smitty) share everything but the name. */
export function smitCommand(name: 'smitty' | 'smit'): CommandDef<SmitArgs> {
  return defineCommand<SmitArgs>({
    name,
    synopsis: `Usage: ${name} [-C] [FastPath]`,
    summary: name === 'smitty' ? 'Opens SMIT, the menu-driven System Management Interface Tool.' : 'SMIT (on this ASCII console the same as smitty).',
    manual: `${name} — SMIT, the menu and dialog screens that build AIX commands for you.

  ${name} alt_clone      Clone the rootvg to an Alternate Disk (builds alt_disk_copy)
  ${name} alt_mksysb     Install mksysb on an Alternate Disk (builds alt_disk_mksysb)
  ${name} alt_install    the Alternate Disk Installation menu
  ${name}                here: the same menu (other SMIT menus are not simulated)

The panel replaces the terminal. Move between fields with the arrow keys; type into [entry] fields;
Tab steps through a field's fixed values; F4 lists the choices (target disks are the disks whose volume
group is None), F6 shows the command the panel will run, Enter runs it and shows COMMAND STATUS.
F3 goes back one screen, F10 leaves SMIT. Without function keys, press Esc and then the digit (Esc 4 is
F4, Esc 0 is F10), as smitty allows on any terminal; each key also has a button.

The command runs exactly as if typed at the prompt (same output, same history). Only the fields that
differ from their defaults become flags. Labels other than Target Disk(s) to install, Bundle to
Install, Directory or Device with images, Customization script and Device or image name were not
checked against a real AIX screen. F1 help texts are the trainer's; F7 (Edit), F8 (Image), F9 (Shell),
/ (Find), smit.log and smit.script are not simulated.`,
    // getopt's complaint alone; every flag but -C is unmodelled.
    flags: { spec: 'CDfhl:Mo:s:tvxX', usage: '', onlySimulated: 'C' },
    parse(o) {
      const operands = o.operands;
      if (operands.length > 1) return usage(smitMessages.oneFastPath(name));
      if (operands.length === 0) return ok({ panel: 'alt_install', note: smitMessages.onlyAltMenus });
      if (!findPanel(operands[0])) return usage(smitMessages.unknownFastPath(name, operands[0]));
      return ok({ panel: operands[0], note: null });
    },
    run(ctx, a) {
      ctx.event(a.note ? { type: 'smit', panel: a.panel, note: a.note } : { type: 'smit', panel: a.panel });
      return 0;
    },
  });
}

export const smitty = smitCommand('smitty');
