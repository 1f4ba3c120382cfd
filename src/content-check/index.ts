import { loadContent } from './load.ts';
import { checkContent, type CheckedContent } from './check.ts';
import { ContentError } from './format.ts';

/** Loads and checks the whole content folder; throws ContentError naming every file and field. */
export function loadCheckedContent(root: string, contentDir = 'content'): CheckedContent {
  const { content: raw, problems: loadProblems } = loadContent(root, contentDir);
  const { content, problems } = checkContent(raw);
  const all = [...loadProblems, ...problems];
  if (all.length) throw new ContentError(all);
  return content;
}

export { ContentError, formatProblem, type ContentProblem } from './format.ts';
export type { CheckedContent, CheckedLesson, CheckedScenario } from './check.ts';
