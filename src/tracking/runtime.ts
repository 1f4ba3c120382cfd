// Picks the progress store for a page: the SCORM player's session when the page runs inside the
// player's frame, otherwise this browser's storage. Lesson pages never look for the LMS themselves.
import { createBrowserStore } from './browser.ts';
import type { ProgressStore } from './port.ts';

export interface PlayerBridge {
  store: ProgressStore;
}

declare global {
  interface Window {
    kurssiPlayer?: PlayerBridge;
  }
}

export function courseStore(courseId: string): ProgressStore {
  try {
    if (window.parent !== window && window.parent.kurssiPlayer) return window.parent.kurssiPlayer.store;
  } catch {
    // A parent from another origin is not our player.
  }
  return createBrowserStore(courseId);
}
