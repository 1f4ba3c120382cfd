// Notes which lesson pages this browser opened on the open site, so that the lesson list and the
// front page can say "Valmis ✓" although lesson pages run no JavaScript (README, "Progress on the
// open site"). It caches nothing, answers no request and sends nothing anywhere: a top-level
// navigation to <site root>/oppitunnit/<id>.html adds <id> to an IndexedDB store in this browser, and
// the browser then loads the page from the network as without a worker. Frames (the SCORM player and
// the LMS preview) are not noted. Registered by src/site-client/visits.ts, never inside a frame.
'use strict';
const db = new URL(self.location.href).searchParams.get('db');

self.addEventListener('install', (event) => {
  self.skipWaiting();
  // Only navigations need the worker: every other request goes straight to the network without
  // waking it (static routing, where the browser has it).
  try {
    const routed = event.addRoutes && event.addRoutes({ condition: { not: { requestMode: 'navigate' } }, source: 'network' });
    if (routed && routed.catch) routed.catch(() => {});
  } catch {
    // No static routing: the fetch handler below returns at once for these requests.
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!db || request.mode !== 'navigate' || request.destination !== 'document') return;
  const scope = new URL(self.registration.scope).pathname;
  const path = new URL(request.url).pathname;
  if (!path.startsWith(scope)) return;
  const lesson = /^oppitunnit\/([a-z0-9-]+)\.html$/.exec(path.slice(scope.length));
  if (lesson) event.waitUntil(note(lesson[1]));
});

function note(id) {
  return new Promise((resolve) => {
    const open = indexedDB.open(db, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('lessons');
    open.onerror = () => resolve();
    open.onsuccess = () => {
      const tx = open.result.transaction('lessons', 'readwrite');
      tx.objectStore('lessons').put(Date.now(), id);
      tx.oncomplete = tx.onerror = tx.onabort = () => {
        open.result.close();
        resolve();
      };
    };
  });
}
