// The SCORM packages under scorm-again (the LMS preview page plays the LMS): every package (audience)
// in both versions, each unzipped package served from its own nested path (/lms/<package>-<version>/).
// The `guard` fixture fails a test on a console or page error, a foreign request or a CSP violation in
// any frame (preview, player, course page). The built zips themselves are checked in tests/built/.
import type { FrameLocator, Page } from '@playwright/test';
import { decodeProgress, encodeProgress } from '../../src/course/state-codec.ts';
import { realCourse } from '../support/course.ts';
import { chooseByClick, chooseWithKeyboard, continueByClick, continueWithKeyboard } from '../support/exercise.ts';
import { expect, test } from '../support/fixtures.ts';
import { tabTo } from '../support/keyboard.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';
import { packageDir } from '../support/unzip-packages.ts';
import { cmiOf, openPreview, previewState, seedPreview, stored, type Cmi } from '../support/lms-preview.ts';

const content = realCourse();
const slowMs = Number(process.env['SLOW_LMS_MS'] ?? 0);

/** No API call the course made was refused by the LMS. */
async function expectNoLmsErrors(page: Page) {
  const { log, errors } = await previewState(page);
  // 403 on GetValue is SCORM 2004's answer for a value never set (a resumed attempt with no location yet).
  expect(log.filter((l) => l.error !== '0' && !(l.fn === 'GetValue' && l.error === '403'))).toEqual([]);
  expect(errors).toBe(0);
}

/**
 * Opens a course page from the player's contents sheet with the keyboard. Right after the launch the
 * "Sisällys" button is the next thing to Tab to; from a course page (`back`) it comes before the
 * course frame, so the short way is Shift+Tab (one Tab first to the top of a page the player has just
 * focused, or Shift+Tab would start from its bottom).
 */
async function openFromSheet(page: Page, player: FrameLocator, target: string, { back = false } = {}) {
  if (back) {
    const atFrameTop = await player.frameLocator('#sisalto').locator('body').evaluate((body) => body.ownerDocument.activeElement === body);
    if (atFrameTop) await page.keyboard.press('Tab');
  }
  await tabTo(page, player.getByRole('button', { name: 'Sisällys' }), { backwards: back });
  await page.keyboard.press('Enter');
  await expect(player.locator('#sisallys')).toBeVisible();
  await tabTo(page, player.locator(`#sisallys a[data-target="${target}"]`));
  await page.keyboard.press('Enter');
  await expect(player.locator('#sisallys')).toBeHidden();
}

