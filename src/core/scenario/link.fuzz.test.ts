// BUDGETS S1/S3: generated hostile links. Every input is either accepted as a valid payload or refused
// with a typed, readable error; nothing throws (the unguarded decoder is used, so the last-resort
// try/catch of decodeLink hides nothing), and Object.prototype is the same after the whole corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENARIOS } from './builtins.ts';
import { base64urlEncode, lzEncode, utf8Encode } from './linkBytes.ts';
import { decodeLinkUnguarded, encodeLink, type LinkErrorCode, type LinkPayload } from './link.ts';

export const FUZZ_RUNS = {
  strings: 2500,
  bytes: 1500,
  mutated: 2500,
  json: 1500,
  labLike: 1500,
  nesting: 300,
  hugeArrays: 100,
  lzStreams: 500,
  valid: 500,
} as const;

// 'unknown-lesson' is not here: it needs an isLesson option (the page's), which this corpus does not pass.
const CODES: LinkErrorCode[] = ['too-long', 'not-base64', 'not-json', 'bad-shape', 'unknown-version', 'unknown-scenario', 'too-many-steps', 'step-too-long', 'forbidden-key'];
const SCENARIO_IDS = SCENARIOS.map((s) => s.id);

let decoded = 0;
const outcomes = new Map<string, number>();

/** The S1 rule for one input: ok with a payload that round-trips, or a typed error in words. */
function check(text: unknown): void {
  let r: ReturnType<typeof decodeLinkUnguarded>;
  try {
    r = decodeLinkUnguarded(text);
  } catch (err) {
    throw new Error(`decodeLink threw on ${JSON.stringify(String(text).slice(0, 200))}: ${String(err)}`, { cause: err });
  }
  decoded++;
  const key = r.ok ? 'ok' : r.error.code;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  if (r.ok) {
    expect(SCENARIO_IDS).toContain(r.value.scenario);
    const again = encodeLink(r.value);
    // A valid payload the encoder refuses can only be one too long for a link it would write.
    if (again.ok) expect(decodeLinkUnguarded(again.value)).toEqual(r);
    else expect(again.error.code).toBe('too-long');
  } else {
    expect(CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(10);
    expect(r.error.message.length).toBeLessThan(300);
  }
}

const j = (json: string) => 'j' + base64urlEncode(utf8Encode(json));
const z = (json: string) => 'z' + base64urlEncode(lzEncode(utf8Encode(json)));
const wrap = fc.constantFrom(j, z);

const lineArb = fc.oneof(
  fc.constantFrom('lspv', 'bootlist -m normal -o', 'alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'y', 'n', '', '5', 'reset', '<img src=x onerror=alert(1)>'),
  fc.string({ maxLength: 40 }),
);
const validPayload: fc.Arbitrary<LinkPayload> = fc
  .record({
    scenario: fc.constantFrom(...SCENARIO_IDS),
    steps: fc.array(lineArb.filter((s) => !s.includes('\n') && !s.includes('\r') && !s.includes('\u0000')), { maxLength: 30 }),
    speed: fc.option(fc.constantFrom('instant' as const, '1x' as const, '10x' as const), { nil: undefined }),
  })
  .map(({ scenario, steps, speed }) => {
    const p: LinkPayload = { version: 1, scenario, steps };
    if (speed) p.speed = speed;
    return p;
  });
const validLink = validPayload.map((p) => {
  const r = encodeLink(p);
  if (!r.ok) throw new Error('a small valid payload must encode');
  return r.value;
});

/** Damage done to a valid link: flipped, dropped, inserted or swapped characters, cuts, repeats. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), ch: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 40 }) }),
  fc.record({ kind: fc.constant('marker' as const), ch: fc.constantFrom('j', 'z', 'x', '', '#', 's=') }),
);
type Mutation = { kind: string; at?: number; ch?: string; len?: number; text?: string; times?: number };
function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? (m.at ?? 0) % (t.length + 1) : 0;
    switch (m.kind) {
      case 'flip':
        t = t.slice(0, at) + m.ch + t.slice(at + 1);
        break;
      case 'drop':
        t = t.slice(0, at) + t.slice(at + (m.len ?? 1));
        break;
      case 'insert':
        t = t.slice(0, at) + m.text + t.slice(at);
        break;
      case 'truncate':
        t = t.slice(0, at);
        break;
      case 'repeat':
        t = t.repeat(m.times ?? 2);
        break;
      case 'marker':
        t = (m.ch ?? '') + t.slice(1);
        break;
    }
  }
  return t;
}

/** JSON text of a lab-like object whose fields are each sometimes right, sometimes hostile. */
const labLikeJson = fc
  .record({
    version: fc.oneof(fc.constant('1'), fc.constant('1.0'), fc.integer().map(String), fc.constant('"1"'), fc.constant('null'), fc.double().map((d) => (Number.isFinite(d) ? String(d) : '0'))),
    scenario: fc.oneof(fc.constantFrom(...SCENARIO_IDS), fc.string({ maxLength: 30 }), fc.constant('toString'), fc.constant('__proto__')).map((s) => JSON.stringify(s)),
    steps: fc.oneof(
      fc.array(lineArb, { maxLength: 20 }).map((a) => JSON.stringify(a)),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.integer({ min: 0, max: 3000 }).map((n) => JSON.stringify(Array(n).fill('lspv'))),
      fc.integer({ min: 990, max: 1010 }).map((n) => JSON.stringify(['x'.repeat(n)])),
    ),
    cuts: fc.option(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), { nil: undefined }),
    extraKey: fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'note', '\\u005f_proto__'), { nil: undefined }),
    extraValue: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    order: fc.boolean(),
  })
  .map((f) => {
    const parts = [`"version":${f.version}`, `"scenario":${f.scenario}`, `"steps":${f.steps}`];
    if (f.cuts !== undefined) parts.push(`"cuts":${f.cuts}`);
    if (f.extraKey !== undefined) parts[f.order ? 'push' : 'unshift'](`"${f.extraKey}":${f.extraValue}`);
    return `{${parts.join(',')}}`;
  });

