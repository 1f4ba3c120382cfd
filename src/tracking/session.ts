// One course session against one LMS adapter: reads the launch data, keeps the progress, writes what
// the LMS should record, commits without freezing the learner's every click, keeps a local copy until
// the LMS surely has it, and finishes exactly once. No DOM: timers and storage are injected.
//
// Commits. A SCORM commit is a synchronous request in most LMSes (Moodle's blocks the whole tab for
// its round trip), so the session does not commit on every change. Changes are written to the local
// copy at once, then committed together: soon (half a second) after a milestone (a page opened, a
// scenario finished, the course completed), and after a pause (ten seconds) for a decision inside a
// scenario. Closing a feedback panel ("Jatka") only rides along with the next commit. pagehide and
// "Lopeta" flush whatever is left. A failed commit is retried after 1, 2, 4 … 30 seconds.
//
// Completion. Moodle 4.3.0 re-evaluates activity completion when a score arrives, or when a status
// arrives on top of a stored completed/passed one. So the final status is committed first, and the
// score in the next commit: then the score finds the final status stored, and completion is recorded
// in the launch that finishes the course (SCORM 1.2 and 2004 alike).
import { courseStatus, markLessonSeen, mergeProgress, updateScenario, type CourseOutline, type CourseStatus, type SavedProgress, type ScenarioResult } from '../course/progress.ts';
import { COMPLETION_SCORE } from '../course/packages.ts';
import { decodeProgress, encodeProgress, type KnownContent } from '../course/state-codec.ts';
import { t } from '../strings/fi.ts';
import type { InteractionRecord, LmsAdapter, ObjectiveRecord, StatusRecord } from './lms.ts';
import { copyKey, interactionsToResend, readCopy, removeCopy, writeCopy, type CopyData, type KeyValueStore, type PendingInteraction } from './local-copy.ts';
import { ObjectiveLedger } from './objectives.ts';
import type { DecisionInput, ProgressSession, SaveState, StartResult } from './port.ts';

export type { DecisionInput, SaveState, StartResult } from './port.ts';
export type { KeyValueStore } from './local-copy.ts';

/**
 * What the LMS is told. `score`: completed and passed/failed against the mastery score, the score
 * and every decision (staff). `completion`: completed when every lesson is seen and every exercise
 * finished, no pass/fail and no decisions (elected officials: data minimisation); the score the
 * learner sees stays with the learner, and the LMS gets 100 at completion, because Moodle 4.3.0
 * records SCORM completion only when a score arrives.
 */
export type Tracking = 'score' | 'completion';

export interface SessionOptions {
  adapter: LmsAdapter;
  tracking: Tracking;
  outline: CourseOutline;
  known: KnownContent;
  courseId: string;
  /** Where the local copy is kept (localStorage in the browser). */
  backup?: KeyValueStore | undefined;
  now?: () => number;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  onState?: (state: SaveState, detail?: string) => void;
  /** After every change to the learner's progress (to redraw progress shown around the course). */
  onProgress?: () => void;
}

/** Retry delays for failed commits: 1 s, 2 s, 4 s … up to 30 s, for as long as the page is open. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

/** How long a change waits for others before it is committed (ms). */
export const COMMIT_DELAY = { milestone: 500, decision: 10_000 } as const;

/** How a change is committed: soon, after a pause, or only with the next commit (see the top). */
type ChangeKind = keyof typeof COMMIT_DELAY | 'quiet';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How a replaced progress is committed: soon when an exercise finished or a redo changed its kept
 * result (the score may now pass); only with the next commit when nothing but a feedback panel was
 * opened or closed (same lessons, same paths); otherwise after a pause, as a decision.
 */
function changeKind(before: SavedProgress, after: SavedProgress): ChangeKind {
  const ids = [...new Set([...Object.keys(before.scenarios), ...Object.keys(after.scenarios)])];
  if (ids.some((id) => !same(before.scenarios[id]?.result, after.scenarios[id]?.result))) return 'milestone';
  const samePaths = ids.every((id) => before.scenarios[id] && after.scenarios[id] && same(before.scenarios[id].path, after.scenarios[id].path));
  return samePaths && same(before.lessons, after.lessons) ? 'quiet' : 'decision';
}

