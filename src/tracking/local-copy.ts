// The copy of a learner's LMS data kept in this browser until the LMS has it for sure: the saved
// progress, the page, and the decisions not yet confirmed in the LMS. It is written before every
// LMS call (not after one fails), so that a crash or a closed window between a change and the
// commit loses nothing: the next launch joins it with what the LMS holds.
import type { InteractionRecord } from './lms.ts';

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** A decision kept for the LMS, with the interaction index it was (or will be) written at. */
export interface PendingInteraction {
  index: number;
  record: Omit<InteractionRecord, 'timestamp'> & { timestamp: number };
}

export interface CopyData {
  suspendData: string;
  location: string;
  interactions: PendingInteraction[];
  /** When it was written (a store that mirrors the copy in two places keeps the newer). */
  savedAt?: number | undefined;
}

const EMPTY: CopyData = { suspendData: '', location: '', interactions: [] };

/** The key of a learner's copy; when the LMS never told who the learner is, one per course. */
export const copyKey = (courseId: string, learnerId: string | undefined) =>
  learnerId ? `${courseId}:${learnerId}:lms-kopio` : `${courseId}:lms-kopio-tuntematon`;

export function readCopy(store: KeyValueStore | undefined, key: string): CopyData | undefined {
  let text: string | null | undefined;
  try {
    text = store?.get(key);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as Partial<CopyData>;
    return {
      suspendData: typeof raw.suspendData === 'string' ? raw.suspendData : '',
      location: typeof raw.location === 'string' ? raw.location : '',
      interactions: Array.isArray(raw.interactions) ? raw.interactions.filter((i) => Number.isInteger(i?.index) && typeof i?.record?.id === 'string') : [],
    };
  } catch {
    return undefined; // an unreadable copy is ignored
  }
}

export function writeCopy(store: KeyValueStore | undefined, key: string, data: CopyData): void {
  try {
    store?.set(key, JSON.stringify(data));
  } catch {
    // Storage full or blocked: the LMS is still tried; nothing else depends on the copy.
  }
}

export function removeCopy(store: KeyValueStore | undefined, key: string): void {
  try {
    store?.remove(key);
  } catch {
    // Blocked storage: nothing to remove.
  }
}

/**
 * Decisions to send on this launch: those the LMS does not hold yet. The LMS's interaction count
 * says how many it stored; copies at a lower index are there already, the rest are re-sent in
 * their order at the next free indexes, so nothing is sent twice.
 */
export function interactionsToResend(copies: readonly CopyData[], lmsCount: number): PendingInteraction[] {
  const seen = new Set<string>();
  const missing = copies
    .flatMap((c) => c.interactions)
    .filter((i) => i.index >= lmsCount)
    .sort((a, b) => a.record.timestamp - b.record.timestamp || a.index - b.index)
    .filter((i) => {
      const key = `${i.record.id}@${i.record.timestamp}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  return missing.map((i, n) => ({ index: lmsCount + n, record: i.record }));
}

export { EMPTY as EMPTY_COPY };
