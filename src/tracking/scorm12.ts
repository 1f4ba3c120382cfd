// SCORM 1.2 adapter over the LMS's window.API. All SCORM 1.2 field names and formats live here.
import { SCORM12_SUSPEND_LIMIT } from '../course/state-codec.ts';
import type { InteractionRecord, LaunchData, LmsAdapter, LmsError, ObjectiveRecord, StatusRecord } from './lms.ts';
import { choiceLetter, identifier, limit, time12, timespan12 } from './scorm-format.ts';

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

const RESULT = { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' } as const;

/** A finished 1.2 status as the LMS holds it (values compared as strings/numbers, whatever the LMS returns). */
function recorded12(status: string, score: () => string): LaunchData['recorded'] {
  if (status !== 'passed' && status !== 'failed' && status !== 'completed') return undefined;
  const text = score();
  const raw = Number(text);
  return { completed: true, passed: status === 'completed' ? undefined : status === 'passed', score: text !== '' && Number.isFinite(raw) ? raw : undefined };
}

export function createScorm12Adapter(api: Scorm12Api): LmsAdapter {
  const ok = (r: unknown) => String(r) === 'true';
  const get = (el: string) => String(api.LMSGetValue(el) ?? '');
  const set = (el: string, value: string | number) => ok(api.LMSSetValue(el, String(value)));
  return {
    suspendLimit: SCORM12_SUSPEND_LIMIT,
    initialize: () => ok(api.LMSInitialize('')),
    launchData(): LaunchData {
      const entry = get('cmi.core.entry');
      const mode = get('cmi.core.lesson_mode');
      return {
        entry: entry === 'resume' ? 'resume' : entry === 'ab-initio' ? 'ab-initio' : '',
        mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
        credit: get('cmi.core.credit') !== 'no-credit',
        suspendData: get('cmi.suspend_data'),
        location: get('cmi.core.lesson_location'),
        learnerId: get('cmi.core.student_id'),
        recorded: recorded12(get('cmi.core.lesson_status'), () => get('cmi.core.score.raw')),
        interactionCount: Number(get('cmi.interactions._count')) || 0,
        objectiveIds: Array.from({ length: Number(get('cmi.objectives._count')) || 0 }, (_, i) => get(`cmi.objectives.${i}.id`)),
      };
    },
    setLocation: (location) => void (location && set('cmi.core.lesson_location', limit(location, 255))),
    setSuspendData: (data) => set('cmi.suspend_data', data),
    setStatus(s: StatusRecord) {
      // One status field in 1.2: passed/failed once decided, otherwise completed/incomplete.
      const status = s.passed === true ? 'passed' : s.passed === false ? 'failed' : s.completed ? 'completed' : 'incomplete';
      set('cmi.core.lesson_status', status);
    },
    setScore(score: number) {
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
      set('cmi.core.score.raw', Math.round(score));
    },
    addInteraction(n: number, i: InteractionRecord) {
      const p = `cmi.interactions.${n}.`;
      set(`${p}id`, identifier(i.id, 255));
      set(`${p}type`, 'choice');
      set(`${p}student_response`, choiceLetter(i.choiceIndex));
      set(`${p}result`, RESULT[i.result]);
      set(`${p}time`, time12(i.timestamp));
      set(`${p}latency`, timespan12(i.latencyMs));
    },
    setObjective(n: number, o: ObjectiveRecord) {
      const p = `cmi.objectives.${n}.`;
      set(`${p}id`, identifier(o.id, 255));
      if (o.score !== undefined) {
        set(`${p}score.min`, 0);
        set(`${p}score.max`, 100);
        set(`${p}score.raw`, Math.round(o.score));
      }
      set(`${p}status`, o.passed === true ? 'passed' : o.passed === false ? 'failed' : o.completed ? 'completed' : 'incomplete');
    },
    setSessionTime: (ms) => void set('cmi.core.session_time', timespan12(ms)),
    // "" (not "logout") when done: SCORM 1.2 has no "normal"; "suspend" keeps the attempt resumable.
    setExit: (completed) => void set('cmi.core.exit', completed ? '' : 'suspend'),
    commit: () => ok(api.LMSCommit('')),
    terminateInReview: true,
    terminate: () => ok(api.LMSFinish('')),
    lastError(): LmsError | undefined {
      const code = String(api.LMSGetLastError() ?? '0');
      return code === '0' || code === '' ? undefined : { code, message: String(api.LMSGetErrorString(code) ?? '') };
    },
  };
}
