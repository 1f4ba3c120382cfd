// The browser tests' `test`: Playwright's, plus a `guard` that watches every test's page (console
// errors, page errors, requests to another origin, HTTP errors, CSP violations, in every frame; see
// guard.ts) and fails the test at its end if anything was recorded. It is automatic, so no browser
// test can forget it; a test that expects a problem says which with `test.use({ guardAllows: /…/ })`.
import { test as base, expect } from '@playwright/test';
import { guardPage, type Guard } from './guard.ts';

export const test = base.extend<{ guard: Guard; guardAllows: RegExp | undefined }>({
  guardAllows: [undefined, { option: true }],
  guard: [
    async ({ page, baseURL, guardAllows }, use, testInfo) => {
      const guard = await guardPage(page, baseURL!);
      guard.at(testInfo.title);
      await use(guard);
      const unexpected = guard.problems.filter((p) => !guardAllows?.test(p));
      expect(unexpected, 'console errors, page errors, requests to another origin, HTTP errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
