// The LMS side of tracking: one interface, one adapter per SCORM version (scorm12.ts, scorm2004.ts);
// tests drive the adapters over a recording fake API. Every difference between SCORM versions lives
// in the adapters; the LMS session (session.ts) talks only to this.

export type LessonMode = 'normal' | 'review' | 'browse';

export interface LaunchData {
  /** "resume" when the LMS says the learner suspended the previous session. */
  entry: 'resume' | 'ab-initio' | '';
  mode: LessonMode;
  /** false when the LMS says this attempt gives no credit. */
  credit: boolean;
  suspendData: string;
  location: string;
  learnerId: string;
  /**
   * The result the LMS already holds for this attempt, when it is a finished one (completed, or
   * passed/failed). The session never reports less than this.
   */
  recorded?: { completed: true; passed: boolean | undefined; score: number | undefined } | undefined;
}

export interface InteractionRecord {
  /** Unique within the course, e.g. "toimittaja-soittaa.soitto.1" (node and decision number). */
  id: string;
  choiceIndex: number;
  /** Stable id of the chosen option (used where the version allows identifiers). */
  choiceId: string;
  result: 'correct' | 'incorrect' | 'neutral';
  timestamp: Date;
  latencyMs: number;
  description: string;
}

export interface ObjectiveRecord {
  id: string;
  completed: boolean;
  /** undefined when not yet decided. */
  passed: boolean | undefined;
  /** 0–100, when there is a score. */
  score?: number | undefined;
}

export interface StatusRecord {
  completed: boolean;
  passed: boolean | undefined;
  /**
   * 0–100, or undefined while the course is incomplete: with a mastery score set, Moodle (1.2) and
   * satisfied-by-measure sequencing (2004) would turn a partial score into "failed" too early.
   */
  score: number | undefined;
  /** 0–1: share of lessons and scenarios done. */
  progress: number;
}

export interface LmsError {
  code: string;
  message: string;
}

export interface LmsAdapter {
  /** Largest suspend data this adapter accepts. */
  readonly suspendLimit: number;
  initialize(): boolean;
  launchData(): LaunchData;
  setLocation(location: string): void;
  /** false when the LMS refused the value (the progress would be lost: treated as a failed save). */
  setSuspendData(data: string): boolean;
  /** Writes the score first and then the status, as LMSes expect. */
  setStatus(status: StatusRecord): void;
  addInteraction(index: number, interaction: InteractionRecord): void;
  /** Number of interactions already stored (a resumed attempt goes on from there). */
  interactionCount(): number;
  /** Ids of the objectives the LMS already holds, by index (set by an earlier session, or by the LMS from the manifest). */
  objectiveIds(): string[];
  setObjective(index: number, objective: ObjectiveRecord): void;
  setSessionTime(ms: number): void;
  /** Exit: suspend while incomplete, normal when complete. */
  setExit(completed: boolean): void;
  commit(): boolean;
  terminate(): boolean;
  lastError(): LmsError | undefined;
}
