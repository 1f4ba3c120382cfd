// A learner's progress through the course: which lessons were seen, how each scenario went, and
// whether the course is completed and passed against the mastery score. Pure functions over
// SavedProgress; state-codec.ts turns it into the compact saved text.

export interface ScenarioResult {
  ending: string;
  points: number;
}
export interface SavedScenario {
  /** Choice ids of the attempt in progress (empty when not started or just restarted). */
  path: string[];
  feedbackOpen: boolean;
  /** Best finished result so far. */
  result?: ScenarioResult | undefined;
}
export interface SavedProgress {
  lessons: string[];
  scenarios: Record<string, SavedScenario>;
}

export function emptyProgress(): SavedProgress {
  return { lessons: [], scenarios: {} };
}

export interface CourseOutline {
  lessons: readonly string[];
  scenarios: readonly { id: string; maxPoints: number }[];
  /** 0–100, from content/course.yaml. */
  masteryScore: number;
}

export interface CourseStatus {
  lessonsSeen: number;
  scenariosFinished: number;
  completed: boolean;
  /** 0–100: points from finished scenarios out of all scenarios' maximum (unfinished count as 0). */
  score: number;
  /** Known only once the course is completed. */
  passed: boolean | undefined;
}

export function markLessonSeen(p: SavedProgress, lessonId: string): SavedProgress {
  return p.lessons.includes(lessonId) ? p : { ...p, lessons: [...p.lessons, lessonId] };
}

/** Stores the attempt in progress; a finished attempt's result is kept if it beats the earlier best. */
export function updateScenario(
  p: SavedProgress,
  scenarioId: string,
  attempt: { path: string[]; feedbackOpen: boolean; finished?: ScenarioResult | undefined },
): SavedProgress {
  const before: SavedScenario | undefined = p.scenarios[scenarioId];
  let result = before?.result;
  if (attempt.finished && (!result || attempt.finished.points >= result.points)) result = attempt.finished;
  return {
    ...p,
    scenarios: { ...p.scenarios, [scenarioId]: { path: attempt.path, feedbackOpen: attempt.feedbackOpen, result } },
  };
}

/**
 * Joins two saved states of the same learner (the LMS's and a local copy the LMS never accepted).
 * Progress only grows: lessons seen from both, the better result per scenario; an attempt under way
 * comes from `newer`.
 */
export function mergeProgress(older: SavedProgress, newer: SavedProgress): SavedProgress {
  const scenarios: SavedProgress['scenarios'] = { ...older.scenarios };
  for (const [id, n] of Object.entries(newer.scenarios)) {
    const o = older.scenarios[id];
    const result = !o?.result ? n.result : !n.result ? o.result : n.result.points >= o.result.points ? n.result : o.result;
    scenarios[id] = { ...n, result };
  }
  return { lessons: [...new Set([...older.lessons, ...newer.lessons])], scenarios };
}

/** Forgets one scenario's saved attempt and result; lessons and other scenarios stay as they were. */
export function forgetScenario(p: SavedProgress, scenarioId: string): SavedProgress {
  const { [scenarioId]: _forgotten, ...rest } = p.scenarios;
  return { ...p, scenarios: rest };
}

export function courseStatus(p: SavedProgress, outline: CourseOutline): CourseStatus {
  const lessonsSeen = outline.lessons.filter((id) => p.lessons.includes(id)).length;
  const finished = outline.scenarios.filter((s) => p.scenarios[s.id]?.result);
  const max = outline.scenarios.reduce((sum, s) => sum + s.maxPoints, 0);
  const got = finished.reduce((sum, s) => sum + Math.min(p.scenarios[s.id]!.result!.points, s.maxPoints), 0);
  const score = max === 0 ? 100 : Math.round((got / max) * 100);
  const completed = lessonsSeen === outline.lessons.length && finished.length === outline.scenarios.length;
  return {
    lessonsSeen,
    scenariosFinished: finished.length,
    completed,
    score,
    passed: completed ? score >= outline.masteryScore : undefined,
  };
}
