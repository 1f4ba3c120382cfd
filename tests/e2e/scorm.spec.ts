// The SCORM packages under scorm-again (the LMS preview page plays the LMS), for both versions,
// with each unzipped package served from its own nested path (/lms/scorm12/, /lms/scorm2004/). The
// `guard` fixture fails a test on a console or page error, a foreign request or a CSP violation in
// any frame (preview, player, course page). The built zips themselves are checked in tests/dist/.
import type { FrameLocator, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../../src/course/index.ts';
import { decodeProgress } from '../../src/course/state-codec.ts';
import { expect, test } from '../support/fixtures.ts';
import { tabTo } from '../support/keyboard.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';

const content = loadCourse(fileURLToPath(new URL('../..', import.meta.url)));
type Version = '1.2' | '2004';
const DIR = { '1.2': 'scorm12', '2004': 'scorm2004' } as const;
type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function openPreview(page: Page, version: Version, opts: { review?: boolean; failures?: number; keep?: boolean } = {}) {
  // The preview sits at /a/b/c/; the package is at /lms/<dir>/, three levels up.
  await page.goto(`lms-esikatselu.html?paketti=../../../lms/${DIR[version]}/player.html`);
  if (!opts.keep) await page.evaluate(() => localStorage.clear());
  await page.getByLabel(version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 (4. painos)').check();
  await page.getByLabel(opts.review ? 'Kertaus (review, ei vaikuta arvosanaan)' : 'Tavallinen suoritus').check();
  await page.getByLabel(/Simuloi tallennusvirheitä/).fill(String(opts.failures ?? 0));
  await page.getByRole('button', { name: 'Käynnistä kurssi' }).click();
  const player = page.frameLocator('#esikatselu-kehys');
  return { player, inner: player.frameLocator('#sisalto') };
}

const stored = (page: Page, version: Version) => page.evaluate((v) => window.lmsEsikatselu!.stored(v), version) as Promise<Cmi | undefined>;
const previewState = (page: Page) =>
  page.evaluate(() => ({ counts: window.lmsEsikatselu!.counts, errors: window.lmsEsikatselu!.errors, log: window.lmsEsikatselu!.log }));

/** No API call the course made was refused by the LMS. */
async function expectNoLmsErrors(page: Page) {
  const { log, errors } = await previewState(page);
  expect(log.filter((l) => l.error !== '0')).toEqual([]);
  expect(errors).toBe(0);
}

async function closeCourse(page: Page) {
  await page.getByRole('button', { name: 'Sulje kurssi' }).click();
  await expect.poll(async () => (await previewState(page)).counts['LMSFinish'] ?? (await previewState(page)).counts['Terminate'] ?? 0).toBe(1);
}

/**
 * Opens a course page from the player's menu with the keyboard, and tabs to its link. Right after the
 * launch the menu is the next thing to Tab to. From a course page (`back`) the menu comes before the
 * course frame, so the short way is Shift+Tab; when the player has just focused the frame with nothing
 * inside it focused, Shift+Tab would start from the bottom of the page, so one Tab goes to its top first.
 */
async function openFromMenu(page: Page, player: FrameLocator, name: string, { back = false } = {}) {
  const summary = player.locator('.player-menu summary');
  if (back) {
    const atFrameTop = await player.frameLocator('#sisalto').locator('body').evaluate((body) => {
      if (body.ownerDocument.activeElement !== body) return false;
      let w: Window | null = body.ownerDocument.defaultView;
      while (w && w.frameElement) {
        if (w.frameElement.ownerDocument.activeElement !== w.frameElement) return false;
        w = w.parent as Window;
      }
      return true;
    });
    if (atFrameTop) await page.keyboard.press('Tab');
  }
  await tabTo(page, summary, { backwards: back });
  if (!(await player.locator('.player-menu').evaluate((d) => (d as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
  await tabTo(page, player.locator('.player-menu nav').getByRole('link', { name, exact: true }));
  await page.keyboard.press('Enter');
}

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a learner completes the whole course with the keyboard', async ({ page }) => {
      test.setTimeout(240_000);
      const { player, inner } = await openPreview(page, version);
      await expect(player.locator('#tallennus')).toHaveText('Tallennettu');
      let decisions = 0;
      for (const [i, lesson] of content.lessons.entries()) {
        await openFromMenu(page, player, lesson.title, { back: i > 0 });
        await expect(inner.locator('h1')).toHaveText(lesson.title);
      }
      for (const s of content.scenarios) {
        await openFromMenu(page, player, s.title, { back: true });
        const island = inner.locator(`[data-scenario="${s.id}"]`);
        await expect(island.locator('.scenario-store')).toContainText('oppimisympäristöön');
        const best = allEndingPaths(s).find((p) => p.state.context.points === s.figures.maxPoints)!;
        for (const d of best.state.context.path) {
          const choice = s.nodes.find((n) => n.id === d.nodeId)!.choices.find((c) => c.id === d.choiceId)!;
          await tabTo(page, island.getByRole('button', { name: choice.label, exact: true }));
          await page.keyboard.press('Enter');
          await expect(island.locator('.feedback-title')).toBeFocused();
          await tabTo(page, island.getByRole('button', { name: 'Jatka' }));
          await page.keyboard.press('Enter');
          decisions++;
        }
        await expect(island.locator('.points')).toHaveText(`Pisteet: ${s.figures.maxPoints} / ${s.figures.maxPoints}`);
      }
      await expect(player.locator('#edistyminen')).toContainText('Kurssi suoritettu: 100 %, hyväksytty');
      // The button sits just before the course frame, as the menu does.
      await tabTo(page, player.getByRole('button', { name: 'Lopeta ja tallenna' }), { backwards: true });
      await page.keyboard.press('Enter');
      await expect(player.locator('#ilmoitus')).toContainText('suorituksesi tallennettu');

      await expectNoLmsErrors(page);
      const { counts, log } = await previewState(page);
      const suspend = (await stored(page, version))!['suspend_data'];
      // Figures for the record: `npm run bench` collects them (tests/support/bench-reporter.ts).
      await test.info().attach('scorm-figures', {
        contentType: 'application/json',
        body: JSON.stringify({ version, apiCalls: log.length, counts, suspendDataLength: String(suspend).length }),
      });
      const cmi = (await stored(page, version))!;
      const progress = decodeProgress(cmi['suspend_data']);
      expect(progress.lessons.sort()).toEqual(content.lessons.map((l) => l.id).sort());
      for (const s of content.scenarios) expect(progress.scenarios[s.id]?.result?.points).toBe(s.figures.maxPoints);
      const objectives = Object.values(cmi['objectives'] as Record<string, Cmi>).filter((o) => typeof o === 'object' && o['id']);
      // One objective per lesson and per scenario (their order follows the player's outline, not this list).
      expect(objectives.map((o) => String(o['id'])).sort()).toEqual(
        [...content.lessons.map((l) => `oppitunti.${l.id}`), ...content.scenarios.map((s) => `harjoitus.${s.id}`)].sort(),
      );
      const interactions = Object.values(cmi['interactions'] as Record<string, Cmi>).filter((i) => typeof i === 'object' && i['id']);
      expect(interactions).toHaveLength(decisions);
      if (version === '1.2') {
        expect(counts['LMSInitialize']).toBe(1);
        expect(counts['LMSFinish']).toBe(1);
        expect(cmi['core']).toMatchObject({ lesson_status: 'passed', exit: '', entry: 'ab-initio', credit: 'credit' });
        const score = cmi['core']['score'] as Cmi;
        expect([score['raw'], score['min'], score['max']].map(Number)).toEqual([100, 0, 100]);
        expect(cmi['core']['session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
        expect(cmi['core']['lesson_location']).toMatch(/^harjoitukset\/[a-z-]+\.html$/);
        for (const i of interactions) {
          expect(i).toMatchObject({ type: 'choice', result: 'correct' });
          expect(i['student_response']).toMatch(/^[a-d]$/);
          expect(i['time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
          expect(i['latency']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
        }
        for (const o of objectives) expect(o['status']).toBe(String(o['id']).startsWith('oppitunti.') ? 'completed' : 'passed');
      } else {
        expect(counts['Initialize']).toBe(1);
        expect(counts['Terminate']).toBe(1);
        expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal' });
        // Numbers are compared as numbers (LMSes differ in how they write them back).
        expect(Number(cmi['progress_measure'])).toBe(1);
        const score = cmi['score'] as Cmi;
        expect([score['raw'], score['min'], score['max'], score['scaled']].map(Number)).toEqual([100, 0, 100, 1]);
        expect(cmi['session_time']).toMatch(/^PT/);
        for (const i of interactions) {
          expect(i).toMatchObject({ type: 'choice', result: 'correct' });
          expect(i['learner_response']).toMatch(/^[a-z0-9-]+$/);
          expect(i['timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
          expect(i['latency']).toMatch(/^PT/);
          expect(i['description'].length).toBeLessThanOrEqual(250);
        }
        for (const o of objectives) {
          expect(o['completion_status']).toBe('completed');
          if (String(o['id']).startsWith('harjoitus.')) expect(o['success_status']).toBe('passed');
        }
      }
    });

    test('a learner stops mid-scenario, relaunches and continues at the same node', async ({ page }) => {
      const s = content.scenarios[0]!;
      const path = allEndingPaths(s).find((p) => p.state.context.path.length >= 2)!;
      const [first, second] = path.state.context.path;
      let { player, inner } = await openPreview(page, version);
      await openFromMenu(page, player, s.title);
      let island = inner.locator(`[data-scenario="${s.id}"]`);
      const firstChoice = s.nodes.find((n) => n.id === first!.nodeId)!.choices.find((c) => c.id === first!.choiceId)!;
      await island.getByRole('button', { name: firstChoice.label, exact: true }).click();
      await island.getByRole('button', { name: 'Jatka' }).click();
      const node2 = s.nodes.find((n) => n.id === second!.nodeId)!;
      await expect(island.locator('.situation')).toHaveText(node2.situation);
      await expect(player.locator('#tallennus')).toHaveText('Tallennettu');
      await closeCourse(page);
      const cmi = (await stored(page, version))!;
      expect(version === '1.2' ? cmi['core']['exit'] : cmi['exit']).toBe('suspend');

      ({ player, inner } = await openPreview(page, version, { keep: true }));
      await player.getByRole('button', { name: 'Jatka siitä mihin jäit' }).click();
      island = inner.locator(`[data-scenario="${s.id}"]`);
      await expect(island.locator('.situation')).toHaveText(node2.situation);
      await expect(island).toContainText(`Pisteet tähän mennessä ${first!.points}`);
      await expectNoLmsErrors(page);
    });

    test('review mode writes nothing', async ({ page }) => {
      const { player, inner } = await openPreview(page, version, { review: true });
      await expect(player.locator('#tallennus')).toHaveText(/Kertausnäkymä/);
      const lesson = content.lessons[0]!;
      await openFromMenu(page, player, lesson.title);
      await expect(inner.locator('h1')).toHaveText(lesson.title);
      await closeCourse(page);
      const { log } = await previewState(page);
      expect(log.filter((l) => /SetValue/.test(l.fn))).toEqual([]);
    });

    test('the first commits fail and nothing is lost', async ({ page }) => {
      const { player, inner } = await openPreview(page, version, { failures: 2 });
      await expect(player.locator('#tallennus')).toHaveText('Tallennus epäonnistui – yritetään uudelleen');
      const lesson = content.lessons[1]!;
      await openFromMenu(page, player, lesson.title);
      await expect(inner.locator('h1')).toHaveText(lesson.title);
      await expect(player.locator('#tallennus')).toHaveText('Tallennettu', { timeout: 15_000 });
      await closeCourse(page);
      const cmi = (await stored(page, version))!;
      expect(decodeProgress(cmi['suspend_data']).lessons).toContain(lesson.id);
    });

    test('corrupt suspend_data starts fresh without crashing', async ({ page }) => {
      await page.goto('lms-esikatselu.html');
      await page.evaluate(
        ([v]) =>
          localStorage.setItem(
            `lms-esikatselu:${v}`,
            JSON.stringify(v === '1.2' ? { core: { exit: 'suspend', lesson_status: 'incomplete', lesson_location: 'index.html' }, suspend_data: '%%roskaa|||;;' } : { exit: 'suspend', location: 'index.html', suspend_data: '{"vanha":1}' }),
          ),
        [version],
      );
      const { player, inner } = await openPreview(page, version, { keep: true });
      await expect(player.locator('#tallennus')).toHaveText('Tallennettu');
      await expect(inner.locator('h1')).toBeVisible();
      await expect(player.locator('#edistyminen')).toContainText('Oppitunnit 0/');
      await expectNoLmsErrors(page);
    });
  });
}

test('with no LMS the course runs as on the open site and says so', async ({ page }) => {
  await page.goto('../../../lms/scorm12/player.html'); // standalone-ok: a URL on the test server, not a file
  await expect(page.locator('#ilmoitus')).toContainText('Oppimisympäristöä ei löytynyt');
  await expect(page.frameLocator('#sisalto').locator('h1')).toBeVisible();
});
