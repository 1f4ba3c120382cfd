// What the lesson list, the exercise cards, the front page and the player's contents sheet say about a
// learner's progress. Pure: works on the saved progress only, so the same states and words appear on
// the open site and inside the player.
import { courseStatus, type CourseOutline, type SavedProgress } from './progress.ts';

export type PartState = 'not-started' | 'started' | 'done';

export function scenarioState(p: SavedProgress, scenarioId: string): PartState {
  const saved = p.scenarios[scenarioId];
  if (saved?.result) return 'done';
  return saved && saved.path.length > 0 ? 'started' : 'not-started';
}

/**
 * A lesson is done when it was opened and its exercises are finished, started when it was opened or
 * one of its exercises was begun. `visitsKnown`: whether this browser can tell that a lesson was
 * opened at all; when it cannot, a lesson with no exercise under way has no known state (undefined),
 * and no lesson is ever called done.
 */
export function lessonState(p: SavedProgress, lessonId: string, scenarioIds: readonly string[], visitsKnown: boolean): PartState | undefined {
  const seen = visitsKnown && p.lessons.includes(lessonId);
  if (seen && scenarioIds.every((s) => scenarioState(p, s) === 'done')) return 'done';
  if (seen || scenarioIds.some((s) => p.scenarios[s])) return 'started';
  return visitsKnown ? 'not-started' : undefined;
}

export interface OutlineLesson {
  id: string;
  scenarios: readonly string[];
}

/** Whether anything at all was saved: the front page then offers to continue instead of to start. */
export function hasStarted(p: SavedProgress, lessons: readonly OutlineLesson[], visitsKnown: boolean): boolean {
  return lessons.some((l) => {
    const state = lessonState(p, l.id, l.scenarios, visitsKnown);
    return state === 'started' || state === 'done';
  });
}

/** Where "Jatka siitä mihin jäit" leads: the first lesson in course order that is not done (undefined when all are). */
export function nextLesson<L extends OutlineLesson>(p: SavedProgress, lessons: readonly L[], visitsKnown: boolean): L | undefined {
  return lessons.find((l) => lessonState(p, l.id, l.scenarios, visitsKnown) !== 'done');
}

/** The figures of the progress bar: lessons opened and exercises finished, out of all. */
export function progressCounts(p: SavedProgress, outline: CourseOutline) {
  const s = courseStatus(p, outline);
  const parts = outline.lessons.length + outline.scenarios.length;
  return {
    lessonsSeen: s.lessonsSeen,
    lessons: outline.lessons.length,
    scenariosDone: s.scenariosFinished,
    scenarios: outline.scenarios.length,
    /** 0–1, for a progress bar. */
    share: parts ? (s.lessonsSeen + s.scenariosFinished) / parts : 1,
  };
}
