// ExecDone.history: each 'done' says what the line added to the session's ksh history, by the session's
// own rule, so the page's lesson and exam runs never re-derive it (the real core, no storage).
import { describe, expect, it } from 'vitest';
import type { ExecDone } from '../protocol/index.ts';
import { createSession, newSessionState } from '../core/session/session.ts';
import { HISTSIZE } from '../core/session/bounds.ts';
import { realSetup } from './testHarness.ts';

function host() {
  const h = realSetup({ deps: { openStore: null, locks: null } });
  const exec = async (line: string): Promise<ExecDone> => {
    const reply = await h.request({ type: 'exec', line });
    if (reply.type !== 'done') throw new Error(JSON.stringify(reply));
    return reply.done;
  };
  return { request: h.request, exec };
}

describe('ExecDone.history', () => {
  it('follows the session: blank lines, reset answers and SMS menu numbers add nothing', async () => {
    const h = host();
    const opened = await h.request({ type: 'open', request: { speed: 'instant' } });
    if (opened.type !== 'opened') throw new Error('not opened');
    const session = createSession(newSessionState(opened.result.snapshot.scenario)!);
    const lines = ['alt_disk_copy -d hdisk1', '', '  lspv  ', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'lspv', 'lab power off', 'lab sms', '5', '1', '7', '1', '2', '1', 'lspv', 'reset', 'n', 'reset', 'y', 'lspv'];
    let mirror: string[] = [...opened.result.history];
    for (const line of lines) {
      const done = await h.exec(line);
      session.exec(line);
      if (done.history?.added) mirror = [...mirror, done.history.added];
      expect(mirror, `after ${JSON.stringify(line)}`).toEqual(session.history());
      expect(done.history?.length).toBe(session.history().length);
    }
    expect(mirror).toContain('lab sms');
    expect(mirror).toContain('lspv');
    expect(mirror).not.toContain('5');
  });

  it('keeps counting past HISTSIZE, where the session lets the oldest lines go', async () => {
    const h = host();
    await h.request({ type: 'open', request: { speed: 'instant' } });
    let last: ExecDone | null = null;
    for (let i = 0; i < HISTSIZE + 3; i++) last = await h.exec(`echo ${i}`);
    expect(last?.history).toEqual({ added: `echo ${HISTSIZE + 2}`, length: HISTSIZE + 3 });
  });
});
