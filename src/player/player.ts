// The SCORM launch page's code. It owns the LMS session for the whole launch: Initialize once (unless
// another tab already runs the course), lessons and scenarios shown in a same-origin frame under one
// lean bar, a contents sheet, a finish panel, and Terminate once on pagehide, "Lopeta" or "Palaa".
import { knownContent } from '../course/model.ts';
import { LAUNCH_PARAMS, packageOfLaunch, versionOfLaunch } from '../course/packages.ts';
import { lessonState, scenarioState } from '../course/part-state.ts';
import type { CourseStatus, SavedProgress } from '../course/progress.ts';
import { showPartState } from '../site-client/part-tag.ts';
import { progressUi, t } from '../strings/fi.ts';
import { LocalSession } from '../tracking/local-session.ts';
import type { ProgressSession, ProgressStore, SaveState } from '../tracking/port.ts';
import type { PlayerBridge } from '../tracking/runtime.ts';
import { createScorm12Adapter } from '../tracking/scorm12.ts';
import { createScorm2004Adapter } from '../tracking/scorm2004.ts';
import { CourseSession, type KeyValueStore } from '../tracking/session.ts';
import { openDurableCopies } from './durable-copy.ts';
import { findApi, type WindowLike } from './api-finder.ts';
import type { PlayerData } from './player-data.ts';
import { claimCourse, claimName, type CourseClaim } from './single-tab.ts';

/** A short word for the bar on a phone; the full text is in the sheet and for screen readers. */
const SHORT: Record<SaveState, string> = {
  saved: '✓',
  pending: '…',
  retrying: '⚠',
  review: '•',
  local: '⌂',
  'init-failed': '⚠',
  'other-tab': '⚠',
};

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`player.html: #${id} puuttuu`);
  return found as T;
}

const clock = (ms: number) => new Date(ms).toLocaleTimeString('fi-FI', { hour: '2-digit', minute: '2-digit' });

