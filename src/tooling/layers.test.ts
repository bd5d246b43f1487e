// Proves the layer rules of ARCHITECTURE §2 (eslint.config.js) fire: code strings are linted as if they
// lived at the given paths (the files need not exist), with the project's real config.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd });
});

/** Ids of the error-level rules `code` breaks at `filePath` (warnings ignored). */
async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
const DYNAMIC = 'layers/no-restricted-dynamic-import';

describe('src/core is pure', () => {
  const at = 'src/core/model/bad.ts';

  it.each([
    ["import React from 'react';\nexport const x = React;", IMPORTS],
    ["import { openDB } from 'idb';\nexport const x = openDB;", IMPORTS],
    ["import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;", IMPORTS],
    ["import { x } from '../../ui/x.ts';\nexport const y = x;", IMPORTS],
    ["import { x } from '../../host/simHost.ts';\nexport const y = x;", IMPORTS],
    ["import { x } from '../../lessons/first.ts';\nexport const y = x;", IMPORTS],
    ["import type { X } from '../../protocol/index.ts';\nexport type Y = X;", IMPORTS],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", IMPORTS],
    ["import fc from 'fast-check';\nexport const x = fc;", IMPORTS],
    ["export { x } from '../../ui/x.ts';", IMPORTS],
    ["export const load = () => import('react');", DYNAMIC],
    ["export const load = () => import('../../host/simHost.ts');", DYNAMIC],
    ['export const t = Date.now();', 'no-restricted-properties'],
    ['export const r = Math.random();', 'no-restricted-properties'],
    ['export const d = new Date();', 'no-restricted-syntax'],
    ['setTimeout(() => {}, 10);', 'no-restricted-globals'],
    ['export const t = document.title;', 'no-restricted-globals'],
    ['export const w = window;', 'no-restricted-globals'],
    ['export const db = indexedDB;', 'no-restricted-globals'],
    ['export const g = globalThis;', 'no-restricted-globals'],
    ['export const e = process.env;', 'no-restricted-globals'],
  ])('rejects %j', async (code, rule) => {
    expect(await errors(at, code)).toContain(rule);
  });

  it('accepts core, xstate and deterministic code', async () => {
    const code = [
      "import { setup } from 'xstate';",
      "import type { World } from '../model/types.ts';",
      "import { lvm } from '../engine/lvm.ts';",
      "import { checker } from '../lessons/checker.ts'; // core/lessons, not src/lessons",
      'export const m = setup({});',
      'export const f = (w: World, clock: { now(): number }) => [w, clock.now(), lvm, checker];',
    ].join('\n');
    expect(await errors(at, code)).toEqual([]);
    expect(await errors('src/core/x.ts', "import { a } from './model/a.ts';\nexport const b = a;")).toEqual([]);
    expect(await errors('src/core/engine/deep/x.ts', "import { a } from '../../model/a.ts';\nexport const b = a;")).toEqual([]);
  });

  it('lets core tests use vitest, fast-check, node: and timers', async () => {
    const code = [
      "import { it } from 'vitest';",
      "import fc from 'fast-check';",
      "import { readFileSync } from 'node:fs';",
      'it("x", () => { setTimeout(() => {}, 1); void [fc, readFileSync, Date.now()]; });',
    ].join('\n');
    expect(await errors('src/core/model/bad.test.ts', code)).toEqual([]);
    // ...but still not the outer layers.
    expect(await errors('src/core/model/bad.test.ts', "import 'react';")).toContain(IMPORTS);
  });
});

describe('other layers', () => {
  it.each([
    ['src/ui/sim/store.ts', "import { openDB } from 'idb';\nexport const x = openDB;"],
    ['src/ui/sim/store.ts', "import { x } from '../../host/simHost.ts';\nexport const y = x;"],
    ['src/ui/sim/store.ts', "export const load = () => import('../../host/simHost.ts');"],
    ['src/ui/sim/inPageHost.ts', "import { x } from '../../host/simHost.ts';\nexport const y = x;"],
    ['src/ui/sim/inPageHost.ts', "export const load = () => import('idb');"],
    ['src/host/simHost.ts', "import React from 'react';\nexport const x = React;"],
    ['src/host/simHost.ts', "import { x } from '../ui/x.ts';\nexport const y = x;"],
    ['src/lessons/first.ts', "import { setup } from 'xstate';\nexport const m = setup;"],
    ['src/lessons/first.ts', "import { x } from '../protocol/index.ts';\nexport const y = x;"],
    ['src/protocol/index.ts', "import { createSession } from '../core/session/api.ts';\nexport const s = createSession;"],
    ['src/cli/main.ts', "import { x } from '../host/simHost.ts';\nexport const y = x;"],
    ['src/cli/main.ts', "import React from 'react';\nexport const x = React;"],
  ])('%s rejects %j', async (at, code) => {
    const found = await errors(at, code);
    expect(found.some((r) => r === IMPORTS || r === DYNAMIC)).toBe(true);
  });

  it.each([
    ['src/ui/sim/inPageHost.ts', "export const load = () => import('../../host/simHost.ts');"],
    ['src/ui/diagram/Flow.tsx', "import { ReactFlow } from '@xyflow/react';\nimport { useSyncExternalStore } from 'react';\nimport type { SimSnapshot } from '../../protocol/index.ts';\nimport { hosts } from '../../core/model/select.ts';\nimport { first } from '../../lessons/first.ts';\nexport const x = [ReactFlow, useSyncExternalStore, hosts, first] as const;\nexport type S = SimSnapshot;"],
    ['src/host/persistence/db.ts', "import { openDB } from 'idb';\nimport type { HostError } from '../../protocol/index.ts';\nimport { createSession } from '../../core/session/api.ts';\nexport const x = [openDB, createSession];\nexport type E = HostError;"],
    ['src/lessons/first.ts', "import type { Lesson } from '../core/lessons/types.ts';\nimport { hosts } from '../core/model/select.ts';\nexport const l = hosts as unknown as Lesson;"],
    ['src/protocol/index.ts', "import type { World } from '../core/model/types.ts';\nexport type { SimSnapshot } from '../core/session/snapshot.ts';\nexport type W = World;"],
    ['src/cli/main.ts', "import { readFileSync } from 'node:fs';\nimport { createSession } from '../core/session/api.ts';\nimport { first } from '../lessons/first.ts';\nexport const x = [readFileSync, createSession, first];"],
  ])('%s accepts its allowed imports', async (at, code) => {
    expect(await errors(at, code)).toEqual([]);
  });
});
