// Lesson pages run no JavaScript, so on the open site a small service worker notes which lesson
// pages this browser opened (public/visits-sw.js): it caches nothing, answers no request and sends
// nothing; it only adds the lesson's id to an IndexedDB store here. Pages that already have a script
// (the front page, the lists, exercises) register it and read the store.
//
// Never inside a frame: the SCORM player (and the LMS preview around it) records lesson visits in its
// own session, and a package's pages have no marker to register from (it sits in the open site's
// header, which packages cut out).

const STORE = 'lessons';

/** The IndexedDB database the worker writes to (one per course). */
export const visitsDbName = (courseId: string) => `${courseId}:avatut-oppitunnit`;

/** The worker's address, from the open site's header (absent in SCORM packages). */
function workerUrl(): URL | undefined {
  const marker = document.querySelector<HTMLElement>('[data-visit-worker]');
  const src = marker?.dataset['src'];
  return src ? new URL(src, location.href) : undefined;
}

/** True in a top-level window of the open site where a service worker and IndexedDB can run. */
export function canNoteVisits(): boolean {
  try {
    return window.top === window && 'serviceWorker' in navigator && 'indexedDB' in window && !!workerUrl();
  } catch {
    return false;
  }
}

export function registerVisitWorker(courseId: string): void {
  const url = workerUrl();
  if (!url || !canNoteVisits()) return;
  url.searchParams.set('db', visitsDbName(courseId));
  // Scope: the site's root folder, where the worker file is (any sub-path the site is served from).
  navigator.serviceWorker.register(url.href, { scope: new URL('./', url).href }).catch(() => {
    // Refused (private mode, policy): lesson visits stay unknown, and the lists say so.
  });
}

/** Ids of the lessons this browser opened, or undefined when this browser cannot tell. */
export function readVisits(courseId: string): Promise<string[] | undefined> {
  if (!canNoteVisits()) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    try {
      const open = indexedDB.open(visitsDbName(courseId), 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onerror = () => resolve(undefined);
      open.onblocked = () => resolve(undefined);
      open.onsuccess = () => {
        const db = open.result;
        try {
          const req = db.transaction(STORE, 'readonly').objectStore(STORE).getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve(req.result.map(String));
          };
          req.onerror = () => {
            db.close();
            resolve(undefined);
          };
        } catch {
          db.close();
          resolve(undefined);
        }
      };
    } catch {
      resolve(undefined);
    }
  });
}
