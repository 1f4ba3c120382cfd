// Every scenario in Chromium. Every path and every ending is proven in the unit tests from the machine
// itself (xstate/graph, tests/unit/scenario-machines.test.ts); here each scenario gets
// - one path played with the keyboard alone on its own page, with axe-core on a feedback view and on
//   the ending, and "Yritä uudelleen" at the end. The question view is the page as it opens, which
//   pages.spec.ts already checks with axe on every scenario page, hydrated: not run twice here;
// - one test inside its lesson, by click: a reload in the middle restores the same node and points,
//   the clear control forgets the attempt, then every other ending is played (title, points, path).
// Together the keyboard paths put every outcome (ending) and every rating (feedback) in front of axe.
import type { Page } from '@playwright/test';
import type { ModelScenario } from '../../src/course/index.ts';
import { realCourse } from '../support/course.ts';
import { rateChoice, type Rating } from '../../src/machines/scenario-view.ts';
import { decodeProgress } from '../../src/course/state-codec.ts';
import { expect, test } from '../support/fixtures.ts';
import { tabTo } from '../support/keyboard.ts';
import { chooseByClick, chooseWithKeyboard, CONFIRM, continueByClick, continueWithKeyboard, hydrateInLesson, openScenarioPage } from '../support/exercise.ts';
import { stepOf } from '../../src/islands/scenario-steps.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';
import { axeViolations } from '../support/site.ts';

const content = realCourse();
type EndingPath = ReturnType<typeof allEndingPaths>[number];
type Outcome = ModelScenario['endings'][number]['outcome'];

const CLEAR = 'Tyhjennä tallennus';
const CLEAR_YES = 'Poista tallennus';
const nodeOf = (s: ModelScenario, id: string) => s.nodes.find((n) => n.id === id)!;
const endingOf = (s: ModelScenario, p: EndingPath) => s.endings.find((e) => e.id === String(p.state.value))!;
const decisionsOf = (s: ModelScenario, p: EndingPath) =>
  p.state.context.path.map((d) => {
    const node = nodeOf(s, d.nodeId);
    const choice = node.choices.find((c) => c.id === d.choiceId)!;
    const rating = rateChoice(choice.points, Math.max(...node.choices.map((c) => c.points)));
    return { node, choice, rating };
  });

/** The keyboard path of each scenario, and the decision whose feedback axe checks: chosen in turn so
 *  that the keyboard paths together cover every ending outcome and every feedback rating there is. */
function planKeyboardPaths() {
  const all = content.scenarios.map((s) => ({ s, paths: allEndingPaths(s) }));
  const candidates = (s: ModelScenario, paths: EndingPath[]) =>
    paths.flatMap((path) => decisionsOf(s, path).map((d, step) => ({ path, step, outcome: endingOf(s, path).outcome, rating: d.rating })));
  const available = all.flatMap(({ s, paths }) => candidates(s, paths));
  const needOutcomes = new Set<Outcome>(available.map((c) => c.outcome));
  const needRatings = new Set<Rating>(available.map((c) => c.rating));
  const plan = new Map<string, { path: EndingPath; feedbackStep: number; outcome: Outcome; rating: Rating }>();
  for (const { s, paths } of all) {
    const score = (c: { outcome: Outcome; rating: Rating }) => Number(needOutcomes.has(c.outcome)) + Number(needRatings.has(c.rating));
    const best = candidates(s, paths).reduce((a, b) => (score(b) > score(a) ? b : a));
    needOutcomes.delete(best.outcome);
    needRatings.delete(best.rating);
    plan.set(s.id, { path: best.path, feedbackStep: best.step, outcome: best.outcome, rating: best.rating });
  }
  return { plan, outcomes: new Set(available.map((c) => c.outcome)), ratings: new Set(available.map((c) => c.rating)) };
}
const keyboard = planKeyboardPaths();

/** Nothing the browser stores, read with the course's own codec, holds an attempt of this scenario. */
async function expectNothingStored(page: Page, id: string) {
  const values = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k) ?? ''));
  expect(values.filter((v) => decodeProgress(v).scenarios[id] !== undefined)).toEqual([]);
}

