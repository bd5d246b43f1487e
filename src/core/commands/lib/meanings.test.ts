// One source for man, completion and the explainer: the flags a command declares carry their meanings.
// Fails when a declared flag of a state-changing (or listed) command has no meaning, or when a meaning
// names a flag the command does not have (never invent a flag).
import { describe, expect, it } from 'vitest';
import { allCommands, lookupCommand } from '../registry.ts';
import { specFlags } from './flags.ts';

/** Commands that change the lab, and the listing commands the lessons lean on: every flag explained. */
const EXPLAINED = [
  'alt_disk_copy', 'alt_disk_mksysb', 'alt_rootvg_op', 'bootlist', 'bosboot', 'reboot', 'varyonvg', 'varyoffvg',
  'importvg', 'redefinevg', 'synclvodm', 'mirrorvg', 'unmirrorvg', 'chpv', 'installp', 'emgr', 'mksysb', 'lsvg', 'lspv',
  'shutdown', 'exportvg', 'alt_disk_install', 'mkvg', 'extendvg', 'reducevg', 'chdev', 'rmdev', 'cfgmgr', 'mount', 'umount',
  'savebase', 'cp', 'mv', 'rm', 'mkdir', 'touch', 'multibos', 'nimadm', 'nim', 'lsnim',
];
describe('flag meanings', () => {
  it.each(EXPLAINED)('%s: every declared flag has a meaning', (name) => {
    const decl = lookupCommand(name)?.flags;
    expect(decl, `${name} declares its flags`).toBeDefined();
    const missing = specFlags(decl!.spec).filter(({ flag }) => !decl!.meanings?.[flag]).map(({ flag }) => `-${flag}`);
    expect(missing).toEqual([]);
  });

  it('no command describes a flag it does not declare; a flag that takes a value names its argument', () => {
    const problems: string[] = [];
    for (const def of Object.values(allCommands())) {
      const decl = def.flags;
      if (!decl?.meanings) continue;
      const flags = new Map(specFlags(decl.spec).map((f) => [f.flag, f.takesArg]));
      for (const [flag, meaning] of Object.entries(decl.meanings)) {
        if (!flags.has(flag)) problems.push(`${def.name} -${flag}: not in its getopt spec`);
        else if (flags.get(flag) !== (typeof meaning !== 'string')) problems.push(`${def.name} -${flag}: argument name ${flags.get(flag) ? 'missing' : 'given for a flag without a value'}`);
        const text = typeof meaning === 'string' ? meaning : meaning[1];
        if (text.trim().length < 5) problems.push(`${def.name} -${flag}: empty meaning`);
      }
    }
    expect(problems).toEqual([]);
  });
});