const RESULT = { best: 'correct', acceptable: 'neutral', poor: 'incorrect' } as const;
/** Location and saved data carry a per-session mark, so that every value a session writes differs
 * from the one it was launched with: Moodle's SCORM 2004 runtime never sends a value equal to it. */
const MARK = '~';

export class CourseSession implements ProgressSession {
  #o: SessionOptions & Required<Pick<SessionOptions, 'now' | 'schedule' | 'cancel'>>;
  #progress: SavedProgress = { lessons: [], scenarios: {} };
  #location = '';
  #state: SaveState = 'saved';
  #detail: string | undefined;
  #writes = false;
  #started = 0;
  #finished = false;
  #mark = '';
  #revision = 0;
  #copyKey = '';
  /** Decisions not yet confirmed by a commit (and, after any failure, until the next launch checks). */
  #pending: PendingInteraction[] = [];
  #nextInteraction = 0;
  #written = new Set<number>();
  #hadFailure = false;
  #ledger = new ObjectiveLedger([], []);
  /** A final result the LMS already holds (passed/failed with a score): never reported lower. */
  #recorded: { passed: boolean; score: number } | undefined;
  /** The LMS already holds this attempt as completed: republished content never sets it back. */
  #recordedCompleted = false;
  /** The final status string committed in this launch; the score follows in a later commit. */
  #finalStatusCommitted = '';
  #scoreSent: number | undefined;
  #timer: { handle: unknown; at: number } | undefined;
  #retryAttempt = 0;
  #lastWriteAccepted = true;
  #savedAt: number | undefined;

