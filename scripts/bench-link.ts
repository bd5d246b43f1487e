// Shared-link figures for npm run bench (BUDGETS P6, S1, S2), used by scripts/bench.ts:
//   P6  replay of a 500-step link through the session (node), cold and warm; its extra time to ready in
//       the browser over a plain open; the length of a typical lesson link (20 steps)
//   S1  decode time over 10,000 generated hostile links (p50 / p99 / max), and that none threw
//   S2  rejection time of an oversized link and of a decompression bomb
import { performance } from 'node:perf_hooks';
import { launchChromium, pct } from './lib/browser.ts';
import { decodeLink, encodeLink, LINK_LIMITS, sessionFromLink, type LinkPayload } from '../src/core/scenario/link.ts';
import { base64urlEncode, lzEncode, utf8Encode } from '../src/core/scenario/linkBytes.ts';
import { createSession, newSessionState } from '../src/core/session/session.ts';
import { openLink } from '../src/host/sharedLink.ts';

export type LinkRow = { id: string; figure: string; value: number; unit: string; budget: number; better: 'lower' | 'higher' };

const median = (xs: number[]) => pct(xs, 50);

/** 500 lines a learner could type: looks around, a clone, wake, sleep, a declined reset, a bootlist. */
export function fiveHundredSteps(): string[] {
  const steps: string[] = [];
  for (let i = 0; steps.length < 500; i++) {
    if (i === 40) steps.push('alt_disk_copy -d hdisk1');
    else if (i === 80) steps.push('alt_rootvg_op -W -d hdisk1');
    else if (i === 120) steps.push('alt_rootvg_op -S -d hdisk1');
    else if (i === 160) steps.push('reset', 'n');
    else if (i === 200) steps.push('bootlist -m normal hdisk1 hdisk0');
    else steps.push(['lspv', 'bootlist -m normal -o', 'lsvg', ''][i % 4]);
  }
  return steps.slice(0, 500);
}

/** A lesson-sized link: the tutorial's path (clone, wake, look, sleep, boot), 20 lines. */
export const LESSON_STEPS = [
  'lspv',
  'bootlist -m normal -o',
  'oslevel -s',
  'lsvg -l rootvg',
  'alt_disk_copy -d hdisk1',
  'lspv',
  'bootlist -m normal -o',
  'alt_rootvg_op -W -d hdisk1',
  'lsvg -l altinst_rootvg',
  'df',
  'ls /alt_inst/etc',
  'alt_rootvg_op -S -d hdisk1',
  'lspv',
  'bootlist -m normal -o',
  'shutdown -Fr',
  'lspv',
  'oslevel -s',
  'lsvg',
  'bootlist -m normal -o',
  'lsvg -l old_rootvg',
];

