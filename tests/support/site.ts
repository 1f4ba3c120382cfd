// Helpers shared by the browser tests: the built pages and the axe-core rule set.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export { DIST, builtPages } from './dist.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type InPage = typeof globalThis & { axe: typeof axe };

/**
 * Runs axe-core with the WCAG 2.2 A and AA rules in the page and in every frame; returns readable
 * violations. axe goes into each frame first, with no time limit: @axe-core/playwright gives a frame
 * one second to load axe and then leaves it out without a word, and under load in CI that once left
 * the player's frame unchecked. A zero must mean "checked and clean", so this fails if any frame that
 * is shown gave axe no results at all.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per document: a second check of the same page (answers opened, a new state) reuses its copy.
  for (const frame of page.frames()) if (!(await frame.evaluate(() => 'axe' in globalThis))) await frame.evaluate(axe.source);
  const { results, shownFrames } = await page.evaluate(async (tags) => {
    // Frames that are shown, and the frames shown inside them.
    const count = (doc: Document): number =>
      [...doc.querySelectorAll('iframe')].filter((f) => f.getClientRects().length > 0).reduce((n, f) => n + 1 + (f.contentDocument ? count(f.contentDocument) : 0), 0);
    const shownFrames = count(document);
    // The top page asks each frame's copy of axe for its results; a frame that is slow to answer on
    // a busy machine is waited for, not skipped (the default wait is half a second).
    const results = await (globalThis as InPage).axe.run(document, { runOnly: { type: 'tag', values: tags }, pingWaitTime: 20_000 });
    return { results, shownFrames };
  }, WCAG_TAGS);
  const nodes = [...results.violations, ...results.passes, ...results.incomplete].flatMap((r) => r.nodes);
  // A node inside a frame has the selectors of its frames (outermost first) before its own.
  const framesChecked = new Set(nodes.filter((n) => n.target.length > 1).map((n) => n.target.slice(0, -1).join(' '))).size;
  if (framesChecked < shownFrames) throw new Error(`axe: ${shownFrames} frame(s) shown, results from ${framesChecked}`);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}