test('the keyboard paths together show axe every ending outcome and every feedback rating', () => {
  const planned = [...keyboard.plan.values()];
  expect(new Set(planned.map((p) => p.outcome))).toEqual(keyboard.outcomes);
  expect(new Set(planned.map((p) => p.rating))).toEqual(keyboard.ratings);
});

for (const s of content.scenarios) {
  const { path, feedbackStep } = keyboard.plan.get(s.id)!;
  const ending = endingOf(s, path);
  const start = nodeOf(s, s.start);

  test.describe(`scenario ${s.id}`, () => {
    test(`keyboard only: path to ending "${ending.id}", axe in feedback and ending`, async ({ page, guard }) => {
      // Two axe runs: on a busy machine each can take many seconds.
      test.setTimeout(120_000);
      guard.at(`harjoitukset/${s.id}.html`);
      const island = await openScenarioPage(page, s.id);
      const decisions = decisionsOf(s, path);
      for (const [i, { node, choice }] of decisions.entries()) {
        await expect(island.locator('.situation')).toHaveText(node.situation);
        const { n, of } = stepOf(s, i, node.id);
        await expect(island.locator('.step-title')).toHaveText(`Tilanne ${n}/${of}`);
        // A radio button chosen with the arrow keys, confirmed with "Vahvista valinta"; focus moves to the feedback.
        await chooseWithKeyboard(page, island, node, choice);
        await expect(island.locator('[aria-live="polite"]')).toContainText(choice.feedback);
        await expect(island.locator('.scenario-feedback')).toContainText(choice.feedback);
        if (i === feedbackStep) expect(await axeViolations(page), 'axe: feedback').toEqual([]);
        await continueWithKeyboard(page, island);
        // The next situation's heading takes focus (the ending's title is checked below).
        if (i < decisions.length - 1) await expect(island.locator('.step-title')).toBeFocused();
      }
      await expect(island.locator('.ending-title')).toBeFocused();
      await expect(island.locator('.ending-title')).toContainText(ending.title);
      await expect(island.locator('.points')).toHaveText(`Pisteet: ${path.state.context.points} / ${s.figures.maxPoints}`);
      await expect(island.locator('.path > li')).toHaveCount(decisions.length);
      expect(await axeViolations(page), 'axe: ending').toEqual([]);
      // "Yritä uudelleen" starts again from the first situation.
      await tabTo(page, island.getByRole('button', { name: 'Yritä uudelleen' }));
      await page.keyboard.press('Enter');
      await expect(island.locator('.situation')).toHaveText(start.situation);
    });

    test('inside its lesson, by click: a reload restores the node and points, the clear control forgets, every other ending', async ({ page, guard }) => {
      const lesson = content.lessons.find((l) => l.id === s.lesson)!;
      expect(lesson.body, `${lesson.file} should embed <Harjoitus id="${s.id}" />`).toContain(`<Harjoitus id="${s.id}"`);
      guard.at(`oppitunnit/${lesson.id}.html`);
      await page.goto(`oppitunnit/${lesson.id}.html`);
      const island = page.locator(`[data-scenario="${s.id}"]`);
      await hydrateInLesson(island);

      // A reload in the middle restores the same node and points.
      const paths = allEndingPaths(s);
      const [first, second] = decisionsOf(s, paths.find((p) => p.state.context.path.length >= 2)!);
      await chooseByClick(island, first!.choice);
      await expect(island.locator('.feedback-title')).toBeFocused();
      await continueByClick(island);
      await expect(island.locator('.situation')).toHaveText(second!.node.situation);
      await page.reload();
      await hydrateInLesson(island);
      await expect(island.locator('.situation')).toHaveText(second!.node.situation);
      await expect(island).toContainText(`Pisteet tähän mennessä: ${first!.choice.points}`);
      // The clear control asks first ("Peruuta" keeps everything), then forgets, also over a reload;
      // it shows only when something is saved.
      await island.getByRole('button', { name: CLEAR }).click();
      await island.getByRole('button', { name: 'Peruuta' }).click();
      await expect(island.getByRole('button', { name: CLEAR })).toBeFocused();
      await expect(island.locator('.situation')).toHaveText(second!.node.situation);
      await island.getByRole('button', { name: CLEAR }).click();
      await expect(island.getByRole('button', { name: CLEAR_YES })).toBeFocused();
      await island.getByRole('button', { name: CLEAR_YES }).click();
      await expect(island.locator('.situation')).toHaveText(start.situation);
      await expect(island.getByRole('button', { name: CLEAR })).toHaveCount(0);
      await page.reload();
      await hydrateInLesson(island);
      await expect(island.locator('.situation')).toHaveText(start.situation);
      await expect(island.getByRole('button', { name: CLEAR })).toHaveCount(0);
      await expectNothingStored(page, s.id);

      // Every other ending (the first path found to each), with its title, points and path.
      const byEnding = new Map<string, EndingPath>();
      for (const p of paths) if (!byEnding.has(String(p.state.value))) byEnding.set(String(p.state.value), p);
      byEnding.delete(ending.id);
      for (const [endingId, other] of byEnding) {
        const decisions = decisionsOf(s, other);
        for (const [i, { node, choice }] of decisions.entries()) {
          await expect(island.locator('.situation')).toHaveText(node.situation);
          await chooseByClick(island, choice);
          await expect(island.locator('.feedback-title')).toBeFocused();
          await expect(island.locator('[aria-live="polite"]')).toContainText(choice.feedback);
          await expect(island.locator('.scenario-feedback')).toContainText(choice.feedback);
          await continueByClick(island);
          if (i < decisions.length - 1) await expect(island.locator('.step-title')).toBeFocused();
        }
        const reached = s.endings.find((e) => e.id === endingId)!;
        await expect(island.locator('.ending-title')).toBeFocused();
        await expect(island.locator('.ending-title')).toContainText(reached.title);
        await expect(island.locator('.points')).toHaveText(`Pisteet: ${other.state.context.points} / ${s.figures.maxPoints}`);
        await expect(island.locator('.path > li')).toHaveCount(decisions.length);
        await island.getByRole('button', { name: 'Yritä uudelleen' }).click();
        await expect(island.locator('.situation')).toHaveText(start.situation);
      }
    });
  });
}

