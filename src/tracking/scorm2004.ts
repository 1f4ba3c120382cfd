// SCORM 2004 (4th edition) adapter over the LMS's window.API_1484_11. All 2004 names and formats live here.
import type { InteractionRecord, LaunchData, LmsAdapter, LmsError, ObjectiveRecord, StatusRecord } from './lms.ts';
import { duration2004, identifier, limit, shortIdentifier, timestamp2004 } from './scorm-format.ts';

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

export function createScorm2004Adapter(api: Scorm2004Api): LmsAdapter {
  const ok = (r: unknown) => String(r) === 'true';
  const get = (el: string) => String(api.GetValue(el) ?? '');
  const set = (el: string, value: string | number) => ok(api.SetValue(el, String(value)));
  const scaled = (score: number) => (Math.round(score) / 100).toFixed(2);
  // The status elements always have a value ("unknown" by default); the score is read only when a
  // success status shows it was set, as reading an unset element is an error (403).
  function recorded2004(): LaunchData['recorded'] {
    if (get('cmi.completion_status') !== 'completed') return undefined;
    const success = get('cmi.success_status');
    const passed = success === 'passed' ? true : success === 'failed' ? false : undefined;
    const raw = passed === undefined ? NaN : Number(get('cmi.score.raw'));
    return { completed: true, passed, score: Number.isFinite(raw) ? raw : undefined };
  }
  return {
    suspendLimit: 64000,
    initialize: () => ok(api.Initialize('')),
    launchData(): LaunchData {
      const entry = get('cmi.entry');
      const mode = get('cmi.mode');
      // Reading an element that was never set is an error (403) in 2004: only a resumed attempt has
      // these. The session sets exit "suspend" at start, so even a session killed before Terminate
      // comes back as "resume".
      const resumed = entry === 'resume';
      return {
        entry: entry === 'resume' ? 'resume' : entry === 'ab-initio' ? 'ab-initio' : '',
        mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
        credit: get('cmi.credit') !== 'no-credit',
        suspendData: resumed ? get('cmi.suspend_data') : '',
        location: resumed ? get('cmi.location') : '',
        learnerId: get('cmi.learner_id'),
        recorded: recorded2004(),
        interactionCount: Number(get('cmi.interactions._count')) || 0,
        objectiveIds: Array.from({ length: Number(get('cmi.objectives._count')) || 0 }, (_, i) => get(`cmi.objectives.${i}.id`)),
      };
    },
    // An empty location is a type mismatch (406) in strict LMSes: only send a real place.
    setLocation: (location) => void (location && set('cmi.location', limit(location, 1000))),
    setSuspendData: (data) => set('cmi.suspend_data', data),
    setStatus(s: StatusRecord) {
      set('cmi.progress_measure', s.progress.toFixed(2));
      set('cmi.completion_status', s.completed ? 'completed' : 'incomplete');
      set('cmi.success_status', s.passed === true ? 'passed' : s.passed === false ? 'failed' : 'unknown');
    },
    setScore(score: number) {
      set('cmi.score.min', 0);
      set('cmi.score.max', 100);
      set('cmi.score.raw', Math.round(score));
      set('cmi.score.scaled', scaled(score));
    },
    addInteraction(n: number, i: InteractionRecord) {
      const p = `cmi.interactions.${n}.`;
      set(`${p}id`, identifier(i.id, 4000));
      set(`${p}type`, 'choice');
      set(`${p}timestamp`, timestamp2004(i.timestamp));
      set(`${p}learner_response`, shortIdentifier(i.choiceId));
      set(`${p}result`, i.result);
      set(`${p}latency`, duration2004(i.latencyMs));
      set(`${p}description`, limit(i.description, 250));
    },
    setObjective(n: number, o: ObjectiveRecord) {
      const p = `cmi.objectives.${n}.`;
      set(`${p}id`, identifier(o.id, 4000));
      if (o.score !== undefined) {
        set(`${p}score.min`, 0);
        set(`${p}score.max`, 100);
        set(`${p}score.raw`, Math.round(o.score));
        set(`${p}score.scaled`, scaled(o.score));
      }
      set(`${p}completion_status`, o.completed ? 'completed' : 'incomplete');
      set(`${p}success_status`, o.passed === true ? 'passed' : o.passed === false ? 'failed' : 'unknown');
    },
    setSessionTime: (ms) => void set('cmi.session_time', duration2004(ms)),
    setExit(completed, final) {
      set('cmi.exit', completed ? 'normal' : 'suspend');
      // Only a suspended attempt asks to be suspended. No request after a finished course: Moodle
      // 4.3 turns "exitAll" into an error page that breaks its Terminate, and "_none_" cannot undo
      // a request once made, so none is made before the end.
      if (final && !completed) set('adl.nav.request', 'suspendAll');
    },
    commit: () => ok(api.Commit('')),
    terminateInReview: false,
    terminate: () => ok(api.Terminate('')),
    lastError(): LmsError | undefined {
      const code = String(api.GetLastError() ?? '0');
      return code === '0' || code === '' ? undefined : { code, message: String(api.GetErrorString(code) ?? '') };
    },
  };
}
