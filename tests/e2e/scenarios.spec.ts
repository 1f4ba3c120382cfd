// Every scenario, played with the keyboard alone in Chromium: one path to each ending, a reload in
// the middle, and axe-core in every state (question, feedback, ending).
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../../src/course/index.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';
import { tabTo } from '../support/keyboard.ts';
import { axeViolations } from '../support/site.ts';

const content = loadCourse(fileURLToPath(new URL('../..', import.meta.url)));

async function open(page: Page, id: string) {
  await page.goto(`harjoitukset/${id}.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const island = page.locator(`[data-scenario="${id}"]`);
  // Hydrated when the store note (client only) is shown.
  await expect(island.locator('.scenario-store')).toContainText('selaimeen');
  return island;
}

for (const s of content.scenarios) {
  test.describe(`scenario ${s.id}`, () => {
    const paths = allEndingPaths(s);
    // One path to each ending: the first path found that ends there.
    const byEnding = new Map<string, (typeof paths)[number]>();
    for (const p of paths) if (!byEnding.has(String(p.state.value))) byEnding.set(String(p.state.value), p);

    for (const [endingId, path] of byEnding) {
      test(`keyboard only: path to ending "${endingId}"`, async ({ page }) => {
        const island = await open(page, s.id);
        const decisions = path.state.context.path;
        for (const [i, d] of decisions.entries()) {
          const node = s.nodes.find((n) => n.id === d.nodeId)!;
          const choice = node.choices.find((c) => c.id === d.choiceId)!;
          await expect(island.locator('.situation')).toHaveText(node.situation);
          if (i === 0) expect(await axeViolations(page)).toEqual([]);
          await tabTo(page, island.getByRole('button', { name: choice.label, exact: true }));
          await page.keyboard.press('Enter');
          // Feedback: focus moves to it and the live region announces it.
          await expect(island.locator('.feedback-title')).toBeFocused();
          await expect(island.locator('[aria-live="polite"]')).toContainText(choice.feedback);
          await expect(island.locator('.scenario-feedback')).toContainText(choice.feedback);
          if (i === 0) expect(await axeViolations(page)).toEqual([]);
          await tabTo(page, island.getByRole('button', { name: 'Jatka' }));
          await page.keyboard.press('Enter');
          // The next situation's heading takes focus (the ending's title is checked below).
          if (i < decisions.length - 1) await expect(island.locator('.step-title')).toBeFocused();
        }
        const ending = s.endings.find((e) => e.id === endingId)!;
        await expect(island.locator('.ending-title')).toBeFocused();
        await expect(island.locator('.ending-title')).toContainText(ending.title);
        await expect(island.locator('.points')).toHaveText(`Pisteet: ${path.state.context.points} / ${s.figures.maxPoints}`);
        await expect(island.locator('.path > li')).toHaveCount(decisions.length);
        expect(await axeViolations(page)).toEqual([]);
        // "Yritä uudelleen" starts again from the first situation.
        await tabTo(page, island.getByRole('button', { name: 'Yritä uudelleen' }));
        await page.keyboard.press('Enter');
        await expect(island.locator('.situation')).toHaveText(s.nodes.find((n) => n.id === s.start)!.situation);
      });
    }

    test('a reload in the middle restores the same node and points; the clear control forgets it', async ({ page }) => {
      const island = await open(page, s.id);
      const path = paths.find((p) => p.state.context.path.length >= 2)!;
      const [first, second] = path.state.context.path;
      const firstNode = s.nodes.find((n) => n.id === first!.nodeId)!;
      await island.getByRole('button', { name: firstNode.choices.find((c) => c.id === first!.choiceId)!.label, exact: true }).click();
      await island.getByRole('button', { name: 'Jatka' }).click();
      const secondNode = s.nodes.find((n) => n.id === second!.nodeId)!;
      await expect(island.locator('.situation')).toHaveText(secondNode.situation);
      await page.reload();
      await expect(island.locator('.situation')).toHaveText(secondNode.situation);
      await expect(island).toContainText(`Pisteet tähän mennessä ${first!.points}`);
      await island.getByRole('button', { name: 'Tyhjennä tämän harjoituksen tallennus' }).click();
      await expect(island.locator('.situation')).toHaveText(s.nodes.find((n) => n.id === s.start)!.situation);
      await expect(island.getByRole('button', { name: 'Tyhjennä tämän harjoituksen tallennus' })).toHaveCount(0);
      await page.reload();
      await expect(island.locator('.situation')).toHaveText(s.nodes.find((n) => n.id === s.start)!.situation);
      const saved = await page.evaluate(() => localStorage.getItem('aanekoski-some:edistyminen') ?? '');
      expect(saved).not.toContain(`${s.id}:`);
    });
  });
}

test('scenarios are playable inside their lessons', async ({ page }) => {
  for (const s of content.scenarios) {
    const lesson = content.lessons.find((l) => l.id === s.lesson)!;
    expect(lesson.body, `${lesson.file} should embed <Harjoitus id="${s.id}" />`).toContain(`<Harjoitus id="${s.id}"`);
    await page.goto(`oppitunnit/${lesson.id}.html`);
    const island = page.locator(`[data-scenario="${s.id}"]`);
    await island.scrollIntoViewIfNeeded();
    await expect(island.locator('.scenario-store')).toContainText('selaimeen');
    await island.locator('.choice').first().click();
    await expect(island.locator('.feedback-title')).toBeFocused();
  }
});

test('clearing one scenario keeps the others; the control shows only when something is saved', async ({ page }) => {
  const [a, b] = content.scenarios;
  const islandA = await open(page, a!.id);
  await expect(islandA.getByRole('button', { name: 'Tyhjennä tämän harjoituksen tallennus' })).toHaveCount(0);
  await islandA.locator('.choice').first().click();
  await expect(islandA.locator('.feedback-title')).toBeFocused();
  await page.goto(`harjoitukset/${b!.id}.html`);
  const islandB = page.locator(`[data-scenario="${b!.id}"]`);
  await islandB.locator('.choice').first().click();
  await islandB.getByRole('button', { name: 'Tyhjennä tämän harjoituksen tallennus' }).click();
  await expect(islandB.locator('.situation')).toHaveText(b!.nodes.find((n) => n.id === b!.start)!.situation);
  // Scenario A still opens at its feedback.
  await page.goto(`harjoitukset/${a!.id}.html`);
  await expect(islandA.locator('.feedback-title')).toBeVisible();
});

test('a slow machine load: the feedback and its announcement match the first choice; later clicks wait', async ({ page }) => {
  const s = content.scenarios.find((x) => x.nodes.find((n) => n.id === x.start)!.choices.length >= 3)!;
  const island = await open(page, s.id);
  await page.route(/scenario-machine\.[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const start = s.nodes.find((n) => n.id === s.start)!;
  const [first, , third] = start.choices;
  await island.getByRole('button', { name: third!.label, exact: true }).click();
  await island.getByRole('button', { name: first!.label, exact: true }).click({ timeout: 1000 }).catch(() => {});
  await expect(island.locator('.scenario-feedback')).toContainText(`Valitsit: ${third!.label}`);
  await expect(island.locator('[aria-live="polite"]')).toHaveText(third!.feedback.trim());
  await expect(island.locator('.feedback-title')).toBeFocused();
});
