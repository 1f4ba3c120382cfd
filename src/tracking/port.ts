// The one interface the course's client code (scenario islands) uses to keep progress. Where it
// goes depends on where the page runs: this browser's storage on the open site, or the player's
// LMS session when the page is shown inside the SCORM player (see runtime.ts).
import type { DecisionInput } from './session.ts';
import type { SavedProgress } from './state-codec.ts';

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
}
