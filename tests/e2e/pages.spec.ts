// Every page of the built site, visited once in Chromium (served from /a/b/c/ by a server that maps no
// folder to index.html). That one visit checks everything a page must pass: HTTP 200; no console or
// page error, no request to another origin, no HTTP error, no CSP violation (the automatic `guard`
// fixture); every island hydrates; axe-core WCAG 2.2 A/AA at zero at 390 px (phone first) with
// self-check answers closed and open; no sideways scrolling at 320 px, answers closed and open; on
// learner pages the phone rules (tests/support/phone-rules.ts: 44 px targets, 17 px text, a header of
// at most 64 px; the targets again with answers open); on lesson pages, the parts every lesson shows.
// It also records the page's links: crawl.spec.ts then walks them from the front page.
// The pages are split into shards so that both workers share them.
import type { Page } from '@playwright/test';
import { realCourse } from '../support/course.ts';
import { PAGE_SHARDS, saveShardLinks, shardOf } from '../support/crawl.ts';
import { expect, test } from '../support/fixtures.ts';
import { PHONE, headerHeight, isLearnerPage, smallTargets, smallText } from '../support/phone-rules.ts';
import { axeViolations, builtPages } from '../support/site.ts';

const pages = builtPages();
const NARROW = { width: 320, height: 640 };

/** Scrolls every island into view (client:visible ones hydrate only then) and waits until all have hydrated and the progress script has run. */
async function hydrateIslands(page: Page) {
  // An island is `display: contents` (no box of its own): Astro watches its children, so scroll to those.
  for (const island of await page.locator('astro-island').all()) await island.evaluate((el) => el.firstElementChild?.scrollIntoView());
  // Astro removes the ssr attribute when an island has hydrated; a scenario's choices are enabled once
  // it has connected its storage, so axe checks them as a learner sees them (not as disabled buttons).
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('[data-scenario] input:disabled, [data-scenario] button:disabled')).toHaveCount(0);
  // The progress script (front page, lists) fills in its tags, bar and start button after reading
  // this browser's store: measure the page as it ends up, not half filled in.
  await expect(page.locator('[data-outline]:not([data-progress="shown"])')).toHaveCount(0);
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** What every lesson page shows. */
async function expectLessonParts(page: Page, path: string) {
  await expect.soft(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  expect.soft(await page.locator('section[aria-labelledby="tavoitteet"] li').count(), `${path}: objectives`).toBeGreaterThanOrEqual(3);
  await expect.soft(page.getByRole('heading', { name: 'Mihin tämä perustuu' }), path).toBeVisible();
  expect.soft(await page.locator('.sources li').count(), `${path}: sources`).toBeGreaterThanOrEqual(2);
  // The date of the legal check, and what it covered (never a claim of more than was checked).
  const checked = page.getByText(/Lakiviittaukset on tarkistettu viimeksi \d{1,2}\.\d{1,2}\.\d{4}\./);
  await expect.soft(checked, path).toBeVisible();
  await expect.soft(checked, `${path}: what the check covered`).toContainText(realCourse().checkCoverage);
  await expect.soft(page.getByRole('heading', { name: 'Muista nämä' }), path).toBeVisible();
  await expect.soft(page.getByRole('heading', { name: 'Tarkista osaamisesi' }), path).toBeVisible();
}

for (let shard = 0; shard < PAGE_SHARDS; shard++) {
  const mine = shardOf(pages, shard);
  test(`pages ${shard + 1}/${PAGE_SHARDS}, one visit each: HTTP 200, no error, no CSP violation, islands hydrate, axe at zero, phone rules, fits 320 px`, async ({ page, baseURL, guard }) => {
    // The minute each page had when it was a test of its own (axe is slow on a busy machine).
    test.setTimeout(mine.length * 60_000);
    const base = new URL(baseURL!);
    const links: Record<string, string[]> = {};
    for (const path of mine) {
      guard.at(path);
      await page.setViewportSize(NARROW);
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path}: HTTP status`).toBe(200);
      await hydrateIslands(page);
      links[path] = (await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)))
        .map((href) => new URL(href))
        .filter((u) => u.origin === base.origin && u.pathname.startsWith(base.pathname))
        .map((u) => decodeURIComponent(u.pathname.slice(base.pathname.length)));
      expect.soft(await scrollWidth(page), `${path}: width at 320 px`).toBeLessThanOrEqual(NARROW.width);
      await page.setViewportSize(PHONE);
      const learner = isLearnerPage(path);
      if (learner) {
        expect.soft(await headerHeight(page), `${path}: header at 390 px`).toBeLessThanOrEqual(64);
        expect.soft(await smallTargets(page), `${path}: targets under 44 px`).toEqual([]);
        expect.soft(await smallText(page, 17), `${path}: text under 17 px`).toEqual([]);
      }
      expect.soft(await axeViolations(page), `${path}: axe`).toEqual([]);
      // Self-check answers open on demand: check the page with every answer open too.
      // (Not the header's menu: it is a details element too, hidden on wide screens.)
      const summaries = await page.locator('main details > summary').all();
      if (summaries.length > 0) {
        for (const summary of summaries) await summary.click();
        await expect.soft(page.locator('main details:not([open])'), path).toHaveCount(0);
        if (learner) expect.soft(await smallTargets(page), `${path}: targets under 44 px, answers open`).toEqual([]);
        expect.soft(await axeViolations(page), `${path}: axe, answers open`).toEqual([]);
        await page.setViewportSize(NARROW);
        expect.soft(await scrollWidth(page), `${path}: width at 320 px, answers open`).toBeLessThanOrEqual(NARROW.width);
      }
      if (path.startsWith('oppitunnit/')) await expectLessonParts(page, path);
    }
    saveShardLinks(test.info(), { shard, links });
  });
}
