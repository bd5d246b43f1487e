import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import { base64urlEncode, lzEncode, utf8Encode } from './linkBytes.ts';
import { decodeLink, encodeLink, LINK_LIMITS, replayLink, sessionFromLink, type LinkErrorCode, type LinkPayload } from './link.ts';

const CODES: LinkErrorCode[] = ['too-long', 'not-base64', 'not-json', 'bad-shape', 'unknown-version', 'unknown-scenario', 'too-many-steps', 'step-too-long', 'forbidden-key', 'unknown-lesson'];

/** Link text for any JSON text, plain ('j') or compressed ('z'), bypassing encodeLink's checks. */
const raw = (json: string, format: 'j' | 'z' = 'j') => format + base64urlEncode(format === 'z' ? lzEncode(utf8Encode(json)) : utf8Encode(json));
const rawValue = (value: unknown, format: 'j' | 'z' = 'j') => raw(JSON.stringify(value), format);
const lab = (steps: string[], extra: Record<string, unknown> = {}) => ({ version: 1, scenario: 'reference-lab', steps, ...extra });

function errorOf(text: unknown): LinkErrorCode | 'ok' {
  const r = decodeLink(text);
  return r.ok ? 'ok' : r.error.code;
}

/** The tutorial's path: clone, wake, look, sleep; answers included. */
const TUTORIAL = [
  'lspv',
  'bootlist -m normal -o',
  'alt_disk_copy -d hdisk1',
  'lspv',
  'alt_rootvg_op -W -d hdisk1',
  'lsvg -l altinst_rootvg',
  'df',
  '',
  'alt_rootvg_op -S -d hdisk1',
  'bootlist -m normal -o',
  'oslevel -s',
  'reset',
  'n',
  'lspv',
];

