import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab with `backwards`) until `target` has focus, the way a keyboard user gets
 * there. Works across frames: the target must be its document's active element, and each frame around
 * it the active element of its parent (document.hasFocus() is unreliable in headless Chromium).
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 300 } = {}): Promise<void> {
  // Find the element once (pressing Tab changes nothing on the page but focus), so that each press
  // costs one question to the page instead of finding it again through every frame around it.
  await target.waitFor({ state: 'visible' });
  const element = await target.elementHandle();
  if (!element) throw new Error(`${target} is not on the page`);
  try {
    for (let i = 0; i < max; i++) {
      const focused = await element.evaluate((el) => {
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
  } finally {
    await element.dispose();
  }
  throw new Error(`could not reach ${target} with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}
