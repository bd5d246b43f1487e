// Proves the programs `npm run typecheck` runs reject what does not belong in a layer: React (and the DOM)
// in src/core under tsconfig.pure.json, `document` and `window` in src/host under src/host/tsconfig.json
// (a web worker has neither). A file is type-checked as if it lived at the given path, with the
// project's real compiler options. (layers.test.ts proves the lint side.)
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function optionsOf(config: string): ts.CompilerOptions {
  const configPath = path.join(root, config);
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath).options;
}

/** Error messages of the program of `config` when `code` is the file at `rel` (beside `extra` files). */
function programErrors(config: string, rel: string, code: string, extra: string[] = []): string[] {
  const file = path.join(root, rel);
  const options = optionsOf(config);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === file ? code : readFile(f));
  host.fileExists = (f) => path.resolve(f) === file || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    path.resolve(f) === file ? ts.createSourceFile(f, code, lang, true) : getSourceFile(f, lang, ...rest);
  const program = ts.createProgram([file, ...extra.map((f) => path.join(root, f))], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const pureErrors = (rel: string, code: string) => programErrors('tsconfig.pure.json', rel, code, ['types/pure-globals.d.ts']);
const hostErrors = (rel: string, code: string) => programErrors('src/host/tsconfig.json', rel, code);

describe('the pure program', () => {
  it.each([
    ['src/core/model/bad.ts', "import React from 'react';\nexport const x = React;"],
    ['src/core/model/bad.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['src/core/model/bad.ts', "import * as React from 'react';\nexport const x = React;"],
    ['src/core/model/bad.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;"],
    ['src/lessons/bad.ts', "import 'react';"],
    ['src/core/model/bad.tsx', 'export const x = <div />;'],
    ['src/core/model/bad.ts', 'export const t = document.title;'],
  ])('%s rejects %j', (rel, code) => {
    const errors = pureErrors(rel, code);
    expect(errors).not.toEqual([]);
    // React is refused by the file tsconfig.pure.json maps it to (types/react-in-pure-layers.ts).
    if (code.includes('react')) expect(errors.join('\n')).toContain("is not assignable to type 'never'");
  });

  it('accepts pure code at the same place', () => {
    expect(pureErrors('src/core/model/good.ts', "import type { World } from './types.ts';\nexport const f = (w: World) => structuredClone(w);")).toEqual([]);
  });
});

describe('the host program (a web worker)', () => {
  it.each([
    ['export const t = document.title;', "Cannot find name 'document'"],
    ['document.title = "x";\nexport {};', "Cannot find name 'document'"],
    ['export const w = window;', "Cannot find name 'window'"],
    ['export const h = window.location.href;', "Cannot find name 'window'"],
  ])('src/host rejects %j', (code, message) => {
    expect(hostErrors('src/host/bad.ts', code).join('\n')).toContain(message);
  });

  it('accepts what a worker has at the same place', () => {
    expect(hostErrors('src/host/good.ts', "export const f = (m: unknown) => self.postMessage(m);\nexport const l = navigator.locks;")).toEqual([]);
  });
});

it('npm run typecheck runs both programs', () => {
  const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts.typecheck).toContain('tsc -p tsconfig.pure.json');
  expect(scripts.typecheck).toContain('tsc -p src/host/tsconfig.json');
});
