// The two interfaces the course's client code uses to keep progress.
// - ProgressStore: what a scenario island reads and writes. On the open site it is this browser's
//   storage; inside the SCORM player it is the player's session (see runtime.ts).
// - ProgressSession: what the player drives for a whole launch: the LMS session (session.ts) when an
//   LMS is found, otherwise the local session (local-session.ts) on the same browser storage.
import type { CourseStatus, SavedProgress } from '../course/progress.ts';

export interface DecisionInput {
  scenarioId: string;
  nodeId: string;
  choiceId: string;
  choiceIndex: number;
  rating: 'best' | 'acceptable' | 'poor';
  description: string;
  shownAt: number;
  answeredAt: number;
}

export interface ProgressStore {
  /** Current saved progress (empty when nothing is saved or it cannot be read). */
  load(): SavedProgress;
  save(progress: SavedProgress): void;
  /** True where the learner may wipe a scenario's saved attempt (the open site's browser storage). */
  readonly learnerCanClear?: boolean;
  /** Only inside the LMS player: one record per scenario decision. */
  recordDecision?(decision: DecisionInput): void;
  /** Tells the learner where progress goes. */
  readonly description: string;
  /**
   * The course's pass mark (%) when this launch is graded (the staff package in an LMS); undefined on
   * the open site and for the completion-only audience, where points are feedback only.
   */
  readonly passMark?: number | undefined;
}

export type SaveState =
  | 'saved' // the LMS accepted the last commit
  | 'pending' // changes are kept in this browser; the commit that sends them is scheduled
  | 'retrying' // a commit failed; a retry is scheduled and a local copy is kept
  | 'other-tab' // the course is already open for this learner in another tab: this one writes nothing
  | 'review' // review or no-credit launch: nothing is written
  | 'local' // no LMS (open site): progress stays in this browser
  | 'init-failed'; // the LMS refused Initialize: nothing can be sent

export interface StartResult {
  state: SaveState;
  /** Where to take the learner when they choose "Jatka siitä mihin jäit". */
  resumeLocation: string | undefined;
}

export interface ProgressSession {
  readonly state: SaveState;
  readonly progress: SavedProgress;
  readonly finished: boolean;
  /** Where progress goes, in the learner's words. */
  readonly description: string;
  start(options?: { otherTab?: boolean }): StartResult;
  /** The learner opened a page of the course (lessonId when it is a lesson). */
  visit(location: string, lessonId?: string): void;
  replaceProgress(progress: SavedProgress): void;
  recordDecision(decision: DecisionInput): void;
  /** Final save and end of the session, exactly once. */
  finish(): void;
  status(): CourseStatus;
}
