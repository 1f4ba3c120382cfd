// Hardening, in the browser: the CSP violation watcher that every browser test with the `guard`
// fixture uses (tests/support/guard.ts) really catches a violation, in a page and inside a frame.
// With it, no CSP violation is allowed while every page is visited (pages.spec.ts), every scenario is
// played (scenarios.spec.ts), search is used (search.spec.ts) and the SCORM player runs under the
// LMS preview (scorm.spec.ts). The CSP meta tags themselves are checked in tests/built/site.test.ts.
import { expect, test } from '../support/fixtures.ts';

declare global {
  interface Window {
    __inline?: number;
  }
}

test('control: an injected inline script is blocked and reported, in the page and in a frame', async ({ page, guard }) => {
  guard.at('index.html');
  await page.goto('index.html');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  await expect.poll(() => guard.csp).toEqual([expect.stringMatching(/index\.html: script-src/)]);
  expect(await page.evaluate(() => window.__inline)).toBeUndefined();

  // The SCORM player shows the course in a frame (here with no LMS, so it says so and opens the front page).
  guard.at('player.html');
  await page.goto('player.html');
  const frame = page.frameLocator('#sisalto');
  await expect(frame.locator('h1')).toBeVisible();
  await frame.locator('body').evaluate((body) => {
    const s = body.ownerDocument.createElement('script');
    s.textContent = 'window.__inline = 1';
    body.append(s);
  });
  await expect.poll(() => guard.csp).toHaveLength(2);
  expect(guard.csp[1]).toMatch(/index\.html: script-src/);
  expect(await frame.locator('body').evaluate((body) => (body.ownerDocument.defaultView as Window).__inline)).toBeUndefined();

  // Those two violations were provoked on purpose; anything else recorded would still fail the test.
  expect(guard.problems.filter((p) => !/CSP violation|Content Security Policy/.test(p))).toEqual([]);
  guard.clear();
});
