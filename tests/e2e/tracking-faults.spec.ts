// Nothing lost when the LMS stumbles (issue 12), for both SCORM versions under scorm-again (the LMS
// preview). Each fault is made the way it happens: commits that fail, an Initialize that fails, a
// second tab, republished content, a slow LMS. The count of decisions lost across these tests is 0.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { decodeProgress, encodeProgress } from '../../src/course/state-codec.ts';
import { realCourse } from '../support/course.ts';
import { chooseByClick, continueByClick } from '../support/exercise.ts';
import { expect, test } from '../support/fixtures.ts';
import { cmiOf, openPreview, previewState, seedPreview, stored, type Version } from '../support/lms-preview.ts';

const content = realCourse();
const staff = content.packages.find((p) => p.tracking === 'score')!;
const s = content.scenarios[0]!;
const startNode = s.nodes.find((n) => n.id === s.start)!;

async function openScenario(player: FrameLocator, inner: FrameLocator): Promise<Locator> {
  await player.getByRole('button', { name: 'Sisällys' }).click();
  await player.locator(`#sisallys a[data-target="${s.id}"]`).click();
  const island = inner.locator(`[data-scenario="${s.id}"]`);
  await expect(island.locator('.scenario-store')).toContainText(/./);
  await expect(island.getByRole('radio').first()).toBeEnabled();
  return island;
}

/** Makes `n` decisions along the first choices, returning their choice ids. */
async function decide(island: Locator, n: number): Promise<string[]> {
  const made: string[] = [];
  let node = startNode;
  for (let i = 0; i < n; i++) {
    const choice = node.choices[0]!;
    await chooseByClick(island, choice);
    made.push(choice.id);
    await continueByClick(island);
    const next = s.nodes.find((x) => x.id === choice.next);
    if (!next) break;
    node = next;
  }
  return made;
}

