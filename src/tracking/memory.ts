import type { SavedProgress } from '../course/progress.ts';
import { decodeProgress, encodeProgress } from '../course/state-codec.ts';
import { t } from '../strings/fi.ts';
import type { ProgressStore } from './port.ts';

/** Keeps progress in memory only (when the browser refuses storage). Stores the encoded form, like the others. */
export function createMemoryStore(): ProgressStore {
  let text = '';
  return {
    description: t.store.memory,
    load: () => decodeProgress(text),
    save: (p: SavedProgress) => {
      text = encodeProgress(p);
    },
  };
}