export function encode(steps: string[]): string {
  const r = encodeLink({ version: 1, scenario: 'reference-lab', steps });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Deterministic pseudo-random numbers (xorshift32): the same corpus every run. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** A decompression bomb: one literal, then `copies` 130-byte copies at distance 1 (130 bytes per 2). */
export function bombLink(copies: number): string {
  const bytes = new Uint8Array(2 + 2 * copies);
  bytes.set([0, 0x41]);
  for (let i = 2; i < bytes.length; i += 2) bytes.set([0xff, 1], i);
  return 'z' + base64urlEncode(bytes);
}

/** 10,000 hostile links of the S1 kinds, generated the same way every run. */
export function hostileCorpus(count = 10_000): string[] {
  const r = rng(0x5eed1);
  const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const valid = [encode(LESSON_STEPS), encode(fiveHundredSteps()), encode(['lspv']), encode([])];
  const wrap = (json: string) => (r.next() < 0.5 ? 'j' + base64urlEncode(utf8Encode(json)) : 'z' + base64urlEncode(lzEncode(utf8Encode(json))));
  const kinds: (() => string)[] = [
    () => Array.from({ length: r.int(300) }, () => String.fromCharCode(r.int(0x3000))).join(''),
    () => (r.next() < 0.5 ? 'j' : 'z') + Array.from({ length: r.int(LINK_LIMITS.maxInputChars) }, () => ALPHA[r.int(64)]).join(''),
    () => {
      let t = valid[r.int(valid.length)];
      for (let k = 1 + r.int(4); k > 0; k--) {
        const at = r.int(t.length + 1);
        t = r.next() < 0.5 ? t.slice(0, at) + ALPHA[r.int(64)] + t.slice(at + 1) : t.slice(0, at) + t.slice(at + 1 + r.int(8));
      }
      return t;
    },
    () => {
      const depth = 1 + r.int(12_000);
      return wrap('['.repeat(depth) + ']'.repeat(r.next() < 0.5 ? depth : 0));
    },
    () => wrap(`{"version":1,"scenario":"reference-lab","steps":[${Array(1000 + r.int(60_000)).fill('""').join(',')}]}`),
    () => wrap(`{"__proto__":{"polluted":1},"constructor":{"prototype":{}},"version":${r.int(5)},"scenario":"reference-lab","steps":[]}`),
    () => bombLink(r.int(6000)),
  ];
  return Array.from({ length: count }, () => kinds[r.int(kinds.length)]());
}

export function linkRows(): LinkRow[] {
  const rows: LinkRow[] = [];
  const big = fiveHundredSteps();
  const bigLink = encode(big);
  const decoded = decodeLink(bigLink);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const replay = (p: LinkPayload) => {
    const t0 = performance.now();
    const s = sessionFromLink(p);
    if (!s.ok) throw new Error(s.error.message);
    return performance.now() - t0;
  };
  // What the worker does in 'open': decode, replay with each step's prompt, build the scrollback and log.
  const hostOpen = () => {
    const t0 = performance.now();
    const r = openLink({ createSession, newSessionState }, bigLink, () => false);
    if (!r.ok) throw new Error(r.error);
    return performance.now() - t0;
  };
  const cold = replay(decoded.value);
  const warm = median(Array.from({ length: 5 }, () => replay(decoded.value)));
  const host = median(Array.from({ length: 5 }, hostOpen));
  rows.push({ id: 'P6', figure: 'replay of a 500-step link in node, first run', value: cold, unit: 'ms', budget: 300, better: 'lower' });
  rows.push({ id: 'P6', figure: 'replay of a 500-step link in node, median of 5', value: warm, unit: 'ms', budget: 300, better: 'lower' });
  rows.push({ id: 'P6', figure: "  + decode, prompts, scrollback, log (host's open)", value: host, unit: 'ms', budget: 300, better: 'lower' });
  rows.push({ id: 'P6', figure: '  length of that 500-step link (#s= payload)', value: bigLink.length, unit: 'ch', budget: LINK_LIMITS.maxLinkChars, better: 'lower' });
  const lesson = `http://127.0.0.1:4173/#s=${encode(LESSON_STEPS)}`;
  rows.push({ id: 'P6', figure: 'length of a 20-step lesson link (whole address)', value: lesson.length, unit: 'ch', budget: 2000, better: 'lower' });

  const corpus = hostileCorpus();
  const times: number[] = [];
  let threw = 0;
  for (const text of corpus) {
    const t0 = performance.now();
    try {
      decodeLink(text);
    } catch {
      threw++;
    }
    times.push(performance.now() - t0);
  }
  rows.push({ id: 'S1', figure: `decode of ${corpus.length} hostile links, p99`, value: pct(times, 99), unit: 'ms', budget: 50, better: 'lower' });
  rows.push({ id: 'S1', figure: '  max', value: Math.max(...times), unit: 'ms', budget: 50, better: 'lower' });
  rows.push({ id: 'S1', figure: '  hostile links decoded without an exception', value: corpus.length - threw, unit: '', budget: corpus.length, better: 'higher' });
  const tooLong = 'z' + 'A'.repeat(1_000_000);
  const bomb = bombLink(6000); // 16,000 characters that would unpack to 780 KB
  const rejection = (text: string) => median(Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    decodeLink(text);
    return performance.now() - t0;
  }));
  rows.push({ id: 'S2', figure: 'rejection of a 1 MB link (checked before decoding)', value: rejection(tooLong), unit: 'ms', budget: 100, better: 'lower' });
  rows.push({ id: 'S2', figure: 'rejection of a decompression bomb (256 KB cap)', value: rejection(bomb), unit: 'ms', budget: 100, better: 'lower' });
  return rows;
}

/**
 * P6 in the browser. In one context (warm caches, as a learner's browser is): open the trainer, then the
 * 500-step link, then the trainer again (a reload: the same lab and 1,600 scrollback lines, restored
 * from IndexedDB without any replay). Link − reload is what the replay costs until ready; medians of 5.
 */
export async function linkOpenRows(port: number): Promise<LinkRow[]> {
  const browser = await launchChromium();
  try {
    const link = encode(fiveHundredSteps());
    const base = `http://127.0.0.1:${port}/?speed=instant`;
    const linked: number[] = [];
    const reopened: number[] = [];
    const extra: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const ready = async (url: string) => {
          await page.goto('about:blank');
          const t0 = performance.now();
          await page.goto(url);
          await page.locator('[data-testid="terminal"][data-busy="false"]').waitFor();
          return performance.now() - t0;
        };
        await ready(base); // warm-up: code cache, worker, IndexedDB
        const l = await ready(`${base}#s=${link}`);
        const r = await ready(base);
        linked.push(l);
        reopened.push(r);
        extra.push(l - r);
      } finally {
        await context.close();
      }
    }
    return [
      { id: 'P6', figure: '500-step link in the browser: replay until ready', value: Math.max(0, median(extra)), unit: 'ms', budget: 300, better: 'lower' },
      { id: 'P6', figure: '  navigation → ready, the 500-step link (median)', value: median(linked), unit: 'ms', budget: 1000, better: 'lower' },
      { id: 'P6', figure: '  navigation → ready, reload of that lab (median)', value: median(reopened), unit: 'ms', budget: 1000, better: 'lower' },
    ];
  } finally {
    await browser.close();
  }
}