/** Closes the course in the preview; the launch's one session ends with exactly one Terminate (LMSFinish). */
const close = async (page: Page, version: Version) => {
  await page.getByRole('button', { name: 'Sulje kurssi' }).click();
  await expect.poll(async () => cmiOf(version, {}).terminate((await previewState(page)).counts)).toBe(1);
};

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('decisions made while every commit fails reach the LMS on the next launch, in order and once', async ({ page }) => {
      let { player, inner } = await openPreview(page, staff.id, version, { failures: 99 });
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'retrying');
      const made = await decide(await openScenario(player, inner), 2);
      await close(page, version);
      expect(cmiOf(version, (await stored(page, staff.id, version)) ?? {}).interactions()).toHaveLength(0);

      ({ player, inner } = await openPreview(page, staff.id, version, { keep: true }));
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      await close(page, version);
      let cmi = cmiOf(version, (await stored(page, staff.id, version))!);
      expect(cmi.interactions()).toHaveLength(made.length);
      // 1.2 records the option's letter (decide() takes each step's first option, "a"), 2004 the choice id (with "_" for "-").
      expect(cmi.responses()).toEqual(version === '1.2' ? made.map(() => 'a') : made.map((id) => id.replace(/-/g, '_')));
      // A third launch sends none of them again.
      await openPreview(page, staff.id, version, { keep: true });
      await close(page, version);
      cmi = cmiOf(version, (await stored(page, staff.id, version))!);
      expect(cmi.interactions()).toHaveLength(made.length);
    });

    test('a refused Initialize keeps the progress in this browser and joins it on the next launch', async ({ page }) => {
      let { player, inner } = await openPreview(page, staff.id, version, { refuseInit: true });
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'init-failed');
      const island = await openScenario(player, inner);
      // The exercise never claims to save to the LMS when nothing reaches it.
      await expect(island.locator('.scenario-store')).not.toContainText('tallennetaan oppimisympäristöön');
      await expect(island.locator('.scenario-store')).toContainText('tähän selaimeen');
      const made = await decide(island, 1);
      // No session was opened, so there is none to terminate: closing only leaves the page.
      await page.getByRole('button', { name: 'Sulje kurssi' }).click();
      ({ player, inner } = await openPreview(page, staff.id, version, { keep: true }));
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      await close(page, version);
      const cmi = (await stored(page, staff.id, version))!;
      expect(decodeProgress(cmi['suspend_data']).scenarios[s.id]?.path).toEqual(made);
    });

    test('a second tab says the course is open elsewhere and writes nothing', async ({ page, context }) => {
      const first = await openPreview(page, staff.id, version);
      await expect(first.player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      const made = await decide(await openScenario(first.player, first.inner), 1);
      const other = await context.newPage();
      const second = await openPreview(other, staff.id, version, { keep: true });
      await expect(second.player.locator('#tallennus')).toHaveAttribute('data-state', 'other-tab');
      await expect(second.player.locator('#ilmoitus')).toContainText('auki toisessa välilehdessä');
      expect((await previewState(other)).log.filter((l) => /SetValue|Commit|Initialize/.test(l.fn))).toEqual([]);
      await other.close();
      await close(page, version);
      const cmi = (await stored(page, staff.id, version))!;
      expect(decodeProgress(cmi['suspend_data']).scenarios[s.id]?.path).toEqual(made);
    });

    test('after "Lopeta" in one tab, left open, a new launch in another tab saves; another package is never blocked', async ({ page, context }) => {
      const first = await openPreview(page, staff.id, version);
      await expect(first.player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      // Another package of the course, open at the same time: its own attempt, not blocked.
      const refresher = content.packages.find((p) => p.id !== staff.id)!;
      const parallel = await context.newPage();
      const other = await openPreview(parallel, refresher.id, version, { keep: true });
      await expect(other.player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      await parallel.close();
      // The first tab quits but stays open; the next launch owns the package.
      await first.player.getByRole('button', { name: 'Sisällys' }).click();
      await first.player.getByRole('button', { name: 'Lopeta ja tallenna' }).click();
      await expect(first.player.locator('#ilmoitus')).toContainText('tallennettu');
      const next = await context.newPage();
      const second = await openPreview(next, staff.id, version, { keep: true });
      await expect(second.player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      const made = await decide(await openScenario(second.player, second.inner), 1);
      await close(next, version);
      const cmi = (await stored(next, staff.id, version))!;
      expect(decodeProgress(cmi['suspend_data']).scenarios[s.id]?.path).toEqual(made);
    });

    test('republished content never sets a finished exercise back, and resumes at the last step that still exists', async ({ page }) => {
      const other = content.scenarios[1]!;
      const otherStart = other.nodes.find((n) => n.id === other.start)!;
      // Saved before republishing: exercise 1 finished at an ending that was since renamed; exercise 2
      // under way with a first step that still exists and a second one that was renamed.
      const saved = encodeProgress({
        lessons: [],
        scenarios: {
          [s.id]: { path: [], feedbackOpen: false, result: { ending: 'poistettu-loppu', points: s.figures.maxPoints } },
          [other.id]: { path: [otherStart.choices[0]!.id, 'nimetty-uudelleen'], feedbackOpen: false },
        },
      });
      await seedPreview(page, staff.id, version, { suspendData: saved });
      const { player, inner } = await openPreview(page, staff.id, version, { keep: true });
      await expect(player.locator('#edistyminen')).toContainText('1/10 harjoitusta');
      await player.getByRole('button', { name: 'Sisällys' }).click();
      // The open site's tag: its state for the colour, the ✓ for the eye only.
      const tag = player.locator(`#sisallys a[data-target="${s.id}"] .status-tag`);
      await expect(tag).toContainText('Valmis');
      await expect(tag).toHaveAttribute('data-state', 'done');
      await expect(tag.locator('[aria-hidden="true"]')).toHaveText('✓');
      await player.locator(`#sisallys a[data-target="${other.id}"]`).click();
      const island = inner.locator(`[data-scenario="${other.id}"]`);
      const second = other.nodes.find((n) => n.id === otherStart.choices[0]!.next)!;
      await expect(island.locator('.situation')).toHaveText(second.situation);
      await close(page, version);
      const cmi = (await stored(page, staff.id, version))!;
      const objectives = Object.values(cmi['objectives'] as Record<string, Record<string, unknown>>).filter((o) => typeof o === 'object' && o['id'] === `harjoitus.${s.id}`);
      expect(objectives[0]![version === '1.2' ? 'status' : 'completion_status']).toBe(version === '1.2' ? 'passed' : 'completed');
    });

    test('a slow LMS is not asked to commit in the middle of a decision, and the latency counts from the situation shown', async ({ page }) => {
      const { player, inner } = await openPreview(page, staff.id, version, { slowMs: 1000 });
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      const island = await openScenario(player, inner);
      await page.waitForTimeout(1500); // the learner reads the situation before choosing
      const commitsBefore = (await previewState(page)).log.filter((l) => /Commit/.test(l.fn)).length;
      await chooseByClick(island, startNode.choices[0]!);
      await continueByClick(island);
      // The decision is kept in this browser at once; the commit comes later, in a pause.
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'pending');
      expect((await previewState(page)).log.filter((l) => /Commit/.test(l.fn)).length).toBe(commitsBefore);
      await close(page, version);
      const latency = String(cmiOf(version, (await stored(page, staff.id, version))!).interactions()[0]!['latency']);
      // 1.2: HHHH:MM:SS.SS; 2004: PT#H#M#S (hours and minutes only when there are some).
      const [, h, m, sec] = (version === '1.2' ? /^(\d+):(\d+):([\d.]+)$/ : /^PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S$/).exec(latency) ?? [];
      expect(sec, `latency ${latency}`).toBeDefined();
      expect(Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(sec)).toBeGreaterThanOrEqual(1.4);
    });
  });
}
