// The lesson part of a shared link: a link made mid-lesson carries the lesson, where its run began and the
// `keep` objectives it met. Old links (no lesson) still read; a malformed lesson part refuses the link.
import { describe, expect, it } from 'vitest';
import { base64urlEncode, utf8Encode } from './linkBytes.ts';
import { decodeLink, encodeLink, LINK_LIMITS, type LinkPayload } from './link.ts';

const rawValue = (value: unknown) => 'j' + base64urlEncode(utf8Encode(JSON.stringify(value)));
const lab = (lesson: unknown, steps = ['lspv', 'alt_disk_copy -d hdisk1', 'lspv']) => ({ version: 1, scenario: 'reference-lab', steps, lesson });
const codeOf = (text: string, options = {}) => {
  const r = decodeLink(text, options);
  return r.ok ? 'ok' : r.error.code;
};

describe('a link with a lesson', () => {
  it('round-trips the lesson, its start and its kept objectives', () => {
    const payload: LinkPayload = { version: 1, scenario: 'reference-lab', steps: ['lspv', 'bootlist -m normal -o'], lesson: { id: 'basic-clone', start: 1, kept: ['boot-clone'], seen: 2 } };
    const text = encodeLink(payload);
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(decodeLink(text.value)).toEqual({ ok: true, value: payload });
  });

  it('an old link (no lesson) still reads, and has no lesson', () => {
    const r = decodeLink(rawValue({ version: 1, scenario: 'reference-lab', steps: ['lspv'] }));
    expect(r.ok && r.value.lesson).toBeUndefined();
  });

  it('drops an empty kept list and repeated kept ids', () => {
    expect(decodeLink(rawValue(lab({ id: 'basic-clone', start: 0, kept: [] })))).toMatchObject({ ok: true, value: { lesson: { id: 'basic-clone', start: 0 } } });
    const r = decodeLink(rawValue(lab({ id: 'basic-clone', start: 0, kept: ['a', 'a', 'b'] })));
    expect(r.ok && r.value.lesson).toEqual({ id: 'basic-clone', start: 0, kept: ['a', 'b'] });
  });

  it('accepts a start at the end of the steps, not past it', () => {
    expect(codeOf(rawValue(lab({ id: 'basic-clone', start: 3 })))).toBe('ok');
    expect(codeOf(rawValue(lab({ id: 'basic-clone', start: 4 })))).toBe('bad-shape');
  });

  const HOSTILE: [string, unknown][] = [
    ['a string', 'basic-clone'],
    ['an array', ['basic-clone', 0]],
    ['null', null],
    ['no id', { start: 0 }],
    ['an id with a slash', { id: '../x', start: 0 }],
    ['an id with markup', { id: '<img src=x onerror=alert(1)>', start: 0 }],
    ['an upper-case id', { id: 'Basic-Clone', start: 0 }],
    ['an over-long id', { id: 'a'.repeat(LINK_LIMITS.maxLessonIdChars + 1), start: 0 }],
    ['a negative start', { id: 'basic-clone', start: -1 }],
    ['a fractional start', { id: 'basic-clone', start: 0.5 }],
    ['a start as text', { id: 'basic-clone', start: '0' }],
    ['a huge start', { id: 'basic-clone', start: 1e300 }],
    ['kept not a list', { id: 'basic-clone', start: 0, kept: 'boot' }],
    ['kept holding a number', { id: 'basic-clone', start: 0, kept: [1] }],
    ['kept holding markup', { id: 'basic-clone', start: 0, kept: ['"><b>'] }],
    ['seen past the steps', { id: 'basic-clone', start: 0, seen: 4 }],
    ['seen as text', { id: 'basic-clone', start: 0, seen: '1' }],
    ['too many kept', { id: 'basic-clone', start: 0, kept: Array.from({ length: LINK_LIMITS.maxKept + 1 }, (_, i) => `o${i}`) }],
  ];
  it.each(HOSTILE)('refuses a lesson part that is %s', (_what, lesson) => {
    expect(codeOf(rawValue(lab(lesson)))).toBe('bad-shape');
  });

  it('refuses a forbidden key inside the lesson part', () => {
    const text = 'j' + base64urlEncode(utf8Encode('{"version":1,"scenario":"reference-lab","steps":[],"lesson":{"id":"a","start":0,"__proto__":{}}}'));
    expect(codeOf(text)).toBe('forbidden-key');
  });

  it('takes the lesson index from its options: an unknown lesson, or one of another lab, is refused', () => {
    const isLesson = (id: string, scenario: string) => id === 'basic-clone' && scenario === 'reference-lab';
    expect(codeOf(rawValue(lab({ id: 'basic-clone', start: 0 })), { isLesson })).toBe('ok');
    expect(codeOf(rawValue(lab({ id: 'no-such-lesson', start: 0 })), { isLesson })).toBe('unknown-lesson');
    const other = decodeLink(rawValue({ ...lab({ id: 'basic-clone', start: 0 }), scenario: 'mirrored-lab' }), { isLesson });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.message).toMatch(/"basic-clone".*"mirrored-lab"/);
  });
});
