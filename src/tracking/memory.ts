import type { ProgressStore } from './port.ts';
import { decodeProgress, encodeProgress, type SavedProgress } from './state-codec.ts';

/** Keeps progress in memory only (tests, or when the browser refuses storage). Stores the encoded form, like the others. */
export function createMemoryStore(initial = ''): ProgressStore & { readonly text: string } {
  let text = initial;
  return {
    description: 'Edistymistä ei tallenneta: se häviää, kun suljet sivun.',
    get text() {
      return text;
    },
    load: () => decodeProgress(text),
    save: (p: SavedProgress) => {
      text = encodeProgress(p);
    },
  };
}
