// Fault injection for the reliability specs (BUDGETS R1–R6). Playwright's init scripts run in pages only,
// never in workers, so code meant for the simulator is also put in front of the worker's own script.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** Runs `source` before the simulator starts: in front of the worker script, and in the page (fallback). */
export async function injectIntoSimulator(target: Page | BrowserContext, source: string): Promise<void> {
  await target.addInitScript({ content: source });
  await target.route(/\/sim\.worker[^/]*\.js(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: `${source}\n${body}` });
  });
}

/** IndexedDB refuses to open, as with storage turned off or some private windows. */
export const INDEXEDDB_REFUSED = `IDBFactory.prototype.open = function () {
  throw new DOMException('The user denied permission to access the database.', 'SecurityError');
};`;

/**
 * Every IndexedDB put fails with QuotaExceededError once armed (armQuotaFull), as writes do when the
 * origin's storage is full.
 */
export const QUOTA_FULL_WHEN_ARMED = `(() => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (globalThis.__altdiskQuotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
})();`;

/** Arms QUOTA_FULL_WHEN_ARMED in the simulator worker (and the page, for the in-page fallback). */
export async function armQuotaFull(page: Page): Promise<void> {
  const arm = () => {
    (globalThis as { __altdiskQuotaFull?: boolean }).__altdiskQuotaFull = true;
  };
  await page.evaluate(arm);
  await (await simWorker(page)).evaluate(arm);
}

/** The simulator worker of this page (created by the app; not an extension or anything else). */
export async function simWorker(page: Page) {
  const find = () => page.workers().find((w) => /sim\.worker/.test(w.url()));
  for (let i = 0; i < 50 && !find(); i++) await page.waitForTimeout(50);
  const worker = find();
  if (!worker) throw new Error('the simulator worker is not running');
  return worker;
}

/** Sets the origin's storage quota (CDP Storage.overrideQuotaForOrigin); Chromium applies it to connections opened afterwards. */
export async function overrideQuota(cdp: CDPSession, origin: string, quotaSize: number): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
}

/** A blank page at the app's origin (no app), for raw IndexedDB work from the test. */
export async function blankPageAtOrigin(page: Page): Promise<void> {
  await page.route('**/__blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/__blank.html');
}