describe('encodeLink / decodeLink', () => {
  it('round-trips a payload (steps with answers, blank lines, unicode, quotes, cuts, speed)', () => {
    const payload: LinkPayload = {
      version: 1,
      scenario: 'mirrored-lab',
      steps: [...TUTORIAL, 'echo "héllo wörld 💾" \'x\'', '   ', 'y'],
      cuts: [[2, 120_000]],
      speed: '10x',
    };
    const text = encodeLink(payload);
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(text.value).toMatch(/^[jz][A-Za-z0-9_-]+$/);
    expect(decodeLink(text.value)).toEqual({ ok: true, value: payload });
  });

  it('writes the compressed form when it is shorter, the plain one otherwise; reads both', () => {
    const short = encodeLink({ version: 1, scenario: 'reference-lab', steps: [] });
    const long = encodeLink({ version: 1, scenario: 'reference-lab', steps: TUTORIAL });
    expect(short.ok && short.value[0]).toBe('j');
    expect(long.ok && long.value[0]).toBe('z');
    const value = lab(['lspv']);
    expect(decodeLink(rawValue(value, 'j'))).toEqual({ ok: true, value });
    expect(decodeLink(rawValue(value, 'z'))).toEqual({ ok: true, value });
  });

  it('keeps only the known fields and ignores unknown ones', () => {
    expect(decodeLink(rawValue({ ...lab(['lspv']), note: 'later field', cuts: [] }))).toEqual({ ok: true, value: lab(['lspv']) });
  });

  it('a typical lesson link (20 steps) stays well under 2,000 characters', () => {
    const steps = [...TUTORIAL, 'lsvg', 'lsvg rootvg', 'bootinfo -b', 'lspv -l hdisk0', 'lslv hd4', 'shutdown -Fr'];
    expect(steps).toHaveLength(20);
    const text = encodeLink({ version: 1, scenario: 'reference-lab', steps });
    expect(text.ok && text.value.length).toBeLessThan(600);
  });

  it('refuses to write a link over 8,192 characters, with a typed error', () => {
    // Unique, incompressible-ish lines: 900 × ~20 characters.
    const steps = Array.from({ length: 900 }, (_, i) => `echo ${(i * 7919).toString(36)}${(i * 104729).toString(36)}${i}`);
    const r = encodeLink({ version: 1, scenario: 'reference-lab', steps });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('too-long');
    expect(r.error.message).toMatch(/at most 8,192/);
  });

  it('refuses an invalid payload instead of writing an unreadable link', () => {
    const bad = (p: unknown) => {
      const r = encodeLink(p as LinkPayload);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(bad({ version: 1, scenario: 'nope', steps: [] })).toBe('unknown-scenario');
    expect(bad({ version: 1, scenario: 'reference-lab', steps: ['a\nb'] })).toBe('bad-shape');
    expect(bad({ version: 1, scenario: 'reference-lab', steps: ['x'.repeat(1001)] })).toBe('step-too-long');
    expect(bad({ version: 1, scenario: 'reference-lab', steps: Array(2001).fill('lspv') })).toBe('too-many-steps');
    expect(bad({ version: 2, scenario: 'reference-lab', steps: [] })).toBe('unknown-version');
  });

  it('takes the set of scenarios from its options', () => {
    const text = rawValue({ version: 1, scenario: 'lab', steps: [] });
    expect(errorOf(text)).toBe('unknown-scenario');
    expect(decodeLink(text, { isScenario: (id) => id === 'lab' }).ok).toBe(true);
  });

  it('accepts exactly the limits: 2,000 steps, 1,000-character steps, 16,384 characters of input', () => {
    expect(errorOf(rawValue(lab(Array(2000).fill('lspv')), 'z'))).toBe('ok');
    expect(errorOf(rawValue(lab(['x'.repeat(1000)])))).toBe('ok');
    // Padded with an ignored field to exactly the input limit.
    const base = rawValue({ ...lab([]), pad: '' });
    const padLen = Math.floor(((LINK_LIMITS.maxInputChars - base.length) * 3) / 4);
    const exact = rawValue({ ...lab([]), pad: 'a'.repeat(padLen) });
    expect(exact.length).toBeLessThanOrEqual(LINK_LIMITS.maxInputChars);
    expect(errorOf(exact)).toBe('ok');
  });
});

/** Hand-written hostile links: [what, link text, expected code]. */
const enc = (s: string) => base64urlEncode(utf8Encode(s));
const HOSTILE: [string, unknown, LinkErrorCode][] = [
  // Size (S2)
  ['16 KB + 1 of base64', 'j' + 'A'.repeat(LINK_LIMITS.maxInputChars), 'too-long'],
  ['a megabyte of text', 'z' + 'A'.repeat(1_000_000), 'too-long'],
  ['a zip bomb: 130-byte copies at distance 1', 'z' + base64urlEncode(Uint8Array.from([0, 0x20, ...Array.from({ length: 8000 }, (_, i) => (i % 2 ? 1 : 0xff))])), 'too-long'],
  ['a bomb of 2-byte literal+copy tokens', 'z' + base64urlEncode(Uint8Array.from(Array.from({ length: 9000 }, (_, i) => [0, 0x22, 0xff, 1][i % 4]))), 'too-long'],
  // Not base64
  ['empty', '', 'not-base64'],
  ['only the marker', 'j', 'not-json'],
  ['standard base64 characters', 'j' + Buffer.from('{"version":1}').toString('base64'), 'not-base64'],
  ['padding', 'jeyJ2ZXJzaW9uIjoxfQ==', 'not-base64'],
  ['spaces', 'jeyJ2 ZXJz', 'not-base64'],
  ['percent-encoded', 'j%7B%22version%22', 'not-base64'],
  ['a length no base64 has', 'jA', 'not-base64'],
  ['stray low bits', 'jAB', 'not-base64'],
  ['non-ASCII', 'jé', 'not-base64'],
  ['a script tag', 'j<script>alert(1)</script>', 'not-base64'],
  ['a javascript: URL', 'javascript:alert(1)', 'not-base64'],
  ['an img onerror', 'j<img src=x onerror=alert(1)>', 'not-base64'],
  ['a NUL', 'jAAAA\u0000', 'not-base64'],
  ['a newline', 'jAAAA\nAAAA', 'not-base64'],
  // Unknown format
  ['no format marker', enc('{"version":1,"scenario":"reference-lab","steps":[]}'), 'unknown-version'],
  ['format x', 'x' + enc('{}'), 'unknown-version'],
  ['a URL', 'https://example.com/', 'unknown-version'],
  ['digits', '12345678', 'unknown-version'],
  // Not JSON / bad UTF-8
  ['random bytes', 'j' + base64urlEncode(Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01])), 'not-json'],
  ['overlong UTF-8', 'j' + base64urlEncode(Uint8Array.from([0xc0, 0xaf])), 'not-json'],
  ['a UTF-8 surrogate', 'j' + base64urlEncode(Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22])), 'not-json'],
  ['truncated UTF-8', 'j' + base64urlEncode(Uint8Array.from([0x22, 0xe2, 0x82])), 'not-json'],
  ['JSON cut short', raw('{"version":1,"scenario":"reference-lab","steps":["ls'), 'not-json'],
  ['JavaScript, not JSON', raw("{version:1,scenario:'reference-lab',steps:[]}"), 'not-json'],
  ['a trailing comma', raw('{"version":1,"scenario":"reference-lab","steps":[],}'), 'not-json'],
  ['NaN', raw('{"version":NaN}'), 'not-json'],
  ['a corrupt compressed stream', 'z' + base64urlEncode(Uint8Array.from([0x80, 0x05])), 'not-json'],
  ['a literal run past the end', 'z' + base64urlEncode(Uint8Array.from([0x7f, 0x41])), 'not-json'],
  ['an empty JSON text', raw(''), 'not-json'],
  // Shape
  ['null', raw('null'), 'bad-shape'],
  ['a number', raw('1'), 'bad-shape'],
  ['a string', raw('"reference-lab"'), 'bad-shape'],
  ['an array', raw('[1,"reference-lab",[]]'), 'bad-shape'],
  ['an empty object', raw('{}'), 'bad-shape'],
  ['version as a string', rawValue({ ...lab([]), version: '1' }), 'bad-shape'],
  ['version true', rawValue({ ...lab([]), version: true }), 'bad-shape'],
  ['no scenario', rawValue({ version: 1, steps: [] }), 'bad-shape'],
  ['scenario is an object', rawValue({ ...lab([]), scenario: { id: 'reference-lab' } }), 'bad-shape'],
  ['steps missing', rawValue({ version: 1, scenario: 'reference-lab' }), 'bad-shape'],
  ['steps is a string', rawValue({ ...lab([]), steps: 'lspv' }), 'bad-shape'],
  ['steps is an object with length', rawValue({ ...lab([]), steps: { length: 1, 0: 'lspv' } }), 'bad-shape'],
  ['a number among the steps', rawValue(lab(['lspv', 7 as unknown as string])), 'bad-shape'],
  ['null among the steps', rawValue(lab([null as unknown as string])), 'bad-shape'],
  ['a nested array among the steps', rawValue(lab([['lspv'] as unknown as string])), 'bad-shape'],
  ['a line break inside a step', rawValue(lab(['lspv\nrm -rf /'])), 'bad-shape'],
  ['a NUL inside a step', rawValue(lab(['lspv\u0000'])), 'bad-shape'],
  ['a carriage return inside a step', rawValue(lab(['lspv\r'])), 'bad-shape'],
  ['cuts is not an array', rawValue(lab(['lspv'], { cuts: 5 })), 'bad-shape'],
  ['a cut past the last step', rawValue(lab(['lspv'], { cuts: [[1, 10]] })), 'bad-shape'],
  ['a negative cut', rawValue(lab(['lspv'], { cuts: [[0, -1]] })), 'bad-shape'],
  ['a fractional cut', rawValue(lab(['lspv'], { cuts: [[0, 1.5]] })), 'bad-shape'],
  ['cuts out of order', rawValue(lab(['a', 'b'], { cuts: [[1, 1], [0, 1]] })), 'bad-shape'],
  ['the same step cut twice', rawValue(lab(['a', 'b'], { cuts: [[0, 1], [0, 2]] })), 'bad-shape'],
  ['a cut of three numbers', rawValue(lab(['a'], { cuts: [[0, 1, 2]] })), 'bad-shape'],
  ['an unknown speed', rawValue(lab([], { speed: 'warp' })), 'bad-shape'],
  ['deep nesting (arrays)', raw('{"version":1,"x":' + '['.repeat(5000) + ']'.repeat(5000) + '}'), 'bad-shape'],
  ['deep nesting (objects)', raw('{"a":'.repeat(2000) + '1' + '}'.repeat(2000)), 'bad-shape'],
  ['deep nesting, unbalanced', raw('['.repeat(12000)), 'bad-shape'],
  ['deep nesting, compressed', rawValue(JSON.parse('['.repeat(3000) + ']'.repeat(3000)) as unknown, 'z'), 'bad-shape'],
  // Versions
  ['version 2', rawValue({ ...lab([]), version: 2 }), 'unknown-version'],
  ['version 0', rawValue({ ...lab([]), version: 0 }), 'unknown-version'],
  ['version -1', rawValue({ ...lab([]), version: -1 }), 'unknown-version'],
  ['version 1e300', raw('{"version":1e300,"scenario":"reference-lab","steps":[]}'), 'bad-shape'],
  ['version 1.0 in the text', raw('{"version":1.0,"scenario":"reference-lab","steps":[]}'), 'ok' as LinkErrorCode],
  // Scenarios
  ['an unknown scenario', rawValue({ ...lab([]), scenario: 'prod-payroll' }), 'unknown-scenario'],
  ['a scenario with markup', rawValue({ ...lab([]), scenario: '<img src=x onerror=alert(1)>' }), 'unknown-scenario'],
  ['a path as scenario', rawValue({ ...lab([]), scenario: '../../etc/passwd' }), 'unknown-scenario'],
  ['a huge scenario name', rawValue({ ...lab([]), scenario: 'x'.repeat(5000) }), 'unknown-scenario'],
  ['an inherited name as scenario', rawValue({ ...lab([]), scenario: 'toString' }), 'unknown-scenario'],
  // Steps
  ['2,001 steps', rawValue(lab(Array(2001).fill('lspv')), 'z'), 'too-many-steps'],
  ['a huge array of steps', rawValue(lab(Array(60000).fill('')), 'z'), 'too-many-steps'],
  ['a 1,001-character step', rawValue(lab(['x'.repeat(1001)])), 'step-too-long'],
  ['a 100 KB step, compressed', rawValue(lab(['y'.repeat(100_000)]), 'z'), 'step-too-long'],
  // Prototype pollution (S3)
  ['__proto__ at the top', raw('{"__proto__":{"polluted":1},"version":1,"scenario":"reference-lab","steps":[]}'), 'forbidden-key'],
  ['constructor at the top', raw('{"constructor":{"prototype":{"polluted":1}},"version":1,"scenario":"reference-lab","steps":[]}'), 'forbidden-key'],
  ['prototype at the top', raw('{"prototype":{},"version":1,"scenario":"reference-lab","steps":[]}'), 'forbidden-key'],
  ['__proto__ inside cuts', raw('{"version":1,"scenario":"reference-lab","steps":["a"],"cuts":[{"__proto__":{"x":1}}]}'), 'forbidden-key'],
  ['__proto__ deep in an unknown field', raw('{"version":1,"scenario":"reference-lab","steps":[],"x":[[{"y":{"__proto__":1}}]]}'), 'forbidden-key'],
  ['__proto__ escaped in the text', raw('{"\\u005f_proto__":{"polluted":1},"version":1,"scenario":"reference-lab","steps":[]}'), 'forbidden-key'],
  ['__proto__, compressed', rawValue(JSON.parse('{"__proto__":{"polluted":1},"version":1,"scenario":"reference-lab","steps":[]}'), 'z'), 'forbidden-key'],
  // Not text at all
  ['undefined', undefined, 'bad-shape'],
  ['an object', { toString: () => 'j' }, 'bad-shape'],
  ['a number', 42, 'bad-shape'],
];

