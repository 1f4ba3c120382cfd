// Progress on the open site: kept only in this browser's localStorage (no cookies, nothing sent).
import { createMemoryStore } from './memory.ts';
import type { ProgressStore } from './port.ts';
import type { LmsAdapter } from './lms.ts';
import { decodeProgress, encodeProgress, SCORM12_SUSPEND_LIMIT, type SavedProgress } from './state-codec.ts';

/** The one storage key for progress: the scenario islands and the player's no-LMS mode must share it. */
const progressKey = (courseId: string) => `${courseId}:edistyminen`;

export function createBrowserStore(courseId: string, storage: Storage | undefined = globalThis.localStorage): ProgressStore {
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
    description: 'Edistymisesi tallennetaan vain tähän selaimeen.',
    load: () => decodeProgress(storage.getItem(key)),
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

/**
 * The player's adapter when no LMS is found: the course runs as on the open site, keeping progress
 * in this browser under the same key as the scenario islands use.
 */
export function createBrowserLms(courseId: string, storage: Storage | undefined = globalThis.localStorage): LmsAdapter {
  const key = progressKey(courseId);
  const locationKey = `${courseId}:sijainti`;
  const read = (k: string) => {
    try {
      return storage?.getItem(k) ?? '';
    } catch {
      return '';
    }
  };
  const write = (k: string, v: string) => {
    try {
      storage?.setItem(k, v);
    } catch {
      // Blocked storage: nothing to keep, the course still works.
    }
  };
  let pending: { location?: string; data?: string } = {};
  return {
    kind: 'browser',
    suspendLimit: SCORM12_SUSPEND_LIMIT,
    initialize: () => true,
    launchData: () => {
      const suspendData = read(key);
      return { entry: suspendData ? 'resume' : '', mode: 'normal', credit: true, suspendData, location: read(locationKey), learnerId: '' };
    },
    setLocation: (location) => void (pending.location = location),
    setSuspendData: (data) => {
      pending.data = data;
      return true;
    },
    setStatus: () => {},
    addInteraction: () => {},
    interactionCount: () => 0,
    objectiveIds: () => [],
    setObjective: () => {},
    setSessionTime: () => {},
    setExit: () => {},
    commit: () => {
      if (pending.location !== undefined) write(locationKey, pending.location);
      if (pending.data !== undefined) write(key, pending.data);
      pending = {};
      return true;
    },
    terminate: () => true,
    lastError: () => undefined,
  };
}
