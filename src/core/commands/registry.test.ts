// Adding a command is one file, one test file, one registry line: every command file here exports a
// command named after the file, registered in registry.ts, with <name>.test.ts beside it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allCommands, type AnyCommand } from './registry.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir);
/** Files here that are not commands. */
const NOT_COMMANDS = ['list.ts', 'registry.ts', 'types.ts'];
const commandFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_COMMANDS.includes(f));


function isCommand(value: unknown): value is AnyCommand {
  return typeof value === 'object' && value !== null && 'name' in value && 'parse' in value && 'run' in value;
}

/** Command files (names) with no <name>.test.ts among `names`. */
export function untested(names: string[], commands: string[]): string[] {
  return commands.filter((f) => !names.includes(f.replace(/\.ts$/, '.test.ts')));
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

  it('every command file has its own test file', () => {
    expect(untested(files, commandFiles)).toEqual([]);
  });

  it('a command file without its test file is caught', () => {
    expect(untested(files.filter((f) => f !== 'lspv.test.ts'), commandFiles)).toEqual(['lspv.ts']);
  });
});
