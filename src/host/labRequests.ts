// The labs menu's requests: list, rename, duplicate, delete (never the open lab). Each answers with the
// labs as they are after it ('labs'), or an 'error' in plain words.
import type { HostError, LabSummary, ToWorker } from '../protocol/index.ts';
import { StorageError, toStorageError } from './persistence/errors.ts';
import { storageFailed, type HostContext, type Reply } from './hostContext.ts';

export type LabRequest = Extract<ToWorker, { type: 'labs' | 'lab-rename' | 'lab-duplicate' | 'lab-delete' }>;

const NO_STORAGE = 'Saved labs are not available: this tab is not saving (see the message at the top), so only the open lab exists.';

export async function labRequest(ctx: HostContext, msg: LabRequest): Promise<void> {
  const reply: Reply<LabRequest['type']> = ctx.post;
  const fail = (code: HostError['code'], message: string) => reply({ id: msg.id, type: 'error', error: { code, message } });
  const store = ctx.store;
  if (!store) {
    if (msg.type === 'labs') reply({ id: msg.id, type: 'labs', labs: ctx.lab ? [ctx.lab] : [] });
    else fail('storage', NO_STORAGE);
    return;
  }
  try {
    switch (msg.type) {
      case 'labs':
        break;
      case 'lab-rename':
        await store.renameLab(msg.lab, msg.name);
        if (ctx.lab?.id === msg.lab) {
          const renamed = (await store.labs()).labs.find((l) => l.id === msg.lab);
          if (renamed) ctx.lab = renamed;
        }
        break;
      case 'lab-duplicate':
        await store.duplicateLab(msg.lab);
        break;
      case 'lab-delete':
        if (ctx.lab?.id === msg.lab) {
          fail('lab-open', 'This lab is the one open in this tab, so it cannot be deleted. Open another lab first, then delete this one.');
          return;
        }
        await store.deleteLab(msg.lab);
        break;
    }
    const labs: LabSummary[] = (await store.labs()).labs;
    reply({ id: msg.id, type: 'labs', labs });
  } catch (err) {
    const e = toStorageError(err, 'write');
    if (err instanceof StorageError && (err.kind === 'data' || err.kind === 'read')) {
      fail('storage', err.kind === 'data' ? 'A lab needs a name: type at least one letter.' : 'That lab is no longer saved in this browser (another tab may have deleted it).');
      return;
    }
    storageFailed(ctx, e);
    fail('storage', `The saved labs could not be changed: ${ctx.storage.message ?? e.message}`);
  }
}
