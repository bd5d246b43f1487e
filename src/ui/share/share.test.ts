import { describe, expect, it } from 'vitest';
import type { FromWorker, HostError, ToWorker } from '../../protocol/index.ts';
import { createSimClient, SimError, type Transport } from '../sim/client.ts';
import { readHashPayload } from '../params.ts';
import { formatCount, shareUrl, withoutSharedLink } from './shareUrl.ts';

describe('shareUrl', () => {
  it('is this page with #s=<payload>, without the query', () => {
    expect(shareUrl({ origin: 'https://trainer.example', pathname: '/altdisk/' }, 'zAbC-_9')).toBe('https://trainer.example/altdisk/#s=zAbC-_9');
  });

  it('round-trips through the page address reader', () => {
    const url = new URL(shareUrl({ origin: 'http://127.0.0.1:4173', pathname: '/' }, 'zAbC-_9'));
    url.searchParams.set('speed', 'instant');
    expect(readHashPayload(url.hash)).toBe('zAbC-_9');
  });
});

describe('withoutSharedLink', () => {
  it('drops the s= part of the fragment and keeps the rest of the address', () => {
    expect(withoutSharedLink('http://h/?speed=instant#s=zAB')).toBe('http://h/?speed=instant');
    expect(withoutSharedLink('http://h/#x=1&s=zAB&y=2')).toBe('http://h/#x=1&y=2');
    expect(withoutSharedLink('http://h/#s=')).toBe('http://h/');
  });

  it('is null when there is no link in the address', () => {
    expect(withoutSharedLink('http://h/?speed=instant')).toBeNull();
    expect(withoutSharedLink('http://h/#x=1')).toBeNull();
    expect(withoutSharedLink('http://h/?s=zAB')).toBeNull();
  });
});

it('formatCount groups thousands', () => {
  expect([0, 999, 1000, 8192, 1234567].map(formatCount)).toEqual(['0', '999', '1,000', '8,192', '1,234,567']);
});

describe('SimClient.link', () => {
  function transport(answer: (msg: ToWorker) => FromWorker) {
    let onMessage: (msg: FromWorker) => void = () => {};
    const t: Transport = {
      send: (msg) => queueMicrotask(() => onMessage(answer(msg))),
      listen: (m: (msg: FromWorker) => void, _f: (e: HostError) => void) => {
        onMessage = m;
      },
      close: () => {},
    };
    return t;
  }

  it('sends a link request and resolves with the link', async () => {
    const api = createSimClient(transport((msg) => ({ id: msg.id, type: 'linked', link: { payload: 'zAB', scenario: 'reference-lab', steps: 3 } })));
    await expect(api.link()).resolves.toEqual({ payload: 'zAB', scenario: 'reference-lab', steps: 3 });
  });

  it('rejects with the host error (a lab too long for a link)', async () => {
    const api = createSimClient(transport((msg) => ({ id: msg.id, type: 'error', error: { code: 'bad-link', message: 'too long' } })));
    const err = await api.link().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimError);
    expect(err).toMatchObject({ code: 'bad-link', message: 'too long' });
  });
});
