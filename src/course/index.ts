// The course model, loaded and checked once: `loadCourse()` reads content/, checks every file and the
// links between them, and returns the model, or throws CourseError listing every problem in Finnish.
import { checkContent } from './check.ts';
import { loadContent } from './load.ts';
import type { CourseModel } from './model.ts';
import { CourseError } from './problems.ts';

export function loadCourse(root: string, contentDir = 'content'): CourseModel {
  const { raw, problems: readProblems } = loadContent(root, contentDir);
  const { model, problems } = checkContent(raw);
  const all = [...readProblems, ...problems];
  if (all.length > 0 || !model) throw new CourseError(all);
  return model;
}

export { CourseError, formatProblem, formatProblems, type ContentProblem } from './problems.ts';
export type { CourseModel, ModelLesson, ModelScenario, ModelGuideline, PublicReference } from './model.ts';
