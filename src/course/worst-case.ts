// The largest saved state the content can produce: every lesson seen, every scenario in its longest
// saved form (the path with the most characters, feedback open, the longest ending id).
import type { Scenario } from '../schemas/scenario.ts';
import type { SavedProgress } from './progress.ts';
import { scenarioPaths } from './scenario-graph.ts';

export function worstCaseProgress(lessonIds: readonly string[], scenarios: readonly (Scenario & { figures: { maxPoints: number } })[]): SavedProgress {
  const worst: SavedProgress = { lessons: [...lessonIds], scenarios: {} };
  for (const s of scenarios) {
    const longest = scenarioPaths(s)
      .map((p) => p.steps.map((st) => st.choice.id))
      .sort((a, b) => b.join('.').length - a.join('.').length)[0] ?? [];
    const ending = [...s.endings].sort((a, b) => b.id.length - a.id.length)[0]!;
    worst.scenarios[s.id] = { path: longest, feedbackOpen: true, result: { ending: ending.id, points: s.figures.maxPoints } };
  }
  return worst;
}
