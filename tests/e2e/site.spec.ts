import { expect, test } from '@playwright/test';
import { axeViolations, builtPages } from '../support/site.ts';

const pages = builtPages();

test('every page is reachable from the front page with no 404, console error or foreign request', async ({ page, baseURL }) => {
  const base = new URL(baseURL!);
  const problems: string[] = [];
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== base.origin) problems.push(`${current}: request to another origin: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} for ${r.url()}`);
  });

  const queue = ['index.html'];
  const seen = new Set(queue);
  while (queue.length) {
    current = queue.shift()!;
    const response = await page.goto(current);
    expect(response?.status(), current).toBe(200);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const u = new URL(href);
      if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) continue;
      const path = decodeURIComponent(u.pathname.slice(base.pathname.length));
      if (!seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  expect(problems).toEqual([]);
  // Everything is linked from somewhere but the 404 page and the SCORM launch page (opened by an LMS).
  expect([...seen].sort()).toEqual(pages.filter((p) => p !== '404.html' && p !== 'player.html'));
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('ei-ole-tallaista.html');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
});

for (const path of pages) {
  test(`accessibility (axe, WCAG 2.2 AA): ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    // Self-check answers open on demand: check the page with every answer open too.
    const summaries = await page.locator('details > summary').all();
    if (summaries.length > 0) {
      for (const summary of summaries) await summary.click();
      await expect(page.locator('details:not([open])')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test(`layout fits a 320 px screen without sideways scrolling: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
}

test('keyboard: skip link first, then start the course from the front page', async ({ page }) => {
  await page.goto('index.html');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const start = page.getByRole('link', { name: 'Aloita kurssi' });
  for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/oppitunnit\/[a-z-]+\.html$/);
});

test('self-check answers open with the keyboard', async ({ page }) => {
  await page.goto('oppitunnit/salassapito.html');
  const summary = page.locator('details > summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details').first()).toHaveAttribute('open', '');
});
