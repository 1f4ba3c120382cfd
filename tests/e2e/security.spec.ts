// Hardening: a Content-Security-Policy on every page, no inline event handlers, and no CSP
// violation while the site, a scenario, search and the SCORM player are used.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from '../support/site.ts';

const pages = builtPages();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation in every frame of the page. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window.top as Window).__cspViolations ??= list;
    document.addEventListener('securitypolicyviolation', (e) => {
      ((window.top as Window).__cspViolations ??= []).push(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}
const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

test('every page declares a strict CSP and a referrer policy, with no inline event handlers', () => {
  for (const p of pages) {
    const html = readFileSync(join(DIST, p), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, p).toBeDefined();
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) expect(csp, `${p}: ${d}`).toContain(d);
    const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
    expect(scriptSrc, p).not.toContain('unsafe-inline');
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), p).toBe(p === 'haku.html');
    expect(html, p).toContain('<meta name="referrer" content="no-referrer"');
    expect(html.match(/<[^>]+\son[a-z]+\s*=/g), p).toBeNull();
    // The policy must come before anything it governs.
    expect(html.indexOf('content-security-policy'), p).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
  }
});

test('no CSP violation while the whole site, search, a scenario and the SCORM player are used', async ({ page }) => {
  test.setTimeout(120_000);
  await watchCsp(page);
  // Control: an injected inline script is blocked and reported, so the watcher really works.
  await page.goto('index.html');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  await expect.poll(() => violations(page)).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  // Each page load starts a new list, so collect after every page.
  const found: string[] = [];
  const collect = async () => found.push(...(await violations(page)));
  for (const p of pages) {
    await page.goto(p);
    await page.waitForLoadState('networkidle');
    await collect();
  }
  await page.goto('haku.html?q=salassapito');
  await expect(page.locator('#haku-tulokset li').first()).toBeVisible();
  await collect();
  await page.goto('harjoitukset/toimittaja-soittaa.html');
  const island = page.locator('[data-scenario]');
  while (!(await island.locator('.ending-title').isVisible())) {
    await island.locator('.choice').first().click();
    await island.getByRole('button', { name: 'Jatka' }).click();
  }
  await collect();
  await page.goto('lms-esikatselu.html');
  await page.getByRole('button', { name: 'Käynnistä kurssi' }).click();
  const player = page.frameLocator('#esikatselu-kehys');
  await expect(player.locator('#tallennus')).toHaveText('Tallennettu');
  await player.locator('.player-menu summary').click();
  await player.locator('.player-menu nav a').nth(9).click();
  await expect(player.frameLocator('#sisalto').locator('[data-scenario] .choice').first()).toBeVisible();
  await player.frameLocator('#sisalto').locator('[data-scenario] .choice').first().click();
  await page.getByRole('button', { name: 'Sulje kurssi' }).click();
  await collect();
  expect(found).toEqual([]);
});
