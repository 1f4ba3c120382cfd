import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab with `backwards`) until `target` has focus, the way a keyboard user gets
 * there. Works across frames:
 * the target must be its document's active element, and each frame around it the active element of
 * its parent (document.hasFocus() is unreliable in headless Chromium).
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 300 } = {}): Promise<void> {
  // Wait until the target is there, so that the loop below only ever asks about an attached element.
  await target.waitFor({ state: 'visible' });
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate((el) => {
      if (el !== el.ownerDocument.activeElement) return false;
      let w: Window | null = el.ownerDocument.defaultView;
      while (w && w.frameElement) {
        if (w.frameElement.ownerDocument.activeElement !== w.frameElement) return false;
        w = w.parent as Window;
      }
      return true;
    });
    if (focused) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}
