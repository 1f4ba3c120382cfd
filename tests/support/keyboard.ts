import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, the way a keyboard user gets there. Works across frames:
 * the target must be its document's active element, and each frame around it the active element of
 * its parent (document.hasFocus() is unreliable in headless Chromium).
 */
export async function tabTo(page: Page, target: Locator, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await target
      .evaluate((el) => {
        if (el !== el.ownerDocument.activeElement) return false;
        let w: Window | null = el.ownerDocument.defaultView;
        while (w && w.frameElement) {
          if (w.frameElement.ownerDocument.activeElement !== w.frameElement) return false;
          w = w.parent as Window;
        }
        return true;
      })
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab in ${max} presses`);
}