  constructor(options: SessionOptions) {
    this.#o = {
      now: () => Date.now(),
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  get state(): SaveState {
    return this.#state;
  }
  /** When the LMS last accepted a commit (for "Tallennettu klo …"). */
  get savedAt(): number | undefined {
    return this.#savedAt;
  }
  get detail(): string | undefined {
    return this.#detail;
  }
  get progress(): SavedProgress {
    return this.#progress;
  }
  get finished(): boolean {
    return this.#finished;
  }
  get description(): string {
    if (this.#state === 'init-failed') return t.store.initFailed;
    if (this.#state === 'review' || this.#state === 'other-tab') return t.store.notSaved;
    return t.store.lms;
  }

  /**
   * Initialize and read the launch data. `otherTab`: another tab already runs this course for the
   * learner (the player found out before calling this); then nothing is initialized or written.
   */
  start(options: { otherTab?: boolean } = {}): StartResult {
    const { adapter, backup, courseId } = this.#o;
    this.#started = this.#o.now();
    this.#mark = this.#started.toString(36).slice(-5);
    if (options.otherTab) {
      this.#setState('other-tab');
      return { state: this.#state, resumeLocation: undefined };
    }
    if (!adapter.initialize()) {
      // Keep working on a copy in this browser (the learner is unknown, so one per course); the next
      // launch that reaches the LMS joins it.
      this.#copyKey = copyKey(courseId, undefined);
      const orphan = readCopy(backup, this.#copyKey);
      if (orphan?.suspendData) this.#progress = decodeProgress(orphan.suspendData, this.#o.known);
      const err = adapter.lastError();
      this.#setState('init-failed', err ? `${err.code}: ${err.message}` : undefined);
      return { state: this.#state, resumeLocation: undefined };
    }
    const launch = adapter.launchData();
    this.#copyKey = copyKey(courseId, launch.learnerId || undefined);
    // Copies the LMS may not have: this learner's, and one kept while the LMS could not be reached.
    // They are joined with what the LMS has (never replace it: the LMS may hold newer progress).
    const copies = [readCopy(backup, this.#copyKey), readCopy(backup, copyKey(courseId, undefined))].filter((c): c is CopyData => !!c);
    let progress = decodeProgress(stripMark(launch.suspendData), this.#o.known);
    let location = stripMark(launch.location);
    for (const copy of copies) {
      if (copy.suspendData) progress = mergeProgress(progress, decodeProgress(stripMark(copy.suspendData), this.#o.known));
      if (copy.location) location = stripMark(copy.location);
    }
    this.#progress = progress;
    this.#location = location;
    const r = launch.recorded;
    // Only a result this course itself writes (passed/failed with a score) is kept as a floor.
    this.#recorded = r && r.passed !== undefined && r.score !== undefined ? { passed: r.passed, score: r.score } : undefined;
    this.#recordedCompleted = !!r?.completed;
    this.#ledger = new ObjectiveLedger(launch.objectiveIds, this.#objectivesNow().map((o) => o.id));
    // Decisions a previous launch could not confirm are sent again, after those the LMS has.
    this.#pending = this.#o.tracking === 'score' ? interactionsToResend(copies, launch.interactionCount) : [];
    this.#nextInteraction = launch.interactionCount + this.#pending.length;
    removeCopy(backup, copyKey(courseId, undefined));
    const review = launch.mode !== 'normal' || !launch.credit;
    this.#writes = !review;
    if (review) this.#setState('review');
    else {
      // Exit "suspend" from the start: if this session ends without Terminate (a killed tab, a
      // crash), the LMS still offers to resume and keeps the data (finish() sets the final exit).
      adapter.setExit(false, false);
      this.#keepCopy();
      this.#commitNow();
    }
    const started = progress.lessons.length > 0 || Object.keys(progress.scenarios).length > 0;
    return { state: this.#state, resumeLocation: launch.entry === 'resume' || copies.length > 0 || started ? location || undefined : undefined };
  }

  /** The learner opened a page of the course (lessonId when it is a lesson). */
  visit(location: string, lessonId?: string): void {
    this.#location = location;
    if (lessonId) this.#progress = markLessonSeen(this.#progress, lessonId);
    this.#changed('milestone');
  }

  saveScenario(scenarioId: string, attempt: { path: string[]; feedbackOpen: boolean; finished?: ScenarioResult | undefined }): void {
    this.replaceProgress(updateScenario(this.#progress, scenarioId, attempt));
  }

  replaceProgress(progress: SavedProgress): void {
    const kind = changeKind(this.#progress, progress);
    this.#progress = progress;
    this.#changed(kind);
  }

  recordDecision(d: DecisionInput): void {
    if (!this.#writes || this.#finished || this.#o.tracking !== 'score') return;
    const index = this.#nextInteraction++;
    this.#pending.push({
      index,
      record: {
        id: `${d.scenarioId}.${d.nodeId}.${index}`,
        choiceIndex: d.choiceIndex,
        choiceId: d.choiceId,
        result: RESULT[d.rating],
        timestamp: d.answeredAt,
        latencyMs: Math.max(0, d.answeredAt - d.shownAt),
        description: d.description,
      },
    });
    this.#changed('decision');
  }

  /** Final save and Terminate, exactly once (pagehide, the learner's "Lopeta", or both). */
  finish(): void {
    if (this.#finished || this.#state === 'init-failed' || this.#state === 'other-tab') return;
    this.#finished = true;
    this.#cancelTimer();
    const { adapter } = this.#o;
    if (this.#writes) {
      this.#keepCopy();
      // The status commit and, when the course is complete, the score commit after it.
      this.#commitNow({ final: true });
      if (this.#needsScoreCommit()) this.#commitNow({ final: true });
    }
    // Review sessions write nothing; in SCORM 2004 they do not even terminate (see terminateInReview).
    if (this.#writes || adapter.terminateInReview) guard(() => adapter.terminate());
  }

  status(): CourseStatus {
    return courseStatus(this.#progress, this.#o.outline);
  }

  #changed(kind: ChangeKind): void {
    if (this.#finished) return;
    this.#o.onProgress?.();
    if (this.#state === 'init-failed') return void this.#keepCopy();
    if (!this.#writes) return;
    this.#keepCopy();
    if (kind === 'quiet') return;
    // While retrying, the scheduled retry takes this change along (one retry, not one per change).
    if (this.#state === 'retrying') return;
    if (this.#state === 'saved') this.#setState('pending');
    this.#scheduleCommit(COMMIT_DELAY[kind]);
  }

  #scheduleCommit(ms: number): void {
    const at = this.#o.now() + ms;
    if (this.#timer && this.#timer.at <= at) return; // an earlier commit will take this change along
    this.#cancelTimer();
    const handle = this.#o.schedule(() => {
      this.#timer = undefined;
      if (this.#finished) return;
      this.#commitNow();
    }, ms);
    this.#timer = { handle, at };
  }

  #cancelTimer(): void {
    if (this.#timer) this.#o.cancel(this.#timer.handle);
    this.#timer = undefined;
  }

  /** Writes everything that changed and commits; schedules a retry or the score commit as needed. */
  #commitNow(options: { final?: boolean } = {}): boolean {
    const { adapter } = this.#o;
    const scoreStep = this.#needsScoreCommit();
    this.#writeAll(scoreStep);
    if (options.final) {
      adapter.setSessionTime(this.#o.now() - this.#started);
      adapter.setExit(this.#reported().completed, true);
    }
    // An LMS may throw from inside its own script (Moodle does on a broken navigation reply): a
    // throw is a failed commit, never an unfinished quit.
    const ok = guard(() => adapter.commit()) === true && this.#lastWriteAccepted;
    if (ok) {
      this.#retryAttempt = 0;
      this.#savedAt = this.#o.now();
      const status = this.#statusString();
      if (this.#reported().completed) this.#finalStatusCommitted = status;
      // Decisions are confirmed by this commit, unless an earlier commit failed in this launch: an
      // LMS may then have dropped what it was sent (Moodle's 1.2 runtime does not send a value
      // twice), so the copy keeps them until the next launch compares with the LMS's count.
      if (!this.#hadFailure) this.#pending = this.#pending.filter((p) => !this.#written.has(p.index));
      if (!this.#hadFailure && this.#pending.length === 0) removeCopy(this.#o.backup, this.#copyKey);
      else this.#keepCopy();
      this.#setState('saved');
      if (!options.final && this.#needsScoreCommit()) this.#scheduleCommit(0);
    } else {
      this.#hadFailure = true;
      this.#keepCopy();
      const err = guard(() => adapter.lastError());
      this.#setState('retrying', err ? `${err.code}: ${err.message}` : undefined);
      if (!options.final) this.#scheduleCommit(retryDelay(this.#retryAttempt++));
    }
    return ok;
  }

  /** Writes the values of now; the score only in `scoreStep` (after the final status is stored). */
  #writeAll(scoreStep: boolean): void {
    const { adapter, outline } = this.#o;
    const data = this.#encodeWithinLimit();
    // Data that cannot fit is not sent: the LMS keeps its last good value, and the save shows as failed.
    this.#lastWriteAccepted = data !== undefined && guard(() => adapter.setSuspendData(data)) === true;
    if (this.#location) adapter.setLocation(`${this.#location}${MARK}${this.#mark}`);
    const status = this.status();
    const reported = this.#reported(status);
    const parts = outline.lessons.length + outline.scenarios.length;
    const record: StatusRecord = {
      completed: reported.completed,
      passed: reported.passed,
      progress: reported.completed && !status.completed ? 1 : parts ? (status.lessonsSeen + status.scenariosFinished) / parts : 1,
    };
    adapter.setStatus(record);
    if (scoreStep && reported.score !== undefined) {
      adapter.setScore(reported.score);
      this.#scoreSent = reported.score;
    }
    for (const { index, objective } of this.#ledger.changed(this.#objectivesNow())) {
      adapter.setObjective(index, objective);
      this.#ledger.markWritten(index, objective);
    }
    for (const p of this.#pending) {
      if (this.#written.has(p.index)) continue;
      adapter.addInteraction(p.index, { ...p.record, timestamp: new Date(p.record.timestamp) });
      this.#written.add(p.index);
    }
  }

  /** The course is complete, its final status is stored, and the score has not followed yet. */
  #needsScoreCommit(): boolean {
    const r = this.#reported();
    return r.completed && this.#finalStatusCommitted === this.#statusString() && r.score !== undefined && this.#scoreSent !== r.score;
  }

  #statusString(): string {
    const r = this.#reported();
    return `${r.completed}:${r.passed}`;
  }

  /**
   * The build checks that the worst case fits (content check); should it still not fit, attempts
   * under way are dropped before results; if even that does not fit, nothing is sent (undefined).
   * A revision mark makes every write differ from the last (an LMS may skip a value it already has).
   */
  #encodeWithinLimit(): string | undefined {
    const limit = this.#o.adapter.suspendLimit;
    const mark = `${MARK}${this.#mark}.${(++this.#revision).toString(36)}`;
    let data = encodeProgress(this.#progress) + mark;
    if (data.length <= limit) return data;
    const results = Object.fromEntries(
      Object.entries(this.#progress.scenarios)
        .filter(([, s]) => s.result)
        .map(([id, s]) => [id, { path: [], feedbackOpen: false, result: s.result }]),
    );
    data = encodeProgress({ lessons: this.#progress.lessons, scenarios: results }) + mark;
    return data.length <= limit ? data : undefined;
  }

  /**
   * What the LMS is told: the course's own status, unless the LMS already holds a better final
   * result for this attempt (e.g. republished content no longer knows an ending the learner reached).
   */
  #reported(s = this.status()): { completed: boolean; passed: boolean | undefined; score: number | undefined } {
    if (this.#o.tracking === 'completion') {
      const completed = s.completed || this.#recordedCompleted;
      return { completed, passed: undefined, score: completed ? COMPLETION_SCORE : undefined };
    }
    const floor = this.#recorded;
    if (floor && (!s.completed || floor.score > s.score)) return { completed: true, passed: floor.passed, score: floor.score };
    return { completed: s.completed, passed: s.passed, score: s.completed ? s.score : undefined };
  }

  /** One objective per lesson (completed when seen) and per scenario (with its score when results are tracked). */
  #objectivesNow(): ObjectiveRecord[] {
    const { outline, tracking } = this.#o;
    const lessons = outline.lessons.map((id) => ({ id: `oppitunti.${id}`, completed: this.#progress.lessons.includes(id), passed: undefined }));
    const scenarios = outline.scenarios.map((s) => {
      const r = this.#progress.scenarios[s.id]?.result;
      if (tracking === 'completion') return { id: `harjoitus.${s.id}`, completed: !!r, passed: undefined };
      const score = r ? Math.round((Math.min(r.points, s.maxPoints) / s.maxPoints) * 100) : undefined;
      return { id: `harjoitus.${s.id}`, completed: !!r, passed: score === undefined ? undefined : score >= outline.masteryScore, score };
    });
    return [...lessons, ...scenarios];
  }

  #keepCopy(): void {
    const data = this.#encodeWithinLimit() ?? '';
    writeCopy(this.#o.backup, this.#copyKey, { suspendData: data, location: this.#location, interactions: this.#pending, savedAt: this.#o.now() });
  }

  #setState(state: SaveState, detail?: string): void {
    this.#state = state;
    this.#detail = detail;
    this.#o.onState?.(state, detail);
  }
}

/** Saved data and locations written by a session end in "~mark"; older ones have none. */
function stripMark(value: string): string {
  const i = value.lastIndexOf(MARK);
  return i < 0 ? value : value.slice(0, i);
}

/** Runs an LMS call that may throw from inside the LMS's own script; a throw counts as a failure. */
function guard<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

export type { InteractionRecord };
