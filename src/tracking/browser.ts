// Progress on the open site: kept only in this browser's localStorage (no cookies, nothing sent).
import { createMemoryStore } from './memory.ts';
import type { ProgressStore } from './port.ts';
import type { SavedProgress } from '../course/progress.ts';
import { decodeProgress, encodeProgress, type KnownContent } from '../course/state-codec.ts';
import { t } from '../strings/fi.ts';

/** The one storage key for progress: the scenario islands and the player's no-LMS mode share it. */
const progressKey = (courseId: string) => `${courseId}:edistyminen`;
/** Where the player without an LMS keeps the page the learner was on. */
export const locationKey = (courseId: string) => `${courseId}:sijainti`;

export function createBrowserStore(courseId: string, storage: Storage | undefined = globalThis.localStorage, known?: KnownContent): ProgressStore {
  const key = progressKey(courseId);
  try {
    // Some browsers (private modes, blocked storage) throw on access: fall back to memory.
    storage?.setItem(`${key}:testi`, '1');
    storage?.removeItem(`${key}:testi`);
  } catch {
    return createMemoryStore();
  }
  if (!storage) return createMemoryStore();
  return {
    description: t.store.browser,
    load: () => decodeProgress(storage.getItem(key), known),
    save: (p: SavedProgress) => {
      try {
        storage.setItem(key, encodeProgress(p));
      } catch {
        // Storage full or revoked: the learner can still go on; nothing else depends on it.
      }
    },
    learnerCanClear: true,
  };
}

