// Adding a command is one file, one test file, one registry line: every command file here exports a
// command named after the file, registered in registry.ts, with <name>.test.ts beside it. Commands
// written before that rule are tested in shared files (SHARED_TESTS); the list may only shrink.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allCommands, type AnyCommand } from './registry.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir);
/** Files here that are not commands. */
const NOT_COMMANDS = ['registry.ts', 'types.ts'];
const commandFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_COMMANDS.includes(f));

/** Older commands tested together with their neighbours, and the file that tests each (relative to this folder). */
const SHARED_TESTS: Record<string, string> = {
  varyoffvg: 'varyonvg.test.ts', synclvodm: 'redefinevg.test.ts', unmirrorvg: 'mirrorvg.test.ts',
  extendvg: 'mkvg.test.ts', reducevg: 'mkvg.test.ts', umount: 'mount.test.ts', lsfs: 'mount.test.ts', df: 'mount.test.ts',
  lspv: 'alt_disk_copy.test.ts', lsvg: 'alt_disk_copy.test.ts', bootlist: 'alt_disk_copy.test.ts',
  cfgmgr: 'rmdev.test.ts', chdev: 'rmdev.test.ts', smit: 'smitty.test.ts', man: 'help.test.ts',
};

function isCommand(value: unknown): value is AnyCommand {
  return typeof value === 'object' && value !== null && 'name' in value && 'parse' in value && 'run' in value;
}

/** File names whose exported command is missing from the table (or is another object than the table's). */
export function unregistered(modules: Record<string, Record<string, unknown>>, table: Record<string, AnyCommand>): string[] {
  return Object.entries(modules)
    .filter(([file, exports]) => {
      const name = file.replace(/\.ts$/, '');
      const defs = Object.values(exports).filter(isCommand);
      return defs.length !== 1 || defs[0].name !== name || table[name] !== defs[0];
    })
    .map(([file]) => file);
}

describe('the command registry', async () => {
  const modules: Record<string, Record<string, unknown>> = {};
  for (const f of commandFiles) modules[f] = (await import(`./${f}`)) as Record<string, unknown>;

  it('every command file exports one command named after it, and registry.ts lists it', () => {
    expect(unregistered(modules, allCommands())).toEqual([]);
    expect(Object.keys(allCommands()).sort()).toEqual(commandFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('a command file without its registry line is caught', () => {
    const { lspv: _dropped, ...table } = allCommands();
    expect(unregistered(modules, table)).toEqual(['lspv.ts']);
  });

  it('every command has its own test file, or is named in the shared test file listed for it', () => {
    const missing = commandFiles
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((name) => {
        if (files.includes(`${name}.test.ts`)) return false;
        const shared = SHARED_TESTS[name];
        return !shared || !new RegExp(`\\b${name}\\b`).test(readFileSync(dir + shared, 'utf8'));
      });
    expect(missing).toEqual([]);
  });

  it('the shared list only shrinks: a command with its own test file leaves it', () => {
    expect(Object.keys(SHARED_TESTS).filter((name) => files.includes(`${name}.test.ts`))).toEqual([]);
    expect(Object.keys(SHARED_TESTS).length).toBeLessThanOrEqual(15);
  });
});
