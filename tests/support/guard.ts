// Watches a page while a browser test uses it: console errors, uncaught page errors, requests to
// another origin, HTTP errors and Content-Security-Policy violations, in every frame. Problems are
// recorded with the step they happened in (`at`), so one visit per page can check all of them.
import type { Page } from '@playwright/test';

export interface Guard {
  /** Everything that went wrong, as readable lines ("<step>: <what>"). */
  readonly problems: string[];
  /** CSP violations only (they are in `problems` too). */
  readonly csp: string[];
  /** Names the step that follows (usually the page being visited), for the problem lines. */
  at(step: string): void;
  /** Forgets what was recorded (after a control case that provokes a problem on purpose). */
  clear(): void;
}

declare global {
  interface Window {
    __reportCspViolation?: (line: string) => void;
  }
}

export async function guardPage(page: Page, baseURL: string): Promise<Guard> {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  const csp: string[] = [];
  let step = '';
  const add = (line: string) => problems.push(`${step}: ${line}`);

  page.on('console', (m) => {
    if (m.type() === 'error') add(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => add(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) add(`request to another origin: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) add(`HTTP ${r.status()} for ${r.url()}`);
  });
  // A binding reports each violation to the test at once, from any frame, so none is lost when the
  // page navigates away (a list kept in the page would start again on every load).
  await page.exposeFunction('__reportCspViolation', (line: string) => {
    csp.push(line);
    add(`CSP violation: ${line}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation?.(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  return {
    problems,
    csp,
    at: (s) => {
      step = s;
    },
    clear: () => {
      problems.length = 0;
      csp.length = 0;
    },
  };
}
