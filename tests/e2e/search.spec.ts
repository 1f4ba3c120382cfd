// Search in the browser. The automatic `guard` fixture also fails a test on a console error, a foreign request or
// a CSP violation (search loads Pagefind's WebAssembly, the one page whose CSP allows it).
import { expect, test } from '../support/fixtures.ts';

test('an inflected Finnish word finds the lesson with its base form', async ({ page }) => {
  // "kokouksissa" (in meetings) is not in the text as such; the lesson uses "kokous".
  await page.goto('haku.html?q=kokouksissa');
  const results = page.locator('#haku-tulokset li a');
  // Pagefind loads its index and WebAssembly first: slow on a busy machine.
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(hrefs.some((h) => h?.endsWith('oppitunnit/suljetut-kokoukset.html'))).toBe(true);
  await expect(page.locator('#haku-tila')).toContainText('tulos');
});

test('the header search works from a nested page and links resolve under the sub-path', async ({ page, baseURL }) => {
  await page.goto('oppitunnit/salassapito.html');
  await page.getByRole('searchbox', { name: 'Hae kurssilta' }).fill('lojaliteettivelvoitteen');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}haku.html?q=lojaliteettivelvoitteen`);
  const first = page.locator('#haku-tulokset li a').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}oppitunnit/[a-z-]+\\.html`));
});