describe('generated hostile links (S1, S3)', () => {
  let protoBefore: string[];
  beforeAll(() => {
    protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterAll(() => {
    // S3: the whole corpus changed nothing in Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const total = Object.values(FUZZ_RUNS).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(decoded).toBeGreaterThanOrEqual(total);
    // Every kind of outcome shows up: the corpus really reaches each check.
    for (const code of ['ok', ...CODES]) expect(outcomes.get(code) ?? 0, code).toBeGreaterThan(0);
    if (process.env.LINK_FUZZ_REPORT) console.log(decoded, Object.fromEntries(outcomes));
  });

  it('random strings (any unicode, any length)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 20_000 }), fc.stringMatching(/^[jz][A-Za-z0-9_-]{0,300}$/)), check),
      { numRuns: FUZZ_RUNS.strings },
    );
  });

  it('valid links (accepted, and they round-trip)', () => {
    fc.assert(fc.property(validLink, check), { numRuns: FUZZ_RUNS.valid });
  });

  it('random bytes as plain and compressed links', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('j', 'z'), (bytes, marker) => check(marker + base64urlEncode(bytes))),
      { numRuns: FUZZ_RUNS.bytes },
    );
  });

  it('mutated valid links', () => {
    fc.assert(
      fc.property(validLink, fc.array(mutation, { minLength: 1, maxLength: 4 }), (link, ms) => check(mutate(link, ms))),
      { numRuns: FUZZ_RUNS.mutated },
    );
  });

  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), wrap, (v, w) => check(w(JSON.stringify(v)))), { numRuns: FUZZ_RUNS.json });
  });

  it('lab-like records with hostile fields (__proto__/constructor keys, wrong types, unknown versions, huge steps)', () => {
    fc.assert(fc.property(labLikeJson, wrap, (json, w) => check(w(json))), { numRuns: FUZZ_RUNS.labLike });
  });

  it('deep nesting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('[', '{"a":'), fc.boolean(), wrap, (depth, open, closed, w) => {
        const close = open === '[' ? ']' : '}';
        const inner = open === '[' ? '' : '1';
        check(w(open.repeat(depth) + inner + (closed ? close.repeat(depth) : '')));
      }),
      { numRuns: FUZZ_RUNS.nesting },
    );
  });

  it('huge arrays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 80_000 }), fc.constantFrom('""', '0', 'null', '"lspv"', '[]'), (n, item) => {
        check(z(`{"version":1,"scenario":"reference-lab","steps":[${Array(n).fill(item).join(',')}]}`));
      }),
      { numRuns: FUZZ_RUNS.hugeArrays },
    );
  });

  it('random LZ token streams (bombs, bad distances, cut tokens)', () => {
    const token = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 8 }).map((lit) => [lit.length - 1, ...lit]),
      fc.tuple(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 0, max: 70_000 })).map(([len, dist]) => {
        const out = [0x80 | len];
        let d = dist;
        while (d >= 0x80) {
          out.push(0x80 | (d & 0x7f));
          d >>>= 7;
        }
        out.push(d);
        return out;
      }),
      fc.constant([0xff, 1]),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6000 }), (tokens) => check('z' + base64urlEncode(Uint8Array.from(tokens.flat().slice(0, 12_000))))),
      { numRuns: FUZZ_RUNS.lzStreams },
    );
  });
});
