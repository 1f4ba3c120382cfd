// The built site in Chromium, beyond the per-page checks (pages.spec.ts and crawl.spec.ts): the 404
// page for an unknown address, keyboard use of the front page and of self-check answers, and a control
// case for the axe set-up that every zero-violation check relies on. The automatic `guard` fixture
// fails any of them on a console error, a foreign request or a CSP violation.
import { expect, test } from '../support/fixtures.ts';
import { axeViolations } from '../support/site.ts';

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
  const summary = page.locator('main details > summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main details').first()).toHaveAttribute('open', '');
});

test('control: axe reports a nameless button, in a page and inside the player frame', async ({ page }) => {
  // Every axe check in the browser tests expects zero violations: this proves that the set-up can report one at all,
  // also in a frame (the SCORM player shows the course in one; here with no LMS, on the front page).
  await page.goto('player.html');
  const frame = page.frameLocator('#sisalto');
  // Once the player has settled (no LMS found), the frame keeps its page: the button stays in it.
  await expect(page.locator('#tallennus')).not.toHaveText('Yhdistetään…');
  await expect(frame.locator('h1')).toBeVisible();
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'nimeton-ylla' })));
  await frame.locator('body').evaluate((body) => body.append(Object.assign(body.ownerDocument.createElement('button'), { id: 'nimeton-kehyksessa' })));
  const found = await axeViolations(page);
  expect(found).toEqual([expect.stringMatching(/^button-name \(critical\): .*#nimeton-ylla.*#nimeton-kehyksessa|^button-name \(critical\): .*#nimeton-kehyksessa.*#nimeton-ylla/)]);
});
