// ESLint flat config. Syntax-only (no type-aware rules), so it stays fast.
// The interesting part is the layer table: ARCHITECTURE §2 "from → may import", enforced per folder.
// src/tooling/layers.test.ts proves each rule fires.
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';

// eslint:recommended without adding @eslint/js as a dependency: it is exactly the core rules marked
// `recommended` (that is how @eslint/js builds its own list).
const jsRecommended = {
  name: 'eslint/recommended (from builtinRules)',
  rules: Object.fromEntries(
    [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
  ),
};

// ---- Layer table (ARCHITECTURE §2) ----------------------------------------------------------------
// src:      folders under src/ this layer may import (its own included).
// typesOnly: folders it may import with `import type` only.
// allow:    packages it may import; anything else bare is an error (pure layers + cli).
// deny:     packages it may not import (outer layers, which may otherwise use any library).
// A package name ending in ':' is a prefix (node: modules).
const TEST_PACKAGES = ['vitest', 'fast-check', 'fake-indexeddb', '@xstate/graph', 'node:'];
const LAYERS = {
  core: { src: ['core'], allow: ['xstate'] },
  lessons: { src: ['lessons', 'core'], allow: [] },
  protocol: { src: ['protocol'], typesOnly: ['core'], allow: [] },
  host: { src: ['host', 'core', 'protocol'], deny: ['react', 'react-dom', '@xyflow/react', '@xstate/react'] },
  ui: { src: ['ui', 'protocol', 'core', 'lessons'], deny: ['idb', 'node:'] },
  cli: { src: ['cli', 'core', 'lessons'], allow: ['node:'] },
};
// Layers with no platform: no DOM, timers, clocks or randomness (tsconfig.pure.json is the type-level twin).
const PURE = ['core', 'lessons', 'protocol'];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pkgAlt = (names) => names.map((n) => (n.endsWith(':') ? esc(n) : `${esc(n)}(?:/|$)`)).join('|');
const folderAlt = (names) => `(?:${names.map(esc).join('|')})(?:/|$)`;

// Relative specifiers are plain strings to no-restricted-imports, so where `../` leaves the layer depends on
// how deep the importing file is: from src/core/model/x.ts (depth 1) `../../` reaches src/. Hence one
// config block per depth. Files nested deeper than MAX_DEPTH below a layer folder get only the package rules.
const MAX_DEPTH = 8;

function patterns(layer, depth, { test = false, extraSrc = [] } = {}) {
  const { src, typesOnly = [], allow, deny } = LAYERS[layer];
  const up = `^(?:\\.\\./){${depth + 1}}`; // climbs exactly to src/
  const list = [
    {
      // Anything in src/ (or beyond it) that is not an allowed folder.
      regex: `${up}(?!${folderAlt([...src, ...typesOnly, ...extraSrc])})`,
      message: `src/${layer} may import only ${[...src, ...typesOnly.map((t) => `${t} (types)`)].map((f) => `src/${f}`).join(', ')} (ARCHITECTURE §2).`,
    },
    ...typesOnly.map((t) => ({
      regex: `${up}${folderAlt([t])}`,
      allowTypeImports: true,
      message: `src/${layer} may import src/${t} with \`import type\` only.`,
    })),
  ];
  if (allow) {
    const ok = [...allow, ...(test ? TEST_PACKAGES : [])];
    list.push({
      // Any specifier not starting with '.' (bare packages, '/src/...' root paths) outside the allowlist.
      regex: ok.length ? `^(?!\\.|${pkgAlt(ok)})` : '^(?!\\.)',
      message: `src/${layer} may import only ${ok.length ? ok.join(', ') + ' and ' : ''}relative paths (ARCHITECTURE §2).`,
    });
  } else {
    const no = test ? deny.filter((p) => !TEST_PACKAGES.includes(p)) : deny;
    if (no.length) list.push({ regex: `^(?:${pkgAlt(no)})`, message: `src/${layer} may not import ${no.join(', ')} (ARCHITECTURE §2).` });
    list.push({ regex: '^/', message: 'Use relative imports: root paths bypass the layer rules.' });
  }
  return list;
}

// no-restricted-imports does not look at dynamic import(); this applies the same patterns to it.
const layersPlugin = {
  rules: {
    'no-restricted-dynamic-import': {
      meta: { type: 'problem', schema: false },
      create(context) {
        const list = context.options.map((p) => ({ re: new RegExp(p.regex, 'iu'), message: p.message }));
        return {
          ImportExpression(node) {
            const spec = node.source.type === 'Literal' ? node.source.value : null;
            const hit = typeof spec === 'string' && list.find((p) => p.re.test(spec));
            if (hit) context.report({ node, message: `'${spec}' import is restricted. ${hit.message}` });
          },
        };
      },
    },
  },
};

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const layerBlocks = Object.keys(LAYERS).flatMap((layer) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const glob = `src/${layer}/${'*/'.repeat(depth)}*`;
    const rules = (opts) => {
      const list = patterns(layer, depth, opts);
      return {
        '@typescript-eslint/no-restricted-imports': ['error', { patterns: list }],
        'layers/no-restricted-dynamic-import': ['error', ...list],
      };
    };
    return [
      { name: `layers/${layer}/depth-${depth}`, files: [`${glob}.{ts,tsx}`], ignores: TESTS, rules: rules() },
      { name: `layers/${layer}/depth-${depth}/tests`, files: [`${glob}.test.{ts,tsx}`], rules: rules({ test: true }) },
    ];
  }).flat(),
);

const PURE_MESSAGE = 'The pure core has no clocks, timers, randomness or platform globals: take them from the world/deps.';
const pureBlock = {
  name: 'layers/pure-globals',
  files: PURE.map((l) => `src/${l}/**/*.{ts,tsx}`),
  ignores: TESTS,
  rules: {
    'no-restricted-globals': [
      'error',
      ...[
        'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'requestAnimationFrame',
        'queueMicrotask', 'window', 'document', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage',
        'performance', 'fetch', 'Worker', 'self', 'globalThis', 'process', 'crypto',
      ].map((name) => ({ name, message: PURE_MESSAGE })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: PURE_MESSAGE },
      { object: 'Math', property: 'random', message: PURE_MESSAGE },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: PURE_MESSAGE },
      { selector: "CallExpression[callee.name='Date']", message: PURE_MESSAGE },
    ],
  },
};

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', 'e2e/lint-fixtures/']),
  jsRecommended,
  tseslint.configs.recommended,
  {
    name: 'project/modest',
    plugins: { layers: layersPlugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      // New in ESLint 10's recommended set; flags `let x = null; try { x = await f() } ...`: a smell, not a bug.
      'no-useless-assignment': 'warn',
      // `cond ? f() : g()` and `a && f()` as statements are a style choice; bare `x.y;` is still an error.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Same convention as tsc's noUnusedLocals/noUnusedParameters: a leading _ marks "unused on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // eslint.config.js, scripts/*.mjs: node ESM.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...layerBlocks,
  pureBlock,
  {
    // The documented in-page fallback (worker cannot start): the one UI file that may load src/host,
    // and only lazily, so the host stays out of the main bundle. Static imports stay forbidden.
    name: 'layers/ui/in-page-host',
    files: ['src/ui/sim/inPageHost.ts'],
    rules: { 'layers/no-restricted-dynamic-import': ['error', ...patterns('ui', 1, { extraSrc: ['host'] })] },
  },
]);