describe('hand-written hostile links', () => {
  it('has at least 50 of them', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE)('%s → %s', (_what, text, code) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const r = decodeLink(text);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
    if (!r.ok) {
      expect(CODES).toContain(r.error.code);
      expect(r.error.message).toMatch(/^[A-Z].*\.$/); // a sentence
      expect(r.error.message.length).toBeLessThan(300);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('quotes link text in messages, shortened and escaped', () => {
    const r = decodeLink(rawValue({ ...lab([]), scenario: 'a"b\u0007' + 'c'.repeat(100) }));
    expect(!r.ok && r.error.message).toBe(`This link starts from a scenario called "a\\"b\\u0007${'c'.repeat(36)}…", which this trainer does not have.`);
  });
});

describe('replay', () => {
  it('a 500-step link replays to the same world as typing its lines', () => {
    const steps: string[] = [];
    for (let i = 0; steps.length < 500; i++) {
      if (i === 40) steps.push('alt_disk_copy -d hdisk1');
      else if (i === 80) steps.push('alt_rootvg_op -W -d hdisk1');
      else if (i === 120) steps.push('alt_rootvg_op -S -d hdisk1');
      else if (i === 160) steps.push('reset', 'n');
      else if (i === 200) steps.push('bootlist -m normal hdisk1 hdisk0');
      else steps.push(['lspv', 'bootlist -m normal -o', 'lsvg', ''][i % 4]);
    }
    steps.length = 500;
    const text = encodeLink({ version: 1, scenario: 'reference-lab', steps });
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(text.value.length).toBeLessThanOrEqual(LINK_LIMITS.maxLinkChars);
    const decoded = decodeLink(text.value);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;

    const typed = createSession(newSessionState('reference-lab')!);
    for (const line of steps) typed.exec(line);
    const linked = sessionFromLink(decoded.value);
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    expect(JSON.stringify(linked.value.world)).toBe(JSON.stringify(typed.world()));
    expect(linked.value.history).toEqual(typed.history());
    expect(linked.value.lifecycle).toEqual(typed.state().lifecycle);
    expect(typed.snapshot().lifecycle.state).not.toBe('noAlternate');
  });

  it('answers (reset → y) and SMS menu numbers replay as typed', () => {
    const steps = ['bootlist -m normal hdisk1', 'reset', 'y', 'lab power off', 'lab sms', '5', '1', '7', '1', '2', '1', 'lspv'];
    const typed = createSession(newSessionState('reference-lab')!);
    const outputs = steps.map((l) => typed.exec(l).stdout);
    const session = createSession(newSessionState('reference-lab')!);
    const { steps: replayed, complete } = replayLink(session, { version: 1, scenario: 'reference-lab', steps });
    expect(complete).toBe(true);
    expect(replayed.map((s) => s.result.stdout)).toEqual(outputs);
    expect(replayed[2].prompt).toMatch(/\(y\/n\) $/); // reset's question
    expect(replayed[5].prompt).toMatch(/Type menu item number/); // the SMS menu's prompt
    expect(JSON.stringify(session.world())).toBe(JSON.stringify(typed.world()));
  });

  it('a cut step stops where the host cut it (Ctrl-C during a clone)', () => {
    const typed = createSession(newSessionState('reference-lab')!);
    typed.exec('alt_disk_copy -d hdisk1');
    const cutTyped = typed.interruptLast(60_000)!;
    typed.exec('lspv');
    const session = createSession(newSessionState('reference-lab')!);
    const { steps } = replayLink(session, { version: 1, scenario: 'reference-lab', steps: ['alt_disk_copy -d hdisk1', 'lspv'], cuts: [[0, 60_000]] });
    expect(steps[0].cut?.result.stdout).toBe(cutTyped.stdout);
    expect(steps[0].cut?.result.stdout).toMatch(/\^C\n$/);
    expect(JSON.stringify(session.world())).toBe(JSON.stringify(typed.world()));
  });

  it('stops when asked (the host time budget) and reports it', () => {
    const session = createSession(newSessionState('reference-lab')!);
    let n = 0;
    const r = replayLink(session, { version: 1, scenario: 'reference-lab', steps: Array(10).fill('lspv') }, { shouldStop: () => ++n > 3 });
    expect(r).toMatchObject({ complete: false });
    expect(r.steps).toHaveLength(3);
  });

  it('sessionFromLink refuses an unknown scenario', () => {
    const r = sessionFromLink({ version: 1, scenario: 'nope', steps: [] });
    expect(!r.ok && r.error.code).toBe('unknown-scenario');
  });
});
