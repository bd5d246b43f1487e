// Proves the pure program (tsconfig.pure.json, run by `npm run typecheck`) rejects React in src/core: a
// file is type-checked as if it lived at the given path, with the project's real compiler options.
// (layers.test.ts proves the lint side: eslint's no-restricted-imports.)
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function pureOptions(): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.pure.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath).options;
}

/** Error messages of the pure program when `code` is the file at `rel` (beside the pure globals). */
function pureErrors(rel: string, code: string): string[] {
  const file = path.join(root, rel);
  const options = pureOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === file ? code : readFile(f));
  host.fileExists = (f) => path.resolve(f) === file || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    path.resolve(f) === file ? ts.createSourceFile(f, code, lang, true) : getSourceFile(f, lang, ...rest);
  const program = ts.createProgram([file, path.join(root, 'types/pure-globals.d.ts')], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

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
