// BUDGETS S5: the built app served by `npm start` (vite preview) sends its Content-Security-Policy as an
// HTTP header, with frame-ancestors 'none' added, and keeps the same policy in a <meta> for static hosts;
// the page loads and works with 0 securitypolicyviolation events.
import { expect, test } from '@playwright/test';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

const metaPolicyOf = (html: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

test('the page is served with the CSP header (frame-ancestors included) and the same policy in its <meta>', async ({ request }) => {
  const res = await request.get('/?speed=instant');
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // A static host sends no header: the <meta> carries the policy there (frame-ancestors cannot be in a <meta>).
  expect(metaPolicyOf(await res.text())).toBe(POLICY);
});

test('every script the page and the worker load carries the header too', async ({ page }) => {
  const scripts: { url: string; csp: string | undefined }[] = [];
  page.on('response', (res) => {
    if (/\.js(\?|$)/.test(res.url())) scripts.push({ url: res.url(), csp: res.headers()['content-security-policy'] });
  });
  await new TrainerPage(page).goto({ speed: 'instant' });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => /worker/.test(s.url))).toBe(true);
  for (const s of scripts) expect(s.csp, s.url).toBe(`${POLICY}; frame-ancestors 'none'`);
});

test('0 securitypolicyviolation events while the lab loads and runs commands', async ({ page }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('lspv');
  await app.run('alt_disk_copy -d hdisk1');
  await expect(app.lifecycleState).toHaveText('altinstAsleep');
  await app.reload();
  expect(await health.cspViolations()).toEqual([]);
  expect(health.pageErrors).toEqual([]);
  // A <meta> policy with frame-ancestors would log an error; the header carries it instead.
  expect(health.consoleErrors.filter((e) => /Content Security Policy|frame-ancestors/i.test(e))).toEqual([]);
});

test('no page can frame the trainer, not even one of its own origin (frame-ancestors)', async ({ page, baseURL }) => {
  // 'none' refuses every framer; one on the same origin (served by the test) keeps the browser's
  // local-network checks for other origins out of the way.
  await page.route(`${baseURL}/framer.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe title="framed" src="${baseURL}/?speed=instant"></iframe>` }),
  );
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.goto(`${baseURL}/framer.html`);
  const framed = () => page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => framed()?.url()).toMatch(/^chrome-error:/);
  // Fetched, then refused by its own response header (a network or local-access block reads otherwise).
  expect(failed).toEqual([`${baseURL}/?speed=instant net::ERR_BLOCKED_BY_RESPONSE`]);
  await expect(page.frameLocator('iframe[title="framed"]').getByRole('textbox', { name: 'Command line' })).toHaveCount(0);
});
