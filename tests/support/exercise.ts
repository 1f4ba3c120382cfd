// Doing an exercise in a browser test, the way a learner does: choose an option (a radio button) and
// confirm it with "Vahvista valinta", then go on with "Jatka". By keyboard or by click.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { ScenarioChoice, ScenarioNode } from '../../src/schemas/scenario.ts';
import { tabTo } from './keyboard.ts';

export const CONFIRM = 'Vahvista valinta';
export const NEXT = 'Jatka';

/**
 * Chooses `choice` in `node` with the keyboard alone: Tab into the group of options (focus lands on
 * the first), arrow keys to the chosen one (which selects it), Tab to "Vahvista valinta", Enter.
 */
export async function chooseWithKeyboard(page: Page, island: Locator, node: ScenarioNode, choice: ScenarioChoice): Promise<void> {
  const index = node.choices.findIndex((c) => c.id === choice.id);
  await tabTo(page, island.getByRole('radio', { name: node.choices[0]!.label, exact: true }));
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(island.getByRole('radio', { name: choice.label, exact: true })).toBeChecked();
  await tabTo(page, island.getByRole('button', { name: CONFIRM }));
  await page.keyboard.press('Enter');
  await expect(island.locator('.feedback-title')).toBeFocused();
}

/** Goes on from the feedback with the keyboard. */
export async function continueWithKeyboard(page: Page, island: Locator): Promise<void> {
  await tabTo(page, island.getByRole('button', { name: NEXT, exact: true }));
  await page.keyboard.press('Enter');
}

/** Chooses and confirms by click (the tests that are not about the keyboard). */
export async function chooseByClick(island: Locator, choice: ScenarioChoice): Promise<void> {
  await island.getByRole('radio', { name: choice.label, exact: true }).check();
  await island.getByRole('button', { name: CONFIRM }).click();
  await expect(island.locator('.feedback-title')).toBeVisible();
}

export async function continueByClick(island: Locator): Promise<void> {
  await island.getByRole('button', { name: NEXT, exact: true }).click();
}

/** Opens a scenario's own page (its island hydrates at once) and waits until the island runs. */
export async function openScenarioPage(page: Page, id: string): Promise<Locator> {
  await page.goto(`harjoitukset/${id}.html`);
  const island = page.locator(`[data-scenario="${id}"]`);
  // Hydrated when the store note (client only) is shown.
  await expect(island.locator('.scenario-store')).toContainText('selaimeen');
  return island;
}

/** Inside a lesson the island hydrates when it is scrolled into view. */
export async function hydrateInLesson(island: Locator): Promise<void> {
  await island.scrollIntoViewIfNeeded();
  await expect(island.locator('.scenario-store')).toContainText('selaimeen');
}
