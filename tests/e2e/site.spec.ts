// The built site in Chromium, beyond the per-page checks (pages.spec.ts and crawl.spec.ts): the 404
// page for an unknown address, and keyboard use of the front page and of self-check answers. The
// automatic `guard` fixture fails any of them on a console error, a foreign request or a CSP violation.
import { expect, test } from '../support/fixtures.ts';

test.describe('an unknown address', () => {
  // The one response allowed to fail (Chromium also logs it as a console error); anything else the
  // guard records, such as a 404 for any other address, still fails the test.
  test.use({ guardAllows: /: (HTTP 404 for \S+\/ei-ole-tallaista\.html|console error: Failed to load resource: the server responded with a status of 404 \(Not Found\))$/ });

  test('gets the 404 page', async ({ page }) => {
    const response = await page.goto('ei-ole-tallaista.html');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  });
});

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
