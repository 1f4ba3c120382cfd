import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site.ts';

const lessons = builtPages().filter((p) => p.startsWith('oppitunnit/'));

for (const path of lessons) {
  test(`lesson page shows objectives, sources and the legal check date: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const objectives = page.locator('section[aria-labelledby="tavoitteet"] li');
    expect(await objectives.count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('heading', { name: 'Mihin tämä perustuu' })).toBeVisible();
    expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByText(/Lakiviittaukset tarkistettu viimeksi \d{1,2}\.\d{1,2}\.\d{4}/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Muista nämä' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tarkista osaamisesi' })).toBeVisible();
  });
}