for (const pkg of content.packages)
  for (const version of ['1.2', '2004'] as const) {
    test.describe(`${pkg.id} SCORM ${version}`, () => {
      test('a learner completes the whole course with the keyboard', async ({ page }) => {
        test.setTimeout(slowMs ? 600_000 : 300_000);
        const { player, inner } = await openPreview(page, pkg.id, version, { slowMs });
        await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
        let decisions = 0;
        const lessons = pkg.outline.lessons.map((id) => content.lessons.find((l) => l.id === id)!);
        const scenarios = pkg.outline.scenarios.map(({ id }) => content.scenarios.find((s) => s.id === id)!);
        let first = true;
        for (const lesson of lessons) {
          await openFromSheet(page, player, lesson.id, { back: !first });
          first = false;
          await expect(inner.locator('h1')).toHaveText(lesson.title);
        }
        for (const s of scenarios) {
          await openFromSheet(page, player, s.id, { back: !first });
          first = false;
          const island = inner.locator(`[data-scenario="${s.id}"]`);
          await expect(island.locator('.scenario-store')).toContainText('oppimisympäristöön');
          const best = allEndingPaths(s).find((p) => p.state.context.points === s.figures.maxPoints)!;
          for (const d of best.state.context.path) {
            const node = s.nodes.find((n) => n.id === d.nodeId)!;
            await chooseWithKeyboard(page, island, node, node.choices.find((c) => c.id === d.choiceId)!);
            await continueWithKeyboard(page, island);
            decisions++;
          }
          await expect(island.locator('.points')).toHaveText(`Pisteet: ${s.figures.maxPoints} / ${s.figures.maxPoints}`);
        }
        // The finish line: a green panel, focused, with the result in words and a way back to the LMS.
        const panel = player.locator('#valmis');
        await expect(panel).toBeFocused();
        await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kurssi suoritettu');
        await expect(panel).toHaveClass(/done/);
        await tabTo(page, panel.getByRole('button', { name: 'Palaa oppimisympäristöön' }));
        await page.keyboard.press('Enter');
        await expect(player.locator('#ilmoitus')).toContainText('Suorituksesi on tallennettu');
        await expect(player.locator('#ilmoitus')).not.toContainText('sulkea tämän ikkunan');

        await expectNoLmsErrors(page);
        const { counts, log, blocked } = await previewState(page);
        const cmi = (await stored(page, pkg.id, version))!;
        // Figures for the record: `npm run bench` collects them (tests/support/bench-reporter.ts).
        await test.info().attach('scorm-figures', {
          contentType: 'application/json',
          body: JSON.stringify({
            name: `${packageDir(pkg.id, version)}${slowMs ? '-hidas' : ''}`,
            version,
            package: pkg.id,
            apiCalls: log.length,
            commits: (counts['LMSCommit'] ?? 0) + (counts['Commit'] ?? 0),
            counts,
            suspendDataLength: String(cmi['suspend_data']).length,
            blocked,
            slowMs,
          }),
        });
        const progress = decodeProgress(cmi['suspend_data']);
        expect(progress.lessons.sort()).toEqual(lessons.map((l) => l.id).sort());
        for (const s of scenarios) expect(progress.scenarios[s.id]?.result?.points).toBe(s.figures.maxPoints);
        const objectives = Object.values(cmi['objectives'] as Record<string, Cmi>).filter((o) => typeof o === 'object' && o['id']);
        // One objective per lesson and per exercise of the package.
        expect(objectives.map((o) => String(o['id'])).sort()).toEqual([...lessons.map((l) => `oppitunti.${l.id}`), ...scenarios.map((s) => `harjoitus.${s.id}`)].sort());
        const c = cmiOf(version, cmi);
        const interactions = c.interactions();
        const scored = pkg.tracking === 'score';
        // Decisions only where results are tracked (staff); the completion-only packages send none.
        expect(interactions).toHaveLength(scored ? decisions : 0);
        expect(c.initialize(counts)).toBe(1);
        expect(c.terminate(counts)).toBe(1);
        expect(c.score()).toEqual({ raw: 100, min: 0, max: 100 });
        if (version === '1.2') {
          expect(cmi['core']).toMatchObject({ lesson_status: scored ? 'passed' : 'completed', exit: '', entry: 'ab-initio', credit: 'credit' });
          expect(cmi['core']['session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
          expect(cmi['core']['lesson_location']).toMatch(/^harjoitukset\/[a-z-]+\.html~[a-z0-9]+$/);
          for (const i of interactions) {
            expect(i).toMatchObject({ type: 'choice', result: 'correct' });
            expect(i['student_response']).toMatch(/^[a-d]$/);
            expect(i['time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
            expect(i['latency']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
          }
          for (const o of objectives) {
            const lesson = String(o['id']).startsWith('oppitunti.');
            expect(o['status']).toBe(lesson || !scored ? 'completed' : 'passed');
          }
        } else {
          expect(cmi).toMatchObject({ completion_status: 'completed', success_status: scored ? 'passed' : 'unknown', exit: 'normal' });
          // No navigation request after a finished course (Moodle 4.3 breaks its Terminate on exitAll).
          expect(log.filter((l) => l.args[0] === 'adl.nav.request')).toEqual([]);
          expect(Number(cmi['progress_measure'])).toBe(1);
          expect(Number((cmi['score'] as Cmi)['scaled'])).toBe(1);
          expect(cmi['session_time']).toMatch(/^PT/);
          for (const i of interactions) {
            expect(i).toMatchObject({ type: 'choice', result: 'correct' });
            // Moodle 4.3 takes only letters, digits, "_" and "." here.
            expect(i['learner_response']).toMatch(/^[\w.]+$/);
            expect(i['timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\dZ$/);
            expect(i['latency']).toMatch(/^PT/);
            expect(i['description'].length).toBeLessThanOrEqual(250);
          }
          for (const o of objectives) {
            expect(o['completion_status']).toBe('completed');
            if (String(o['id']).startsWith('harjoitus.')) expect(o['success_status']).toBe(scored ? 'passed' : 'unknown');
          }
        }
      });
    });
  }

const staff = content.packages.find((p) => p.tracking === 'score')!;
for (const version of ['1.2', '2004'] as const) {
  test.describe(`${staff.id} SCORM ${version}`, () => {
    test('a learner stops mid-scenario, relaunches and continues at the same node', async ({ page }) => {
      const s = content.scenarios[0]!;
      const path = allEndingPaths(s).find((p) => p.state.context.path.length >= 2)!;
      const [first, second] = path.state.context.path;
      let { player, inner } = await openPreview(page, staff.id, version);
      await openFromSheet(page, player, s.id);
      let island = inner.locator(`[data-scenario="${s.id}"]`);
      await expect(island.locator('.scenario-store')).toContainText('oppimisympäristöön');
      const node1 = s.nodes.find((n) => n.id === first!.nodeId)!;
      await chooseWithKeyboard(page, island, node1, node1.choices.find((c) => c.id === first!.choiceId)!);
      await continueWithKeyboard(page, island);
      const node2 = s.nodes.find((n) => n.id === second!.nodeId)!;
      await expect(island.locator('.situation')).toHaveText(node2.situation);
      await page.getByRole('button', { name: 'Sulje kurssi' }).click();
      await expect.poll(async () => cmiOf(version, (await stored(page, staff.id, version)) ?? {}).exit()).toBe('suspend');

      ({ player, inner } = await openPreview(page, staff.id, version, { keep: true }));
      await player.getByRole('button', { name: 'Jatka siitä mihin jäit' }).click();
      island = inner.locator(`[data-scenario="${s.id}"]`);
      await expect(island.locator('.situation')).toHaveText(node2.situation);
      await expect(island).toContainText(`Pisteet tähän mennessä: ${first!.points}`);
      await expectNoLmsErrors(page);
    });

    test('review mode writes nothing (and a 2004 review does not terminate)', async ({ page }) => {
      const { player, inner } = await openPreview(page, staff.id, version, { review: true });
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'review');
      const lesson = content.lessons[0]!;
      await openFromSheet(page, player, lesson.id);
      await expect(inner.locator('h1')).toHaveText(lesson.title);
      await player.getByRole('button', { name: 'Sisällys' }).click();
      await player.getByRole('button', { name: 'Lopeta ja tallenna' }).click();
      await expect(player.locator('#ilmoitus')).toContainText('Kertausnäkymässä mitään ei tallennettu');
      const { log } = await previewState(page);
      // Moodle 4.3.0 would store the total time of a terminated 2004 review as "P".
      expect(log.filter((l) => /Finish|Terminate/.test(l.fn))).toHaveLength(version === '1.2' ? 1 : 0);
      expect(log.filter((l) => /SetValue|Commit/.test(l.fn))).toEqual([]);
    });

    test('a learner who opens the course and leaves without "Jatka" can still resume there next time', async ({ page }) => {
      const lesson = content.lessons[2]!;
      const suspendData = encodeProgress({ lessons: content.lessons.slice(0, 3).map((l) => l.id), scenarios: {} });
      await seedPreview(page, staff.id, version, { suspendData, location: `oppitunnit/${lesson.id}.html~abcde` });
      for (let launch = 0; launch < 2; launch++) {
        const { player } = await openPreview(page, staff.id, version, { keep: true });
        await expect(player.getByRole('button', { name: 'Jatka siitä mihin jäit' })).toBeVisible();
        await player.getByRole('button', { name: 'Sisällys' }).click();
        await player.getByRole('button', { name: 'Lopeta ja tallenna' }).click();
        await expect(player.locator('#ilmoitus')).toContainText('Edistymisesi on tallennettu');
      }
      const { player, inner } = await openPreview(page, staff.id, version, { keep: true });
      await player.getByRole('button', { name: 'Jatka siitä mihin jäit' }).click();
      await expect(inner.locator('h1')).toHaveText(lesson.title);
      await expectNoLmsErrors(page);
    });

    test('below the pass mark, "Tee uudelleen" redoes an exercise, and the finish panel follows the new result', async ({ page }) => {
      // Everything done; exercise A at 0 points and a few points short elsewhere: below 80 % until A is redone.
      const scenarios = staff.outline.scenarios.map(({ id }) => content.scenarios.find((x) => x.id === id)!);
      const total = scenarios.reduce((n, x) => n + x.figures.maxPoints, 0);
      const [a, ...others] = scenarios;
      let short = Math.floor((total * (100 - content.course.masteryScore)) / 100);
      const results = Object.fromEntries(
        others.map((x) => {
          const take = Math.min(short, x.figures.maxPoints);
          short -= take;
          return [x.id, { path: [], feedbackOpen: false, result: { ending: x.endings[0]!.id, points: x.figures.maxPoints - take } }];
        }),
      );
      results[a!.id] = { path: [], feedbackOpen: false, result: { ending: a!.endings[0]!.id, points: 0 } };
      // On a phone, where the panel competes with the course frame for height.
      await page.setViewportSize({ width: 390, height: 844 });
      await seedPreview(page, staff.id, version, { suspendData: encodeProgress({ lessons: [...staff.outline.lessons], scenarios: results }) });
      const { player, inner } = await openPreview(page, staff.id, version, { keep: true });
      const panel = player.locator('#valmis');
      await expect(panel).toHaveClass(/short/);
      await expect(panel.getByRole('heading', { level: 2 })).toContainText('prosenttiyksikköä hyväksymiseen');
      await panel.getByRole('button', { name: `Tee uudelleen: ${a!.title}` }).click();
      await expect(panel).toBeHidden();
      const island = inner.locator(`[data-scenario="${a!.id}"]`);
      const best = allEndingPaths(a!).find((p) => p.state.context.points === a!.figures.maxPoints)!;
      for (const d of best.state.context.path) {
        await chooseByClick(island, a!.nodes.find((n) => n.id === d.nodeId)!.choices.find((c) => c.id === d.choiceId)!);
        await continueByClick(island);
      }
      // Passed now: the panel comes back green and focused, and says where the result is.
      await expect(panel).toBeFocused();
      await expect(panel).toHaveClass(/done/);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kurssi suoritettu');
      await expect(panel.locator('#valmis-tallennus')).toContainText('Tallennettu oppimisympäristöön klo');
      // The way back to the LMS shows without scrolling inside the panel (it once shrank to the frame's leftovers).
      expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
      await expect(panel.getByRole('button', { name: 'Palaa oppimisympäristöön' })).toBeInViewport();
      await expect.poll(async () => cmiOf(version, (await stored(page, staff.id, version)) ?? {}).score().raw).toBeGreaterThanOrEqual(content.course.masteryScore);
      const cmi = (await stored(page, staff.id, version))!;
      if (version === '1.2') expect(cmi['core']['lesson_status']).toBe('passed');
      else expect(cmi['success_status']).toBe('passed');
      await expectNoLmsErrors(page);
    });

    test('corrupt suspend_data starts fresh without crashing', async ({ page }) => {
      await seedPreview(page, staff.id, version, { suspendData: version === '1.2' ? '%%roskaa|||;;' : '{"vanha":1}', location: 'index.html' });
      const { player, inner } = await openPreview(page, staff.id, version, { keep: true });
      await expect(player.locator('#tallennus')).toHaveAttribute('data-state', 'saved');
      await expect(inner.locator('h1')).toBeVisible();
      await expect(player.locator('#edistyminen')).toContainText('0/8 oppituntia');
      await expectNoLmsErrors(page);
    });
  });
}

test('with no LMS the course runs as on the open site and says so', async ({ page }) => {
  await page.goto(`../../../lms/${packageDir(staff.id, '1.2')}/player.html`); // standalone-ok: a URL on the test server, not a file
  await expect(page.locator('#ilmoitus')).toContainText('Oppimisympäristöä ei löytynyt');
  await expect(page.frameLocator('#sisalto').locator('h1')).toBeVisible();
});
