// src/host/tsconfig.json checks the host with the WebWorker library and no DOM: window-only names in
// src/host are type errors there (issue 11). Proven on a fixture file compiled with that config.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const hostDir = fileURLToPath(new URL('.', import.meta.url));
/** Parsed library and project files, shared by the programs below (parsing lib.*.d.ts is the slow part). */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();
/** Generous: tsc on a busy 2-core machine (no test depends on wall-clock speed). */
const TIMEOUT_MS = 60_000;

/** The messages tsc gives `code` as if it were src/host/fixture.ts, under src/host/tsconfig.json. */
function diagnostics(code: string): string[] {
  const configPath = ts.findConfigFile(hostDir, ts.sys.fileExists, 'tsconfig.json')!;
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, hostDir, undefined, configPath);
  const fixture = `${hostDir}fixture.ts`;
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === fixture ? code : readFile(f));
  host.fileExists = (f) => f === fixture || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) => {
    if (f === fixture) return ts.createSourceFile(f, code, lang);
    if (!parsedFiles.has(f)) parsedFiles.set(f, getSourceFile(f, lang, ...rest));
    return parsedFiles.get(f);
  };
  const program = ts.createProgram({ rootNames: [fixture], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('src/host/tsconfig.json (WebWorker, no DOM)', () => {
  it('is the config file npm run typecheck runs', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.typecheck).toContain('tsc -p src/host/tsconfig.json');
  });

  it.each([
    ['document.title', 'export const t = document.title;', /Cannot find name 'document'/],
    ['window', 'export const w = window.location.href;', /Cannot find name 'window'/],
    ['localStorage', "export const s = localStorage.getItem('x');", /Cannot find name 'localStorage'/],
  ])('%s is a type error', (_what, code, message) => {
    expect(diagnostics(code).join('\n')).toMatch(message);
  }, TIMEOUT_MS);

  it('worker globals, IndexedDB and Web Locks type-check', () => {
    const code = [
      'export const a: IDBFactory = indexedDB;',
      'export const l: LockManager = navigator.locks;',
      'export const p = (m: unknown) => self.postMessage(m);',
      'export const c = structuredClone({ a: 1 });',
    ].join('\n');
    expect(diagnostics(code)).toEqual([]);
  }, TIMEOUT_MS);
});
