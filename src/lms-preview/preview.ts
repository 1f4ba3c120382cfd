// The built-in LMS preview: scorm-again plays the LMS, the course's player.html runs in a frame
// exactly as in a real LMS, and the page shows the live CMI data and every API call. LMS data is kept
// in this browser so that relaunch and resume can be tried. Nothing is sent anywhere.
import { launchQuery } from '../course/packages.ts';
import { moodleAccepts } from './moodle-rules.ts';
import { launchCmi, type PreviewVersion } from './relaunch.ts';

interface LogEntry {
  n: number;
  fn: string;
  args: string[];
  result: string;
  error: string;
}

interface ScormAgainApi {
  loadFromJSON(json: unknown, prefix: string): void;
  renderCMIToJSONObject(): { cmi: Record<string, unknown> } | Record<string, unknown>;
  renderCommitCMI(terminate: boolean): unknown;
  lastErrorCode?: string | number;
  [fn: string]: unknown;
}

const FNS = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
} as const;
const QUIET = /GetLastError|GetErrorString|GetDiagnostic/;

export interface PreviewState {
  version: PreviewVersion | undefined;
  /** The package (audience) launched. */
  package: string | undefined;
  log: LogEntry[];
  counts: Record<string, number>;
  errors: number;
  cmi: () => Record<string, unknown> | undefined;
  stored: (version: PreviewVersion, pkg: string) => Record<string, unknown> | undefined;
  /** Longest time (ms) one commit call blocked the page, and the total. */
  blocked: { longest: number; total: number };
}

declare global {
  interface Window {
    API?: unknown;
    API_1484_11?: unknown;
    lmsEsikatselu?: PreviewState;
  }
}

const storeKey = (v: PreviewVersion, pkg: string) => `lms-esikatselu:${pkg}:${v}`;

