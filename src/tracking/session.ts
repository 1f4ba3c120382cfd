// One course session against one LMS adapter: reads the launch data, keeps the progress, writes
// what the LMS should record (score before status), commits with retries and keeps a local copy
// until the LMS has accepted it, and finishes exactly once. No DOM: timers and storage are injected.
import { courseStatus, markLessonSeen, mergeProgress, updateScenario, type CourseOutline, type SavedProgress, type ScenarioResult } from '../course/progress.ts';
import { decodeProgress, encodeProgress, type KnownContent } from '../course/state-codec.ts';
import { t } from '../strings/fi.ts';
import type { InteractionRecord, LmsAdapter, ObjectiveRecord } from './lms.ts';
import type { DecisionInput, ProgressSession, SaveState, StartResult } from './port.ts';

export type { DecisionInput, SaveState, StartResult } from './port.ts';

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export interface SessionOptions {
  adapter: LmsAdapter;
  outline: CourseOutline;
  known: KnownContent;
  courseId: string;
  /** Where unaccepted progress is kept (localStorage in the browser). */
  backup?: KeyValueStore | undefined;
  now?: () => number;
  schedule?: (fn: () => void, ms: number) => unknown;
  onState?: (state: SaveState, detail?: string) => void;
  /** After every change to the learner's progress (to redraw progress shown around the course). */
  onProgress?: () => void;
}

