import type { ProgressStore } from './port.ts';
import { decodeProgress, encodeProgress, type SavedProgress } from './state-codec.ts';

/** Keeps progress in memory only (when the browser refuses storage). Stores the encoded form, like the others. */
export function createMemoryStore(): ProgressStore {
  let text = '';
  return {
    description: 'Edistymistä ei tallenneta: se häviää, kun suljet sivun.',
    load: () => decodeProgress(text),
    save: (p: SavedProgress) => {
      text = encodeProgress(p);
    },
  };
}
