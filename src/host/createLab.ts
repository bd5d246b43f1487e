// createLab: a NEW saved lab from a whole session the page made (the twin of a pasted server). The session
// passes the same load gate as any stored lab before it is saved; the open lab does not change.
import type { ToWorker } from '../protocol/index.ts';
import { toStorageError } from './persistence/errors.ts';
import { errorText, READ_ONLY_MESSAGE, readOnly, storageFailed, type HostContext, type Reply } from './hostContext.ts';

export type CreateLabRequest = Extract<ToWorker, { type: 'createLab' }>;

/** Longest lab name kept (the labs menu's limit). */
const MAX_NAME = 80;

export async function createLab(ctx: HostContext, msg: CreateLabRequest): Promise<void> {
  const reply: Reply<'createLab'> = ctx.post;
  const fail = (code: 'bad-file' | 'storage' | 'read-only', message: string) => reply({ id: msg.id, type: 'error', error: { code, message } });
  const store = ctx.store;
  if (!store) return fail('storage', 'New labs cannot be saved: this tab is not saving (see the message at the top).');
  if (readOnly(ctx)) return fail('read-only', READ_ONLY_MESSAGE);
  const name = typeof msg.name === 'string' ? msg.name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) : '';
  if (name === '') return fail('bad-file', 'A new lab needs a name.');
  const gate = ctx.core.restoreSessionState(msg.state);
  if (!gate.ok) return fail('bad-file', gate.error);
  const state = gate.value.restored;
  try {
    const lab = await store.createLab({ name, scenario: state.scenario, lesson: null, state, entries: [], lines: [] });
    const labs = (await store.labs()).labs;
    reply({ id: msg.id, type: 'created', result: { lab, labs } });
  } catch (err) {
    storageFailed(ctx, toStorageError(err, 'write'));
    fail('storage', `The new lab could not be saved: ${ctx.storage.message ?? errorText(err)}`);
  }
}
