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
  /** Interactions the LMS already stores (a resumed attempt goes on from there). */
  interactionCount: number;
  /** Ids of the objectives the LMS already holds, by index (an earlier session's, or the manifest's primary objective). */
  objectiveIds: string[];
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
  /** undefined when not decided (and always for the completion-only audience). */
  passed: boolean | undefined;
  /** 0–100, when there is a score to report. */
  score?: number | undefined;
}

export interface StatusRecord {
  completed: boolean;
  /** undefined while undecided, and always when only completion is tracked. */
  passed: boolean | undefined;
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
  /** The status only: the session sends the score in a later commit (see session.ts, "Completion"). */
  setStatus(status: StatusRecord): void;
  /** 0–100, with its range. */
  setScore(score: number): void;
  addInteraction(index: number, interaction: InteractionRecord): void;
  setObjective(index: number, objective: ObjectiveRecord): void;
  setSessionTime(ms: number): void;
  /**
   * Exit: "suspend" while incomplete (set at the start, so that a killed tab still resumes), normal
   * when complete; `final` is the last write before Terminate (where a navigation request may go).
   */
  setExit(completed: boolean, final: boolean): void;
  commit(): boolean;
  terminate(): boolean;
  /**
   * Whether a review session (which writes nothing) calls Terminate. Not in SCORM 2004: Moodle 4.3.0's
   * 2004 runtime then stores the attempt's total time as "P" (it adds a session time that was never
   * set), destroying the recorded time. The 1.2 runtime only re-sends what it has.
   */
  readonly terminateInReview: boolean;
  lastError(): LmsError | undefined;
}
