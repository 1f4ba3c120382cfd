// The phone rules every learner page is held to (issue 11), measured in the browser: tap targets of
// at least 44 × 44 px (with the exceptions named below), block text of at least 17 px on a phone, and a
// header of at most 64 px. pages.spec.ts applies them in its one visit per page; ui.spec.ts in the
// states a page reaches only by use (an exercise's feedback and ending, search results, an open menu).
import type { Page } from '@playwright/test';

export const PHONE = { width: 390, height: 844 };

/**
 * Pages held to the phone rules. Left out, with the reason: the SCORM launch page (player.html; its
 * bar is measured by the player's own tests) and the tools for HR, LMS admins and content reviewers
 * (hr-opas, lms-esikatselu, paatoskartat), which are used on a computer and never reach a learner.
 */
const NOT_PHONE_RULED = ['player.html', 'hr-opas.html', 'lms-esikatselu.html', 'paatoskartat.html'];
export const isLearnerPage = (path: string) => !NOT_PHONE_RULED.includes(path);

/** What a learner can tap that is smaller than 44 × 44 px, by the rules and exceptions below. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const BLOCK = 'p, li, dd, dt, td, th, h1, h2, h3, h4, label, legend, figcaption, blockquote';
    const found: string[] = [];
    const interactive = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of interactive) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      // Exception: the skip link is off-screen until a keyboard user focuses it (measured focused below).
      if (el.classList.contains('skip-link')) continue;
      // A radio button or checkbox is tapped through its label, which wraps it: measure the label.
      const target = el.matches('input[type="radio"], input[type="checkbox"]') ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.width >= 44 && box.height >= 44) continue;
      // Exception: a link inside a sentence of running text (a glossary term, an inline citation, an
      // e-mail address in a paragraph). WCAG 2.5.8 exempts targets in a sentence; making them 44 px
      // tall would cover the lines above and below. They must still be at least 24 px tall (2.5.8's
      // minimum), and a lesson's sources are also 44 px links under "Mihin tämä perustuu".
      if (el.tagName === 'A') {
        const block = el.parentElement?.closest(BLOCK);
        const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const all = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const display = getComputedStyle(el).display;
        if (block && all.length > own.length + 2 && display.startsWith('inline') && box.height >= 24) continue;
      }
      const text = (el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      found.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return found;
  });
}

/** Block-level text in the main content smaller than `min` px. Badges and chips inside a line (status tags, citations) are labels, not body text. */
export async function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((px) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main :is(p, li, dd, dt, td, th, label, legend, summary, blockquote)')) {
      if (!el.checkVisibility() || !(el.textContent ?? '').trim()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < px) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${size}px`);
    }
    return out;
  }, min);
}

/** The site header's height (pages without one, like the presenter, pass). */
export async function headerHeight(page: Page): Promise<number> {
  const header = page.locator('.site-header');
  return (await header.count()) ? (await header.boundingBox())!.height : 0;
}
