import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64urlDecode, base64urlEncode, lzDecode, lzEncode, utf8Decode, utf8Encode } from './linkBytes.ts';

const fatal = new TextDecoder('utf-8', { fatal: true });
const nodeUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return fatal.decode(bytes);
  } catch {
    return null;
  }
};

describe('utf8', () => {
  it('encodes like TextEncoder (well-formed text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8Encode(s)).toEqual(new TextEncoder().encode(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a lone surrogate as U+FFFD, like TextEncoder', () => {
    expect(utf8Encode('a\ud800b')).toEqual(new TextEncoder().encode('a\ud800b'));
  });

  it('decodes exactly what a fatal TextDecoder accepts, and refuses the rest', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(utf8Decode(bytes)).toBe(nodeUtf8(bytes));
      }),
      { numRuns: 5000 },
    );
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xe2, 0x82], [0x80], [0xff]]) {
      expect(utf8Decode(Uint8Array.from(bad))).toBeNull();
    }
    expect(utf8Decode(Uint8Array.from([0xf0, 0x9f, 0x92, 0xbe]))).toBe('💾');
  });

  it('decodes long text (more than one chunk of code units)', () => {
    const text = 'é€💾x'.repeat(5000);
    expect(utf8Decode(utf8Encode(text))).toBe(text);
  });
});

describe('base64url', () => {
  it('matches node (unpadded base64url) both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = base64urlEncode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64urlDecode(text)).toEqual(bytes);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and stray bits', () => {
    for (const bad of ['a', 'ab=', 'a+b/', 'ab cd', 'abcd=', 'é', 'AB\n', 'AB%3D', 'Ab', 'AAB']) {
      expect(base64urlDecode(bad)).toBeNull();
    }
    expect(base64urlDecode('')).toEqual(new Uint8Array(0));
    expect(base64urlDecode('AA')).toEqual(Uint8Array.from([0]));
  });
});

describe('lz', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(lzDecode(lzEncode(bytes), 1 << 20)).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips repetitive text and shrinks it', () => {
    const text = utf8Encode(JSON.stringify(Array.from({ length: 400 }, (_, i) => (i % 3 ? 'lspv' : 'bootlist -m normal -o'))));
    const packed = lzEncode(text);
    expect(packed.length).toBeLessThan(text.length / 20);
    expect(lzDecode(packed, 1 << 20)).toEqual(text);
    const long = new Uint8Array(50_000).fill(65);
    expect(lzDecode(lzEncode(long), 1 << 20)).toEqual(long);
  });

  it('refuses malformed streams and never writes past the cap', () => {
    expect(lzDecode(Uint8Array.from([5, 1, 2]), 100)).toBe('corrupt'); // literal run past the end
    expect(lzDecode(Uint8Array.from([0x80, 1]), 100)).toBe('corrupt'); // copy from before the start
    expect(lzDecode(Uint8Array.from([0, 65, 0x80]), 100)).toBe('corrupt'); // distance missing
    expect(lzDecode(Uint8Array.from([0, 65, 0x80, 0x81, 0x81, 0x81, 0x01]), 100)).toBe('corrupt'); // 4-byte distance
    expect(lzDecode(Uint8Array.from([0, 65, 0x80, 0]), 100)).toBe('corrupt'); // distance 0
    // One literal, then copies of 130 bytes at distance 1: a bomb.
    const bomb = new Uint8Array(2 + 2 * 5000);
    bomb.set([0, 65]);
    for (let i = 2; i < bomb.length; i += 2) bomb.set([0xff, 1], i);
    expect(lzDecode(bomb, 262_144)).toBe('too-big');
    expect(lzDecode(bomb, 1 << 21)).toHaveLength(1 + 130 * 5000);
  });
});