test('clearing one scenario keeps the others; the control shows only when something is saved', async ({ page, guard }) => {
  const [a, b] = content.scenarios;
  guard.at(`harjoitukset/${a!.id}.html`);
  const islandA = await openScenarioPage(page, a!.id);
  await expect(islandA.getByRole('button', { name: CLEAR })).toHaveCount(0);
  await chooseByClick(islandA, nodeOf(a!, a!.start).choices[0]!);
  await expect(islandA.locator('.feedback-title')).toBeFocused();
  guard.at(`harjoitukset/${b!.id}.html`);
  const islandB = await openScenarioPage(page, b!.id);
  await chooseByClick(islandB, nodeOf(b!, b!.start).choices[0]!);
  await islandB.getByRole('button', { name: CLEAR }).click();
  await islandB.getByRole('button', { name: CLEAR_YES }).click();
  await expect(islandB.locator('.situation')).toHaveText(nodeOf(b!, b!.start).situation);
  // Scenario A still opens at its feedback.
  guard.at(`harjoitukset/${a!.id}.html`);
  await page.goto(`harjoitukset/${a!.id}.html`);
  await expect(islandA.locator('.feedback-title')).toBeVisible();
});

test('a slow machine load: the feedback and its announcement match the first choice; later clicks wait', async ({ page, guard }) => {
  const s = content.scenarios.find((x) => nodeOf(x, x.start).choices.length >= 3)!;
  guard.at(`harjoitukset/${s.id}.html`);
  const island = await openScenarioPage(page, s.id);
  // The machine's code is held back until the test lets it through.
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/scenario-machine\.[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const [first, , third] = nodeOf(s, s.start).choices;
  await island.getByRole('radio', { name: third!.label, exact: true }).check();
  const confirm = island.getByRole('button', { name: CONFIRM });
  await confirm.click();
  // While the machine loads, the group and the button say they are busy, and another confirmed choice is ignored.
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
  await expect(island.locator('fieldset.choices')).toHaveAttribute('aria-busy', 'true');
  await island.getByRole('radio', { name: first!.label, exact: true }).check();
  await confirm.click({ force: true });
  release();
  await expect(island.locator('.scenario-feedback')).toContainText(`Valitsit: ${third!.label}`);
  await expect(island.locator('[aria-live="polite"]')).toHaveText(third!.feedback.trim());
  await expect(island.locator('.feedback-title')).toBeFocused();
});
