// For the council's seminar: presenter mode on a projector (keyboard only, readable from the back
// of the room, nothing stored), the facilitator's plan, and a checklist that prints on one A4 sheet.
import { expect, test } from '../support/fixtures.ts';
import { axeViolations } from '../support/site.ts';
import { realCourse } from '../support/course.ts';

const model = realCourse();

test.describe('presenter mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('walks one scenario to an ending with the keyboard, large type, axe clean, nothing stored', async ({ page }) => {
    const s = model.scenarios.find((x) => x.id === 'toimittaja-soittaa')!;
    await page.goto(`esitys/${s.id}.html`);
    const situation = page.locator('.presenter-situation');
    await expect(situation).toHaveText(s.nodes.find((n) => n.id === s.start)!.situation);
    const size = await situation.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    // The choices are lettered for a show of hands.
    await expect(page.locator('.presenter-choice .letter')).toHaveText(['A', 'B', 'C', 'D'].slice(0, s.nodes[0]!.choices.length));
    expect(await axeViolations(page)).toEqual([]);
    let nodeId = s.start;
    for (let guard = 0; guard < 10; guard++) {
      const node = s.nodes.find((n) => n.id === nodeId);
      if (!node) break;
      // Reveal every choice's feedback in turn with the arrow key, then go on along the best one.
      for (let i = 0; i < node.choices.length; i++) {
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.presenter-feedback')).toContainText(node.choices[i]!.feedback.slice(0, 40));
      }
      const best = node.choices.reduce((a, c) => (c.points > a.points ? c : a));
      await page.keyboard.press(String(node.choices.indexOf(best) + 1));
      if (nodeId === s.start) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      nodeId = best.next;
    }
    const ending = s.endings.find((e) => e.id === nodeId)!;
    await expect(page.locator('h2.presenter-situation')).toHaveText(ending.title);
    expect(ending.outcome).toBe('best');
    expect(await axeViolations(page)).toEqual([]);
    // Back one situation, then start over at the end with R.
    await page.keyboard.press('Backspace');
    await expect(page.locator('.presenter-choice').first()).toBeVisible();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('r');
    await expect(situation).toHaveText(s.nodes.find((n) => n.id === s.start)!.situation);
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  });
});

test('the facilitator guide plans 45–60 minutes with key rules, sources and questions', async ({ page }) => {
  await page.goto('kouluttajalle.html');
  const rows = page.locator('#runko ~ .table-scroll tbody tr');
  const last = (await rows.last().locator('td').first().innerText()).split('–')[1]!;
  const [h, m] = last.split('.').map(Number) as [number, number];
  expect(h * 60 + m).toBeGreaterThanOrEqual(45);
  expect(h * 60 + m).toBeLessThanOrEqual(60);
  const withNotes = model.scenarios.filter((x) => x.facilitation);
  expect(withNotes.length).toBeGreaterThan(0);
  await expect(page.locator('article.facilitation')).toHaveCount(withNotes.length);
  for (const s of withNotes) {
    const card = page.locator(`article:has(#harjoitus-${s.id})`);
    await expect(card).toContainText(s.facilitation!.keyRule.slice(0, 50));
    await expect(card.locator('p.meta', { hasText: /^(Lähde|Lähteet):/ }).getByRole('link')).toHaveCount(s.facilitation!.sources.length);
    await expect(card.locator('ol li')).toHaveCount(s.facilitation!.questions.length);
    await expect(card.getByRole('link', { name: /Avaa esitystilassa/ })).toHaveAttribute('href', `./esitys/${s.id}.html`);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('the checklist has every lesson\'s points and prints on one A4 sheet (at most two pages)', async ({ page }) => {
  await page.goto('muistilista.html');
  for (const l of model.lessons) {
    await expect(page.locator(`section:has(#muista-${l.id}) li`)).toHaveCount(l.remember.length);
  }
  await expect(page.locator('.checklist-contacts li')).toHaveCount(model.course.contacts.length);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});
