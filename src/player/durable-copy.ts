// Where the player keeps its local copy of LMS data: localStorage for a synchronous read, mirrored to
// IndexedDB with "strict" durability. Chromium writes localStorage to disk only every few seconds, so
// a browser that dies right after a change loses it there; a strict IndexedDB transaction is on disk
// when it completes. On start the newer of the two copies wins (each carries its time).
import type { KeyValueStore } from '../tracking/local-copy.ts';

const DB = 'kurssi-kopiot';
const STORE = 'kopiot';

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

function readAll(db: IDBDatabase): Promise<Map<string, string>> {
  return new Promise((resolve) => {
    const out = new Map<string, string>();
    try {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve(out);
        if (typeof cursor.value === 'string') out.set(String(cursor.key), cursor.value);
        cursor.continue();
      };
      req.onerror = () => resolve(out);
    } catch {
      resolve(out);
    }
  });
}

/** The time a copy was saved (0 when unknown), to pick the newer of two. */
const savedAt = (text: string | null | undefined) => {
  try {
    return text ? Number((JSON.parse(text) as { savedAt?: number }).savedAt) || 0 : 0;
  } catch {
    return 0;
  }
};

/** Opens both stores; resolves to a synchronous store over what they hold (undefined without any storage). */
export async function openDurableCopies(): Promise<KeyValueStore | undefined> {
  let local: Storage | undefined;
  try {
    local = window.localStorage;
    local.getItem('x');
  } catch {
    local = undefined;
  }
  const db = typeof indexedDB === 'undefined' ? undefined : await open();
  const mirrored = db ? await readAll(db) : new Map<string, string>();
  if (!local && !db) return undefined;
  const write = (mode: 'put' | 'delete', key: string, value?: string) => {
    if (!db) return;
    try {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      if (mode === 'put') tx.objectStore(STORE).put(value, key);
      else tx.objectStore(STORE).delete(key);
    } catch {
      // A closed or full database: localStorage still has the copy.
    }
  };
  return {
    get(key) {
      const a = local?.getItem(key) ?? null;
      const b = mirrored.get(key) ?? null;
      return savedAt(b) > savedAt(a) ? b : (a ?? b);
    },
    set(key, value) {
      mirrored.set(key, value);
      try {
        local?.setItem(key, value);
      } catch {
        // full or blocked: the IndexedDB copy remains
      }
      write('put', key, value);
    },
    remove(key) {
      mirrored.delete(key);
      try {
        local?.removeItem(key);
      } catch {
        // blocked: nothing to remove there
      }
      write('delete', key);
    },
  };
}
