// Hardening in the browser: no CSP violation while the site, a scenario, search and the SCORM player
// are used. The CSP meta tags themselves are checked in the built files (tests/dist/site.test.ts).
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/site.ts';

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