function readStored(v: PreviewVersion, pkg: string): Record<string, unknown> | undefined {
  try {
    const text = localStorage.getItem(storeKey(v, pkg));
    return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function startPreview(): void {
  const q = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const form = q<HTMLFormElement>('esikatselu-asetukset');
  const frame = q<HTMLIFrameElement>('esikatselu-kehys');
  const logList = q<HTMLOListElement>('api-loki');
  const cmiView = q<HTMLElement>('cmi-tiedot');
  const summary = q<HTMLElement>('yhteenveto');
  const closeButton = q<HTMLButtonElement>('sulje');
  const mastery = Number(form.dataset['mastery'] ?? '80');
  const params = new URLSearchParams(location.search);
  // ?src= points at another copy of the package (e.g. an unzipped zip) on this same site.
  const packageUrl = params.get('src') ?? 'player.html';
  const packageIds = [...form.querySelectorAll<HTMLInputElement>('input[name="paketti"]')].map((i) => i.value);

  let api: ScormAgainApi | undefined;
  let failuresLeft = 0;
  let delayMs = 0;
  let moodle = false;
  let refuseInit = false;
  const state: PreviewState = {
    version: undefined,
    package: undefined,
    log: [],
    counts: {},
    errors: 0,
    cmi: () => {
      if (!api) return undefined;
      const r = api.renderCMIToJSONObject() as { cmi?: Record<string, unknown> };
      return r.cmi ?? (r as Record<string, unknown>);
    },
    stored: readStored,
    blocked: { longest: 0, total: 0 },
  };
  window.lmsEsikatselu = state;

  /** Redraws at most once a frame: the course makes many API calls in a row. */
  let renderQueued = false;
  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(() => {
      renderQueued = false;
      render();
    });
  }

  function render() {
    const cmi = state.cmi() ?? (state.version && state.package ? readStored(state.version, state.package) : undefined);
    cmiView.textContent = cmi ? JSON.stringify(cmi, null, 2) : 'Ei tietoja vielä.';
    const c = state.counts;
    const init = (c['LMSInitialize'] ?? 0) + (c['Initialize'] ?? 0);
    const term = (c['LMSFinish'] ?? 0) + (c['Terminate'] ?? 0);
    const commits = (c['LMSCommit'] ?? 0) + (c['Commit'] ?? 0);
    summary.textContent = `Initialize ${init} · Commit ${commits} · Terminate ${term} · virheitä ${state.errors}`;
  }

  function addLog(entry: LogEntry) {
    state.log.push(entry);
    const li = document.createElement('li');
    li.textContent = `${entry.fn}(${entry.args.map((a) => JSON.stringify(a)).join(', ')}) → ${JSON.stringify(entry.result)}${entry.error !== '0' ? ` virhe ${entry.error}` : ''}`;
    if (entry.error !== '0') li.className = 'virhe';
    logList.append(li);
    if (logList.children.length > 400) logList.firstElementChild?.remove();
  }

  async function launch(version: PreviewVersion, pkg: string, scored: boolean, review: boolean) {
    if (api) close();
    // Load only the chosen version's runtime (the 2004 one is several times larger). The package's
    // type files declare a default export, but the ESM files export the classes by name.
    type Ctor = new (settings: unknown) => ScormAgainApi;
    const Api =
      version === '1.2'
        ? ((await import('scorm-again/scorm12')) as unknown as { Scorm12API: Ctor }).Scorm12API
        : ((await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: Ctor }).Scorm2004API;
    const persist = (terminate: boolean) => {
      const data = (terminate ? api!.renderCommitCMI(true) : api!.renderCMIToJSONObject()) as { cmi?: unknown };
      localStorage.setItem(storeKey(version, pkg), JSON.stringify(data.cmi ?? data));
    };
    api = new Api({
      logLevel: 5,
      autocommit: false,
      mastery_override: false,
      // Commits go to this function, never to the network; it can be told to fail.
      lmsCommitUrl: 'esikatselu:tallennus',
      httpService: {
        processHttpRequest(_url: string, _payload: unknown, isTerminate: boolean) {
          // A slow LMS: real ones commit with a synchronous request, which blocks the whole tab.
          const until = performance.now() + delayMs;
          while (performance.now() < until) {
            // busy wait, like a synchronous XMLHttpRequest
          }
          if (failuresLeft > 0) {
            failuresLeft--;
            q('vikoja-jaljella').textContent = String(failuresLeft);
            return { result: 'false', errorCode: version === '1.2' ? 101 : 391 };
          }
          persist(isTerminate);
          return { result: 'true', errorCode: 0 };
        },
        updateSettings() {},
      },
    });
    const launch = { version, review, masteryScore: scored ? mastery : undefined, learnerId: 'esikatselu', learnerName: 'Esikatselu, Oppija' };
    try {
      api.loadFromJSON(launchCmi(readStored(version, pkg), launch), '');
    } catch {
      // Stored data the LMS cannot read (hand-edited or from another version): start clean.
      localStorage.removeItem(storeKey(version, pkg));
      api.loadFromJSON(launchCmi(undefined, launch), '');
    }
    for (const fn of FNS[version]) {
      const original = api[fn] as (...a: unknown[]) => unknown;
      api[fn] = (...args: unknown[]) => {
        /** The LMS says no without asking scorm-again: logged and counted as a fault. */
        const refuse = (error: string) => {
          state.counts[fn] = (state.counts[fn] ?? 0) + 1;
          state.errors++;
          addLog({ n: state.log.length + 1, fn, args: args.map(String), result: 'false', error });
          scheduleRender();
          return 'false';
        };
        // An LMS that cannot open the session: Initialize answers false (error 101, general exception).
        if (refuseInit && /Initialize$/.test(fn)) return refuse('101');
        // With Moodle's format rules on, a value Moodle 4.3 refuses gets its answer: false, error 406.
        if (moodle && /SetValue$/.test(fn) && !moodleAccepts(version, String(args[0]), String(args[1]))) return refuse('406 (Moodle)');
        const started = performance.now();
        const result = String(original.apply(api, args));
        if (/Commit|Finish|Terminate/.test(fn)) {
          const took = performance.now() - started;
          state.blocked.longest = Math.max(state.blocked.longest, took);
          state.blocked.total += took;
        }
        const error = String(api!.lastErrorCode ?? '0');
        state.counts[fn] = (state.counts[fn] ?? 0) + 1;
        if (!QUIET.test(fn)) {
          // SCORM 2004 answers 403 when a value was never set (e.g. no location yet): that is an answer, not a fault.
          if (error !== '0' && !(fn === 'GetValue' && error === '403')) state.errors++;
          addLog({ n: state.log.length + 1, fn, args: args.map(String), result, error });
          scheduleRender();
        }
        return result;
      };
    }
    state.version = version;
    state.package = pkg;
    state.blocked = { longest: 0, total: 0 };
    state.log = [];
    state.counts = {};
    state.errors = 0;
    logList.replaceChildren();
    delete window.API;
    delete window.API_1484_11;
    if (version === '1.2') window.API = api;
    else window.API_1484_11 = api;
    frame.hidden = false;
    // As an LMS launches a package: the manifest's parameters appended to the launch page.
    frame.src = `${packageUrl}${launchQuery({ id: pkg }, version)}`;
    closeButton.disabled = false;
    render();
  }

  function close() {
    // Unloading the frame is what closing the LMS window does: the player sends its last data on pagehide.
    frame.src = 'about:blank';
    closeButton.disabled = true;
    render();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    failuresLeft = Number(data.get('viat') ?? 0);
    delayMs = Math.round(Number(data.get('viive') ?? 0) * 1000);
    moodle = data.get('moodle') === '1';
    refuseInit = data.get('initvirhe') === '1';
    q('vikoja-jaljella').textContent = String(failuresLeft);
    const chosen = form.querySelector<HTMLInputElement>('input[name="paketti"]:checked');
    const pkg = chosen?.value ?? packageIds[0]!;
    void launch(data.get('versio') === '2004' ? '2004' : '1.2', pkg, chosen?.dataset['tracking'] === 'score', data.get('tila') === 'review');
  });
  closeButton.addEventListener('click', close);
  q<HTMLButtonElement>('nollaa').addEventListener('click', () => {
    close();
    for (const v of ['1.2', '2004'] as const) for (const p of packageIds) localStorage.removeItem(storeKey(v, p));
    api = undefined;
    state.version = undefined;
    cmiView.textContent = 'LMS-tiedot poistettu.';
  });
  render();
}