export async function startPlayer(): Promise<void> {
  const data = JSON.parse(el('kurssi-data').textContent ?? '{}') as PlayerData;
  const params = new URLSearchParams(window.location.search);
  const pkg = packageOfLaunch(data.packages, params.get(LAUNCH_PARAMS.package));
  const frame = el<HTMLIFrameElement>('sisalto');
  const notice = el('ilmoitus');
  const sheet = el<HTMLDialogElement>('sisallys');
  const finishPanel = el('valmis');

  // The manifest's launch parameters name the package's SCORM version and audience.
  const found = findApi(window as unknown as WindowLike, versionOfLaunch(params.get(LAUNCH_PARAMS.version)));
  // Another tab already running this package keeps it: this one writes nothing.
  const [claim, backup]: [CourseClaim | undefined, KeyValueStore | undefined] = found
    ? await Promise.all([claimCourse(claimName(data.courseId, pkg.id, found.version)), openDurableCopies()])
    : [undefined, undefined];
  const known = knownContent(data.known);

  let completedBefore: boolean | undefined;
  let quitting = false;
  const session: ProgressSession = found
    ? new CourseSession({
        adapter: found.version === '2004' ? createScorm2004Adapter(found.api) : createScorm12Adapter(found.api),
        tracking: pkg.tracking,
        outline: pkg.outline,
        known,
        courseId: data.courseId,
        backup,
        onProgress: () => render(),
        onState: (state, detail) => showState(state, detail),
      })
    : new LocalSession({ courseId: data.courseId, outline: pkg.outline, known, onProgress: () => render(), onState: (state) => showState(state) });

  function showNotice(text: string, kind: 'alert' | 'ok' = 'alert') {
    notice.textContent = text;
    notice.classList.toggle('ok', kind === 'ok');
    notice.hidden = false;
  }

  function showState(state: SaveState, detail?: string) {
    const bar = el('tallennus');
    bar.dataset['state'] = state;
    bar.innerHTML = '';
    const short = document.createElement('span');
    short.className = 'short';
    short.setAttribute('aria-hidden', 'true');
    short.textContent = SHORT[state];
    const long = document.createElement('span');
    long.className = 'long';
    long.textContent = t.saveState[state];
    bar.append(short, long);
    el('sisallys-tallennus').textContent = `${t.saveState[state]}${detail ? ` (virhe ${detail})` : ''}.`;
    if (quitting) return;
    if (state === 'init-failed')
      showNotice(`${t.saveState[state]}${detail ? ` (virhe ${detail})` : ''}. Voit tehdä kurssia: edistymisesi tallennetaan tähän selaimeen ja lähetetään oppimisympäristöön, kun avaat kurssin seuraavan kerran.`);
    else if (state === 'review')
      showNotice(`${t.saveState[state]}. Aiempi edistymisesi ei välttämättä näy tässä näkymässä, mutta se on tallessa oppimisympäristössä. Jos haluat tehdä kurssin uudelleen, valitse oppimisympäristössä uusi suorituskerta, ennen kuin avaat kurssin.`);
    else if (state === 'other-tab') showNotice('Kurssi on jo auki toisessa välilehdessä tai ikkunassa. Jatka siellä: tässä välilehdessä mitään ei tallenneta. Jos suljit sen, avaa kurssi uudelleen oppimisympäristöstä.');
    else if (state === 'local') showNotice(`${t.saveState[state]}.`);
    else if (state === 'retrying') showNotice('Tallennus oppimisympäristöön epäonnistui. Kurssi yrittää uudelleen, ja edistymisesi on tallessa tässä selaimessa.');
    else notice.hidden = true;
    if (!finishPanel.hidden) el('valmis-tallennus').textContent = saveLine();
  }

  // A package without lessons (the refresher) counts exercises only.
  const counts = (s: CourseStatus) =>
    [pkg.outline.lessons.length ? progressUi.lessons(s.lessonsSeen, pkg.outline.lessons.length) : '', progressUi.exercises(s.scenariosFinished, pkg.outline.scenarios.length)]
      .filter(Boolean)
      .join(' · ');
  const below = (s: CourseStatus) => pkg.tracking === 'score' && s.completed && s.passed === false;
  const resultKey = (s: CourseStatus) => `${s.completed}:${s.passed}:${s.score}`;
  let shownResult = '';

  function render() {
    const status = session.status();
    const parts = pkg.outline.lessons.length + pkg.outline.scenarios.length;
    el<HTMLProgressElement>('edistyminen-palkki').value = parts ? (status.lessonsSeen + status.scenariosFinished) / parts : 1;
    el('edistyminen').textContent = counts(status);
    el('sisallys-edistyminen').textContent = !status.completed
      ? `Tehty: ${counts(status)}.`
      : below(status)
        ? `Kaikki osat tehty: ${status.score} %, hyväksymiseen tarvitaan ${data.masteryScore} %.`
        : `Kurssi suoritettu: ${counts(status)}.`;
    renderSheet(session.progress);
    // The finish panel follows the result: shown and focused when the course becomes complete, or
    // passed after a redo; kept up to date (not reopened) while the learner improves a failed result.
    const key = resultKey(status);
    const passedNow = completedBefore !== undefined && status.completed && !below(status) && shownResult !== '' && shownResult !== key;
    if ((completedBefore === false && status.completed) || passedNow) showFinish(true);
    else if (status.completed && key !== shownResult && !finishPanel.hidden) showFinish(false);
    completedBefore = status.completed;
  }

  // The sheet lists what this package holds (the refresher: its exercises, under their lessons).
  function fitSheetToPackage() {
    const lessons = new Set(pkg.outline.lessons);
    const scenarios = new Set(pkg.outline.scenarios.map((s) => s.id));
    for (const a of sheet.querySelectorAll<HTMLAnchorElement>('a[data-kind="scenario"]')) a.closest('li')!.hidden = !scenarios.has(a.dataset['target']!);
    for (const a of sheet.querySelectorAll<HTMLAnchorElement>('a[data-kind="lesson"]')) {
      const inPackage = lessons.has(a.dataset['target']!);
      const li = a.closest('li')!;
      li.hidden = !inPackage && ![...li.querySelectorAll('a[data-kind="scenario"]')].some((x) => !x.closest('li')!.hidden);
      // A lesson outside the package stays readable, without a status it does not have.
      if (!inPackage) a.dataset['kind'] = 'page';
    }
  }

  // The same states, words and tags as the open site's lists (part-state.ts, part-tag.ts); the player always knows the visits.
  function renderSheet(progress: SavedProgress) {
    for (const a of sheet.querySelectorAll<HTMLAnchorElement>('a[data-target]')) {
      const id = a.dataset['target']!;
      const tag = a.querySelector<HTMLElement>('.status-tag')!;
      if (a.dataset['kind'] === 'page') {
        tag.hidden = true;
        continue;
      }
      const lesson = a.dataset['kind'] === 'lesson';
      const state = lesson ? lessonState(progress, id, data.lessons.find((l) => l.id === id)!.scenarios, true)! : scenarioState(progress, id);
      const result = lesson ? undefined : progress.scenarios[id]?.result;
      const max = lesson ? 0 : data.scenarios.find((s) => s.id === id)!.maxPoints;
      showPartState(tag, state, result ? progressUi.points(Math.min(result.points, max), max) : '');
    }
  }

  /** Where the result is: in the LMS, on its way, or only in this browser (kept up to date by showState). */
  function saveLine(): string {
    const saved = session instanceof CourseSession ? session.savedAt : undefined;
    if (session.state === 'saved' && saved) return `Tallennettu oppimisympäristöön klo ${clock(saved)}.`;
    if (session.state === 'local') return 'Oppimisympäristöä ei löytynyt: tulos on tallessa vain tässä selaimessa.';
    if (session.state === 'pending' || session.state === 'retrying') return 'Tulos on tallessa tässä selaimessa, ja se lähetetään oppimisympäristöön.';
    return '';
  }

  /** The finish line: green when the course is complete (and passed, where a pass mark applies), amber below the pass mark. */
  function showFinish(focus: boolean) {
    const status = session.status();
    if (!status.completed) return;
    shownResult = resultKey(status);
    const heading = el('valmis-otsikko');
    const body = el('valmis-teksti');
    body.innerHTML = '';
    const p = (text: string) => body.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
    const points = pkg.outline.scenarios.reduce(
      (acc, s) => ({ got: acc.got + Math.min(session.progress.scenarios[s.id]?.result?.points ?? 0, s.maxPoints), max: acc.max + s.maxPoints }),
      { got: 0, max: 0 },
    );
    const short = below(status);
    finishPanel.classList.toggle('done', !short);
    finishPanel.classList.toggle('short', short);
    if (!short) {
      heading.textContent = 'Kurssi suoritettu';
      const lessons = pkg.outline.lessons.length;
      p(lessons ? `Olet lukenut kaikki ${lessons} oppituntia ja tehnyt kaikki ${pkg.outline.scenarios.length} harjoitusta.` : `Olet tehnyt kaikki ${pkg.outline.scenarios.length} harjoitusta.`);
      p(
        pkg.tracking === 'score'
          ? `Sait harjoituksista ${points.got}/${points.max} pistettä (${status.score} %). Hyväksymisraja on ${data.masteryScore} %, joten kurssi on hyväksytty.`
          : `Sait harjoituksista ${points.got}/${points.max} pistettä. Pisteet ovat sinua varten: oppimisympäristöön kirjataan vain, että kurssi on suoritettu.`,
      );
    } else {
      heading.textContent = `Vielä ${data.masteryScore - status.score} prosenttiyksikköä hyväksymiseen`;
      p(`Teit kaikki osat, ja sait harjoituksista ${points.got}/${points.max} pistettä (${status.score} %). Hyväksymiseen tarvitaan ${data.masteryScore} %.`);
      p('Tee uudelleen harjoitukset, joista jäi eniten pisteitä saamatta. Paras tulos jää voimaan, joten uusi yritys ei voi laskea pisteitäsi.');
      const list = body.appendChild(Object.assign(document.createElement('ul'), { className: 'redo-list' }));
      const lost = pkg.outline.scenarios
        .map((s) => ({ s, got: Math.min(session.progress.scenarios[s.id]?.result?.points ?? 0, s.maxPoints) }))
        .filter((x) => x.got < x.s.maxPoints)
        .sort((a, b) => b.s.maxPoints - b.got - (a.s.maxPoints - a.got));
      for (const { s, got } of lost) {
        const info = data.scenarios.find((x) => x.id === s.id)!;
        const li = list.appendChild(document.createElement('li'));
        li.append(`${info.title}: ${got}/${s.maxPoints} p. `);
        const redo = li.appendChild(Object.assign(document.createElement('button'), { type: 'button', className: 'secondary small', textContent: 'Tee uudelleen' }));
        redo.setAttribute('aria-label', `Tee uudelleen: ${info.title}`);
        // The exercise gets the whole view (openInFrame hides the panel); the panel comes back when the course is passed.
        redo.addEventListener('click', () => openInFrame(`${info.href}#uudelleen`));
      }
    }
    const line = p(saveLine());
    line.id = 'valmis-tallennus';
    line.setAttribute('aria-live', 'polite');
    el('palaa').textContent = short ? 'Lopeta ja tallenna' : 'Palaa oppimisympäristöön';
    finishPanel.hidden = false;
    // The exercise that just ended moves focus to its own ending in the next animation frame; the
    // panel takes it one frame later, so that it is what the learner (and a screen reader) lands on.
    if (focus) requestAnimationFrame(() => requestAnimationFrame(() => finishPanel.focus()));
  }

  const store: ProgressStore = {
    get description() {
      return session.description;
    },
    passMark: pkg.tracking === 'score' ? data.masteryScore : undefined,
    load: () => session.progress,
    save: (p) => session.replaceProgress(p),
    recordDecision: (d) => session.recordDecision(d),
  };
  const bridge: PlayerBridge = { store };
  window.kurssiPlayer = bridge;

  // Choosing from the sheet closes it and, once the page is there, moves keyboard focus into it.
  let focusFrame = false;
  /** A page is about to open in the frame: it gets the whole view, and keyboard focus once loaded. */
  function makeWayForPage() {
    focusFrame = true;
    finishPanel.hidden = true;
    if (sheet.open) sheet.close();
  }
  function openInFrame(href: string) {
    makeWayForPage();
    frame.src = href;
  }
  for (const a of sheet.querySelectorAll<HTMLAnchorElement>('a[target="sisalto"]')) a.addEventListener('click', makeWayForPage);
  el('tietosuoja').addEventListener('click', () => (focusFrame = true));
  el('sisallys-nappi').addEventListener('click', () => {
    render();
    sheet.showModal();
  });
  el('sulje-sisallys').addEventListener('click', () => sheet.close());
  sheet.addEventListener('close', () => el('sisallys-nappi').focus({ preventScroll: true }));

  const lessonIds = new Map(data.lessons.map((l) => [l.href, l.id]));
  let automaticLoad = false;
  const root = new URL('./', location.href);
  frame.addEventListener('load', () => {
    // Pages of a package have no site header or footer; the open site's own pages (the LMS preview
    // runs this player on them) get them hidden, so the player looks the same.
    try {
      frame.contentDocument?.documentElement.classList.add('in-player');
    } catch {
      // another origin: not ours
    }
    if (focusFrame) {
      focusFrame = false;
      frame.contentWindow?.focus();
    }
    let path: string;
    try {
      const url = new URL(frame.contentWindow!.location.href);
      if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return; // about:blank and the like
      path = decodeURIComponent(url.pathname).slice(decodeURIComponent(root.pathname).length);
    } catch {
      return;
    }
    if (session.finished) return;
    const automatic = automaticLoad;
    automaticLoad = false;
    if (automatic && path === pkg.start && !lessonIds.has(path)) return;
    session.visit(path, lessonIds.get(path));
  });

  const start = found ? session.start({ otherTab: claim?.claim === 'taken' }) : session.start();
  fitSheetToPackage();
  if (start.resumeLocation && start.resumeLocation !== pkg.start) {
    const resume = el('jatka');
    resume.hidden = false;
    el<HTMLButtonElement>('jatka-nappi').addEventListener('click', () => {
      openInFrame(start.resumeLocation!);
      resume.hidden = true;
    });
    el<HTMLButtonElement>('alusta-nappi').addEventListener('click', () => {
      resume.hidden = true;
    });
  }
  // The start page the player opens by itself is not the learner's choice: it must not replace the
  // place to resume from (a learner who leaves without pressing "Jatka" can still resume next time).
  automaticLoad = true;
  frame.src = pkg.start;
  render();
  if (session.status().completed) showFinish(false);

  /** Ends the session (once) and says plainly what was saved, in the words of the learner's progress. */
  function quit() {
    quitting = true;
    end();
    const status = session.status();
    const popup = !!window.opener && window.opener !== window;
    const back = popup ? 'Voit nyt sulkea tämän ikkunan.' : 'Palaa kurssialueelle oppimisympäristön omalla painikkeella (Moodlessa "Exit activity").';
    const what = below(status)
      ? `Tuloksesi on tallennettu (${status.score} %, hyväksymiseen tarvitaan ${data.masteryScore} %)`
      : status.completed
        ? 'Suorituksesi on tallennettu'
        : `Edistymisesi on tallennettu (${counts(status)})`;
    const message: Partial<Record<SaveState, string>> = {
      saved: `${what}. ${back}`,
      pending: `${what}. ${back}`,
      retrying: 'Viimeinen tallennus ei mennyt perille. Tämä selain säilyttää kopion, ja se lähetetään, kun avaat kurssin seuraavan kerran tällä selaimella.',
      review: `Kurssi on suljettu. Kertausnäkymässä mitään ei tallennettu. ${back}`,
      local: 'Kurssi on suljettu. Edistymisesi on tallessa vain tässä selaimessa.',
      'other-tab': 'Tämä välilehti on suljettu. Kurssi on auki toisessa välilehdessä, jossa edistymisesi tallentuu.',
    };
    showNotice(message[session.state] ?? 'Kurssi on suljettu, eikä edistymistä voitu tallentaa.', session.state === 'saved' || session.state === 'pending' ? 'ok' : 'alert');
    for (const id of ['lopeta', 'palaa', 'sisallys-nappi']) el<HTMLButtonElement>(id).disabled = true;
    if (sheet.open) sheet.close();
    finishPanel.hidden = true;
    frame.hidden = true;
    notice.tabIndex = -1;
    notice.focus();
    if (popup) window.close();
  }
  el('lopeta').addEventListener('click', quit);
  el('palaa').addEventListener('click', quit);
  el('jatka-selailua').addEventListener('click', () => {
    finishPanel.hidden = true;
    frame.contentWindow?.focus();
  });
  /** The session's end: final save and Terminate (once), then another tab may take the package. */
  function end() {
    session.finish();
    claim?.release();
  }
  // pagehide (not unload) fires on close, navigation and bfcache; finish() runs once whatever happens.
  window.addEventListener('pagehide', end);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && session.finished) {
      showNotice('Tämä kurssikerta on jo päättynyt. Avaa kurssi uudelleen oppimisympäristöstä, jotta edistymisesi tallentuu.');
      frame.hidden = true;
    }
  });
}
