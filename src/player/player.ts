// The SCORM launch page's code. It owns the LMS session for the whole launch: Initialize once,
// lessons and scenarios shown in a same-origin frame, Terminate once on pagehide or "Lopeta".
import { knownContent } from '../course/model.ts';
import { versionOfLaunch } from '../course/packages.ts';
import { t } from '../strings/fi.ts';
import { LocalSession } from '../tracking/local-session.ts';
import type { ProgressSession, ProgressStore, SaveState } from '../tracking/port.ts';
import type { PlayerBridge } from '../tracking/runtime.ts';
import { createScorm12Adapter } from '../tracking/scorm12.ts';
import { createScorm2004Adapter } from '../tracking/scorm2004.ts';
import { CourseSession, type KeyValueStore } from '../tracking/session.ts';
import { findApi, type WindowLike } from './api-finder.ts';
import type { PlayerData } from './player-data.ts';

const STATE_TEXT = t.saveState;

function localBackup(): KeyValueStore | undefined {
  try {
    const s = window.localStorage;
    return { get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) };
  } catch {
    return undefined;
  }
}

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`player.html: #${id} puuttuu`);
  return found as T;
}

export function startPlayer(): void {
  const data = JSON.parse(el('kurssi-data').textContent ?? '{}') as PlayerData;
  const frame = el<HTMLIFrameElement>('sisalto');
  const stateText = el('tallennus');
  const notice = el('ilmoitus');
  const resumePanel = el('jatka');
  const finishButton = el<HTMLButtonElement>('lopeta');

  // The manifest's launch parameter names the package's SCORM version (see scorm-package/manifest.ts).
  const found = findApi(window as unknown as WindowLike, versionOfLaunch(new URLSearchParams(window.location.search).get('scorm')));
  const known = knownContent(data.known);
  const onState = (state: SaveState, detail?: string) => {
      stateText.textContent = STATE_TEXT[state];
      stateText.dataset['state'] = state;
      if (state === 'init-failed')
        showNotice(`${STATE_TEXT[state]}${detail ? ` (virhe ${detail})` : ''}. Voit lukea kurssia, mutta suoritustasi ei tallenneta. Sulje ikkuna ja avaa kurssi uudelleen oppimisympäristöstä.`);
      else if (state === 'review')
        showNotice(`${STATE_TEXT[state]}. Jos haluat tehdä kurssin uudelleen, valitse oppimisympäristössä uusi suorituskerta, ennen kuin avaat kurssin.`);
      else if (state === 'local') showNotice(`${STATE_TEXT[state]}.`);
      else notice.hidden = true;
  };
  const onProgress = () => renderProgress();
  // The one place that knows whether an LMS is there: with one, the LMS session; without, the browser.
  const session: ProgressSession = found
    ? new CourseSession({
        adapter: found.version === '2004' ? createScorm2004Adapter(found.api) : createScorm12Adapter(found.api),
        outline: data.outline,
        known,
        courseId: data.courseId,
        backup: localBackup(),
        onProgress,
        onState,
      })
    : new LocalSession({ courseId: data.courseId, outline: data.outline, known, onProgress, onState });

  function showNotice(text: string) {
    notice.textContent = text;
    notice.hidden = false;
  }

  const store: ProgressStore = {
    description: session.description,
    load: () => session.progress,
    save: (p) => session.replaceProgress(p),
    recordDecision: (d) => session.recordDecision(d),
  };
  const bridge: PlayerBridge = { store };
  window.kurssiPlayer = bridge;

  const lessonIds = new Map(data.lessons.map((l) => [l.href, l.id]));
  function renderProgress() {
    const status = session.status();
    el('edistyminen').textContent =
      `Oppitunnit ${status.lessonsSeen}/${data.outline.lessons.length}, harjoitukset ${status.scenariosFinished}/${data.outline.scenarios.length}` +
      (status.completed ? `. Kurssi suoritettu: ${status.score} %, ${status.passed ? 'hyväksytty' : 'ei vielä hyväksytty'}.` : '.');
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-kohde]')) {
      const id = a.dataset['kohde']!;
      const done = a.dataset['tyyppi'] === 'oppitunti' ? session.progress.lessons.includes(id) : !!session.progress.scenarios[id]?.result;
      a.querySelector('.tehty')!.textContent = done ? ' (tehty)' : '';
    }
  }

  // Choosing from the menu closes it and, once the page is there, moves keyboard focus into it.
  const menu = document.querySelector<HTMLDetailsElement>('.player-menu');
  let focusFrame = false;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.player-menu a')) {
    a.addEventListener('click', () => {
      focusFrame = true;
      if (menu) menu.open = false;
    });
  }

  // The page the frame shows, relative to this player page (the package root).
  const root = new URL('./', location.href);
  frame.addEventListener('load', () => {
    if (focusFrame) {
      focusFrame = false;
      frame.contentWindow?.focus();
    }
    let path: string;
    try {
      const url = new URL(frame.contentWindow!.location.href);
      if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return; // about:blank and the like
      path = decodeURIComponent(url.pathname).slice(decodeURIComponent(root.pathname).length) + url.hash;
    } catch {
      return;
    }
    if (session.finished) return;
    session.visit(path, lessonIds.get(path.replace(/#.*$/, '')));
  });

  const start = session.start();
  if (start.resumeLocation) {
    resumePanel.hidden = false;
    el<HTMLButtonElement>('jatka-nappi').addEventListener('click', () => {
      focusFrame = true;
      frame.src = start.resumeLocation!;
      resumePanel.hidden = true;
    });
    el<HTMLButtonElement>('alusta-nappi').addEventListener('click', () => {
      resumePanel.hidden = true;
    });
  }
  frame.src = data.start;
  renderProgress();

  const finish = () => {
    session.finish();
    finishButton.disabled = true;
  };
  finishButton.addEventListener('click', () => {
    finish();
    // Say what really happened to the last save (session.state after the final commit).
    const closing: Partial<Record<SaveState, string>> = {
      saved: 'Kurssi on suljettu ja suorituksesi tallennettu. Voit nyt sulkea tämän ikkunan.',
      retrying:
        'Kurssi on suljettu, mutta viimeinen tallennus ei mennyt perille. Tämä selain säilyttää kopion, ja se lähetetään, kun avaat kurssin seuraavan kerran tällä selaimella.',
      review: 'Kurssi on suljettu. Kertausnäkymässä mitään ei tallennettu.',
      local: 'Kurssi on suljettu. Edistymisesi on tallessa vain tässä selaimessa.',
    };
    showNotice(closing[session.state] ?? 'Kurssi on suljettu, eikä suoritusta voitu tallentaa.');
    frame.hidden = true;
  });
  // pagehide (not unload) fires on close, navigation and bfcache; finish() runs once whatever happens.
  window.addEventListener('pagehide', finish);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && session.finished) {
      showNotice('Tämä kurssikerta on jo päättynyt. Avaa kurssi uudelleen oppimisympäristöstä, jotta suorituksesi tallentuu.');
      frame.hidden = true;
    }
  });
}
