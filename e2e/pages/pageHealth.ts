// Collects what must never happen on a page: console errors, uncaught exceptions and CSP violations
// (BUDGETS S5). Attach before the first navigation.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface PageHealth {
  consoleErrors: string[];
  pageErrors: string[];
  /** securitypolicyviolation events seen by the page so far. */
  cspViolations(): Promise<string[]>;
}

export async function watchPageHealth(page: Page): Promise<PageHealth> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    consoleErrors,
    pageErrors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}
