// The player's session when no LMS is found: the course runs as on the open site, progress stays in
// this browser under the same key the scenario islands use, and nothing is sent anywhere.
import { courseStatus, emptyProgress, markLessonSeen, type CourseOutline, type SavedProgress } from '../course/progress.ts';
import type { KnownContent } from '../course/state-codec.ts';
import { createBrowserStore, locationKey } from './browser.ts';
import type { DecisionInput, ProgressSession, ProgressStore, SaveState, StartResult } from './port.ts';

export interface LocalSessionOptions {
  courseId: string;
  outline: CourseOutline;
  known: KnownContent;
  storage?: Storage | undefined;
  onState?: (state: SaveState) => void;
  onProgress?: () => void;
}

export class LocalSession implements ProgressSession {
  readonly state: SaveState = 'local';
  #o: LocalSessionOptions;
  #store: ProgressStore;
  #progress: SavedProgress = emptyProgress();
  #finished = false;

  constructor(options: LocalSessionOptions) {
    this.#o = options;
    this.#store = createBrowserStore(options.courseId, options.storage ?? globalThis.localStorage, options.known);
  }

  get description(): string {
    return this.#store.description;
  }
  get progress(): SavedProgress {
    return this.#progress;
  }
  get finished(): boolean {
    return this.#finished;
  }

  start(_options?: { otherTab?: boolean }): StartResult {
    this.#progress = this.#store.load();
    this.#o.onState?.(this.state);
    const started = this.#progress.lessons.length > 0 || Object.keys(this.#progress.scenarios).length > 0;
    return { state: this.state, resumeLocation: started ? this.#readLocation() : undefined };
  }

  visit(location: string, lessonId?: string): void {
    if (this.#finished) return;
    this.#writeLocation(location);
    if (lessonId) this.replaceProgress(markLessonSeen(this.#progress, lessonId));
  }

  replaceProgress(progress: SavedProgress): void {
    if (this.#finished) return;
    this.#progress = progress;
    this.#store.save(progress);
    this.#o.onProgress?.();
  }

  /** Nothing is recorded without an LMS: decisions stay in the saved path only. */
  recordDecision(_decision: DecisionInput): void {}

  finish(): void {
    this.#finished = true;
  }

  status() {
    return courseStatus(this.#progress, this.#o.outline);
  }

  #readLocation(): string | undefined {
    try {
      return (this.#o.storage ?? globalThis.localStorage)?.getItem(locationKey(this.#o.courseId)) || undefined;
    } catch {
      return undefined;
    }
  }
  #writeLocation(location: string): void {
    try {
      (this.#o.storage ?? globalThis.localStorage)?.setItem(locationKey(this.#o.courseId), location);
    } catch {
      // Blocked storage: the course still works, it just cannot offer to resume.
    }
  }
}
