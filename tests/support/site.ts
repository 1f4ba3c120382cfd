// Helpers shared by the browser tests: the built pages and the axe-core rule set.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export { DIST, builtPages } from './dist.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core with the WCAG 2.2 A and AA rules; returns readable violations. Legacy mode runs axe in
 * the page itself: the default mode opens a blank page for every check to collect the results in,
 * which only matters for cross-origin frames, and this site has none (its frames are its own pages).
 * Compared on six pages including the player with its frame, both modes gave the same violations,
 * passes, incomplete and inapplicable rules with the same node counts; legacy took about half the time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}
