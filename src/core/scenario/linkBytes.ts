// The byte layer of shared links (link.ts): UTF-8, base64url and a small LZ77 codec, written here because
// the pure core has no TextEncoder, atob or CompressionStream (tsconfig.pure.json). Every decoder is
// strict, bounded and never throws: it returns null (or a reason) for input it does not accept.

// ---- UTF-8 ----------------------------------------------------------------------------------------

/** UTF-8 bytes of `text`. A lone surrogate (not valid Unicode) is written as U+FFFD. */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * The text of strict UTF-8 bytes, or null: no overlong forms, no surrogates, nothing above U+10FFFF,
 * no truncated sequence (the rules of the WHATWG decoder in fatal mode).
 */
export function utf8Decode(bytes: Uint8Array): string | null {
  const units: number[] = [];
  let text = '';
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else {
      let need: number;
      let lo = 0x80;
      let hi = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        cp = b & 0x0f;
        if (b === 0xe0) lo = 0xa0;
        if (b === 0xed) hi = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        cp = b & 0x07;
        if (b === 0xf0) lo = 0x90;
        if (b === 0xf4) hi = 0x8f;
      } else {
        return null;
      }
      if (i + need >= n) return null; // truncated sequence
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k];
        if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return null;
        cp = (cp << 6) | (c & 0x3f);
      }
      i += need + 1;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 | (cp >> 10), 0xdc00 | (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 8192) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}

// ---- base64url (RFC 4648 §5, no padding) ------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63] + ALPHABET[v & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    out += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63];
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63];
  }
  return out;
}

/** The bytes of unpadded base64url text, or null (a character outside the alphabet, a bad length, stray bits). */
export function base64urlDecode(text: string): Uint8Array | null {
  const n = text.length;
  if (n % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // The last character's unused low bits must be zero (one text per byte string).
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

// ---- LZ77 ---------------------------------------------------------------------------------------------
// A token stream, nothing else (no header: link.ts marks the format):
//   0xxxxxxx              a run of x+1 literal bytes follows (1..128)
//   1xxxxxxx <distance>   copy x+3 bytes (3..130) from `distance` bytes back; distance is LEB128 (1..65535)
// The decoder never writes past `cap` bytes: a bomb is refused, not inflated.

const MIN_MATCH = 3;
const MAX_MATCH = 130;
const MAX_LITERALS = 128;
const WINDOW = 65535;
const HASH_BITS = 15;
const MAX_CHAIN = 64;

function hash3(b: Uint8Array, i: number): number {
  return (Math.imul((b[i] << 16) | (b[i + 1] << 8) | b[i + 2], 0x9e3779b1) >>> (32 - HASH_BITS)) & ((1 << HASH_BITS) - 1);
}

/** Greedy LZ77 with hash chains: plenty for command logs, where whole lines repeat. */
export function lzEncode(input: Uint8Array): Uint8Array {
  const n = input.length;
  const out: number[] = [];
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(Math.max(n, 1)).fill(-1);
  let litStart = 0;

  const flushLiterals = (end: number) => {
    while (litStart < end) {
      const run = Math.min(MAX_LITERALS, end - litStart);
      out.push(run - 1);
      for (let k = 0; k < run; k++) out.push(input[litStart + k]);
      litStart += run;
    }
  };
  const insert = (i: number) => {
    if (i + MIN_MATCH > n) return;
    const h = hash3(input, i);
    prev[i] = head[h];
    head[h] = i;
  };

  let i = 0;
  while (i < n) {
    let bestLen = 0;
    let bestDist = 0;
    if (i + MIN_MATCH <= n) {
      let cand = head[hash3(input, i)];
      const limit = Math.min(MAX_MATCH, n - i);
      for (let chain = 0; cand >= 0 && i - cand <= WINDOW && chain < MAX_CHAIN; chain++) {
        let len = 0;
        while (len < limit && input[cand + len] === input[i + len]) len++;
        if (len > bestLen) {
          bestLen = len;
          bestDist = i - cand;
          if (len === limit) break;
        }
        cand = prev[cand];
      }
    }
    if (bestLen >= MIN_MATCH) {
      flushLiterals(i);
      out.push(0x80 | (bestLen - MIN_MATCH));
      let d = bestDist;
      while (d >= 0x80) {
        out.push(0x80 | (d & 0x7f));
        d >>>= 7;
      }
      out.push(d);
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
      litStart = i;
    } else {
      insert(i);
      i++;
    }
  }
  flushLiterals(n);
  return Uint8Array.from(out);
}

export type LzFailure = 'corrupt' | 'too-big';

/** The bytes `input` unpacks to, or why not: a malformed stream, or more than `cap` bytes of output. */
export function lzDecode(input: Uint8Array, cap: number): Uint8Array | LzFailure {
  const n = input.length;
  // Each input byte yields at most 65 output bytes (a 2-byte match token copies up to 130).
  const out = new Uint8Array(Math.min(cap, n * 65));
  let o = 0;
  let i = 0;
  while (i < n) {
    const t = input[i++];
    if (t < 0x80) {
      const run = t + 1;
      if (i + run > n) return 'corrupt';
      if (o + run > cap) return 'too-big';
      out.set(input.subarray(i, i + run), o);
      o += run;
      i += run;
    } else {
      const len = (t & 0x7f) + MIN_MATCH;
      let dist = 0;
      let shift = 0;
      for (let k = 0; ; k++) {
        if (k === 3 || i >= n) return 'corrupt';
        const b = input[i++];
        dist |= (b & 0x7f) << shift;
        shift += 7;
        if (b < 0x80) break;
      }
      if (dist < 1 || dist > o) return 'corrupt';
      if (o + len > cap) return 'too-big';
      for (let k = 0; k < len; k++, o++) out[o] = out[o - dist];
    }
  }
  return out.slice(0, o);
}
