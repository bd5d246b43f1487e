// A custom lesson (made in the builder) in a shared link: carried whole, checked strictly, bounded;
// links without one read as before.
import { describe, expect, it } from 'vitest';
import { base64urlEncode, utf8Encode } from './linkBytes.ts';
import { decodeLink, encodeLink, type LinkPayload } from './link.ts';

const rawValue = (value: unknown) => 'j' + base64urlEncode(utf8Encode(JSON.stringify(value)));
const custom = { title: 'Clone, then boot list', objectives: [{ disk: 'hdisk1', role: 'altinst_rootvg' }, { all: [{ bootlistFirst: 'hdisk1' }, { not: { bootedFrom: 'hdisk1' } }] }] };
const lab = (lesson: unknown) => ({ version: 1, scenario: 'reference-lab', steps: ['lab disk add 70G'], lesson });
// The page's options: built-in lesson ids only; a custom lesson does not need to be one.
const pageOptions = { isLesson: () => false };

describe('a link with a custom lesson', () => {
  it('round-trips, even with a lesson index that knows no such lesson', () => {
    const payload: LinkPayload = { version: 1, scenario: 'reference-lab', steps: [], lesson: { id: 'custom', start: 0, custom: custom as NonNullable<LinkPayload['lesson']>['custom'] } };
    const text = encodeLink(payload, pageOptions);
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(decodeLink(text.value, pageOptions)).toEqual({ ok: true, value: payload });
  });

  it('refuses a custom lesson with another id, a bad objective or unknown keys, naming why', () => {
    expect(decodeLink(rawValue(lab({ id: 'basic-clone', start: 0, custom })))).toMatchObject({ ok: false, error: { code: 'bad-shape' } });
    const bad = decodeLink(rawValue(lab({ id: 'custom', start: 0, custom: { title: 'x', objectives: [{ disk: '<b>', role: 'free' }] } })));
    expect(bad.ok ? '' : bad.error.message).toContain('Objective 1');
    expect(decodeLink(rawValue(lab({ id: 'custom', start: 0, custom: { ...custom, script: 'alert(1)' } }))).ok).toBe(false);
    expect(decodeLink(rawValue(lab({ id: 'custom', start: 0, custom: { title: 'x', objectives: [{ not: { not: { not: { not: { ran: 'lspv' } } } } }] } }))).ok).toBe(false);
  });

  it('the deepest objective the vocabulary accepts still travels (the link nesting limit leaves room for it)', () => {
    const leaf = { saw: { anyOf: [{ name: 'alt_rootvg_op', flags: 'W', has: ['hdisk0'] }] }, after: { anyOf: ['shutdown', 'reboot'] }, output: { lacks: ['higher'] } };
    const deep = { title: 'Deep', objectives: [{ all: [{ any: [{ not: leaf }] }] }] };
    const payload: LinkPayload = { version: 1, scenario: 'reference-lab', steps: [], lesson: { id: 'custom', start: 0, custom: deep as NonNullable<LinkPayload['lesson']>['custom'] } };
    const text = encodeLink(payload, pageOptions);
    if (!text.ok) throw new Error(text.error.message);
    expect(decodeLink(text.value, pageOptions)).toEqual({ ok: true, value: payload });
  });

  it('a link without a custom lesson decodes as before', () => {
    expect(decodeLink(rawValue(lab({ id: 'basic-clone', start: 0 })))).toMatchObject({ ok: true, value: { lesson: { id: 'basic-clone', start: 0 } } });
    expect(decodeLink(rawValue(lab({ id: 'basic-clone', start: 0 })), pageOptions).ok).toBe(false);
  });
});