/** Retry delays for failed commits: 1 s, 2 s, 4 s … up to 30 s, for as long as the page is open. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

const RESULT = { best: 'correct', acceptable: 'neutral', poor: 'incorrect' } as const;

export class CourseSession implements ProgressSession {
  readonly description = t.store.lms;
  #o: Required<Pick<SessionOptions, 'now' | 'schedule'>> & SessionOptions;
  #progress: SavedProgress = { lessons: [], scenarios: {} };
  #location = '';
  #state: SaveState = 'saved';
  #writes = false;
  #started = 0;
  #finished = false;
  #retryAttempt = 0;
  #retryPending = false;
  #interactions = 0;
  /** What was last written per objective index, to send only changes. */
  #objectives = new Map<number, string>();
  /** Objective id → index in the LMS's cmi.objectives (ids the LMS already holds keep their index). */
  #objectiveIndex = new Map<string, number>();
  #backupKey = '';
  #lastWriteAccepted = true;
  /** A final result the LMS already holds (passed/failed with a score): never reported lower. */
  #recorded: { passed: boolean; score: number } | undefined;

  constructor(options: SessionOptions) {
    this.#o = { now: () => Date.now(), schedule: (fn, ms) => setTimeout(fn, ms), ...options };
  }

  get state(): SaveState {
    return this.#state;
  }
  get progress(): SavedProgress {
    return this.#progress;
  }
  get finished(): boolean {
    return this.#finished;
  }

  start(): StartResult {
    const { adapter } = this.#o;
    this.#started = this.#o.now();
    if (!adapter.initialize()) {
      const err = adapter.lastError();
      this.#setState('init-failed', err ? `${err.code}: ${err.message}` : undefined);
      return { state: this.#state, resumeLocation: undefined };
    }
    const launch = adapter.launchData();
    this.#backupKey = `${this.#o.courseId}:${launch.learnerId || 'oppija'}:lms-kopio`;
    // A copy the LMS never accepted is joined with what the LMS has (never replaces it: the LMS may
    // hold newer progress from another device).
    const backup = this.#o.backup?.get(this.#backupKey);
    let progress = decodeProgress(launch.suspendData, this.#o.known);
    let location = launch.location;
    if (backup) {
      try {
        const copy = JSON.parse(backup) as { suspendData?: string; location?: string };
        if (copy.suspendData) progress = mergeProgress(progress, decodeProgress(copy.suspendData, this.#o.known));
        if (copy.location) location = copy.location;
      } catch {
        // An unreadable copy is ignored.
      }
    }
    this.#progress = progress;
    this.#location = location;
    const r = launch.recorded;
    // Only a result this course itself writes (passed/failed with a score) is kept as a floor.
    this.#recorded = r && r.passed !== undefined && r.score !== undefined ? { passed: r.passed, score: r.score } : undefined;
    adapter.objectiveIds().forEach((id, i) => {
      if (id && !this.#objectiveIndex.has(id)) this.#objectiveIndex.set(id, i);
    });
    let nextIndex = Math.max(-1, ...this.#objectiveIndex.values()) + 1;
    for (const o of this.#objectivesNow()) if (!this.#objectiveIndex.has(o.id)) this.#objectiveIndex.set(o.id, nextIndex++);
    this.#interactions = adapter.interactionCount();
    const review = launch.mode !== 'normal' || !launch.credit;
    this.#writes = !review;
    if (review) this.#setState('review');
    else {
      // Exit "suspend" from the start: if this session ends without Terminate (a killed tab, a
      // crash), the LMS still offers to resume and keeps the data (finish() sets the final exit).
      adapter.setExit(false);
      this.#writeAll();
      this.#flush();
    }
    const hasProgress = this.#progress.lessons.length > 0 || Object.keys(this.#progress.scenarios).length > 0;
    return {
      state: this.#state,
      resumeLocation: launch.entry === 'resume' || backup || hasProgress ? location || undefined : undefined,
    };
  }

  /** The learner opened a page of the course (lessonId when it is a lesson). */
  visit(location: string, lessonId?: string): void {
    this.#location = location;
    if (lessonId) this.#progress = markLessonSeen(this.#progress, lessonId);
    this.#changed();
  }

  saveScenario(scenarioId: string, attempt: { path: string[]; feedbackOpen: boolean; finished?: ScenarioResult | undefined }): void {
    this.#progress = updateScenario(this.#progress, scenarioId, attempt);
    this.#changed();
  }

  replaceProgress(progress: SavedProgress): void {
    this.#progress = progress;
    this.#changed();
  }

  recordDecision(d: DecisionInput): void {
    if (!this.#writes || this.#finished) return;
    const n = this.#interactions++;
    const record: InteractionRecord = {
      id: `${d.scenarioId}.${d.nodeId}.${n}`,
      choiceIndex: d.choiceIndex,
      choiceId: d.choiceId,
      result: RESULT[d.rating],
      timestamp: new Date(d.answeredAt),
      latencyMs: Math.max(0, d.answeredAt - d.shownAt),
      description: d.description,
    };
    this.#o.adapter.addInteraction(n, record);
  }

  /** Final save and Terminate, exactly once (pagehide, the learner's "Lopeta", or both). */
  finish(): void {
    if (this.#finished || this.#state === 'init-failed') return;
    this.#finished = true;
    const { adapter } = this.#o;
    if (this.#writes) {
      this.#writeAll();
      adapter.setSessionTime(this.#o.now() - this.#started);
      adapter.setExit(this.#reported().completed);
      this.#commit();
    }
    adapter.terminate();
  }

  status() {
    return courseStatus(this.#progress, this.#o.outline);
  }

  #changed(): void {
    if (this.#finished) return;
    this.#o.onProgress?.();
    if (!this.#writes) return;
    this.#writeAll();
    this.#flush();
  }

  /** Records in #lastWriteAccepted whether the LMS took the progress data. */
  #writeAll(): void {
    const { adapter, outline } = this.#o;
    const data = this.#encodeWithinLimit();
    // Data that cannot fit is not sent: the LMS keeps its last good value, and the save shows as failed.
    const accepted = data !== undefined && adapter.setSuspendData(data);
    adapter.setLocation(this.#location);
    const status = this.status();
    const reported = this.#reported(status);
    const parts = outline.lessons.length + outline.scenarios.length;
    adapter.setStatus({
      ...reported,
      progress: reported.completed && !status.completed ? 1 : parts ? (status.lessonsSeen + status.scenariosFinished) / parts : 1,
    });
    for (const o of this.#objectivesNow()) {
      const i = this.#objectiveIndex.get(o.id)!;
      const key = JSON.stringify(o);
      if (this.#objectives.get(i) === key) continue;
      adapter.setObjective(i, o);
      this.#objectives.set(i, key);
    }
    this.#lastWriteAccepted = accepted;
  }

  /**
   * The build checks that the worst case fits (content check); should it still not fit, attempts
   * under way are dropped before results; if even that does not fit, nothing is sent (undefined).
   * The course never stops on it.
   */
  #encodeWithinLimit(): string | undefined {
    const limit = this.#o.adapter.suspendLimit;
    let data = encodeProgress(this.#progress);
    if (data.length <= limit) return data;
    const results = Object.fromEntries(
      Object.entries(this.#progress.scenarios).filter(([, s]) => s.result).map(([id, s]) => [id, { path: [], feedbackOpen: false, result: s.result }]),
    );
    data = encodeProgress({ lessons: this.#progress.lessons, scenarios: results });
    return data.length <= limit ? data : undefined;
  }

  /**
   * What the LMS is told: the course's own status, unless the LMS already holds a better final
   * result for this attempt (e.g. republished content no longer knows an ending the learner reached).
   */
  #reported(s = this.status()): { completed: boolean; passed: boolean | undefined; score: number | undefined } {
    const floor = this.#recorded;
    if (floor && (!s.completed || floor.score > s.score)) return { completed: true, passed: floor.passed, score: floor.score };
    return { completed: s.completed, passed: s.passed, score: s.completed ? s.score : undefined };
  }

  /** One objective per lesson (completed when seen) and per scenario (passed at the mastery score). */
  #objectivesNow(): ObjectiveRecord[] {
    const { outline } = this.#o;
    const lessons = outline.lessons.map((id) => {
      const seen = this.#progress.lessons.includes(id);
      return { id: `oppitunti.${id}`, completed: seen, passed: undefined };
    });
    const scenarios = outline.scenarios.map((s) => {
      const r = this.#progress.scenarios[s.id]?.result;
      const score = r ? Math.round((r.points / s.maxPoints) * 100) : undefined;
      return {
        id: `harjoitus.${s.id}`,
        completed: !!r,
        passed: score === undefined ? undefined : score >= outline.masteryScore,
        score,
      };
    });
    return [...lessons, ...scenarios];
  }

  #flush(): void {
    if (this.#retryPending) {
      this.#keepCopy(); // the scheduled retry will send the latest values; until then keep them here
      return;
    }
    if (this.#commit()) return;
    this.#retryPending = true;
    const delay = retryDelay(this.#retryAttempt++);
    this.#o.schedule(() => {
      this.#retryPending = false;
      if (this.#finished) return;
      this.#writeAll();
      this.#flush();
    }, delay);
  }

  #commit(): boolean {
    // A refused suspend_data means the progress is not saved, whatever Commit says.
    const ok = this.#o.adapter.commit() && this.#lastWriteAccepted;
    if (ok) {
      this.#retryAttempt = 0;
      this.#o.backup?.remove(this.#backupKey);
      this.#setState('saved');
    } else {
      this.#keepCopy();
      const err = this.#o.adapter.lastError();
      this.#setState('retrying', err ? `${err.code}: ${err.message}` : undefined);
    }
    return ok;
  }

  #keepCopy(): void {
    this.#o.backup?.set(this.#backupKey, JSON.stringify({ suspendData: encodeProgress(this.#progress), location: this.#location }));
  }

  #setState(state: SaveState, detail?: string): void {
    this.#state = state;
    this.#o.onState?.(state, detail);
  }
}
