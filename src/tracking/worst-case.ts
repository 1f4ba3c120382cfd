// The largest saved state the current content can produce: every lesson seen, every scenario in its
// longest saved form (the path with the most characters, feedback open, the longest ending id).
import type { CheckedContent } from '../content-check/check.ts';
import { enumeratePaths } from '../content-check/scenarios.ts';
import type { SavedProgress } from './state-codec.ts';

export function worstCaseProgress(content: Pick<CheckedContent, 'lessons' | 'scenarios'>): SavedProgress {
  const worst: SavedProgress = { lessons: content.lessons.map((l) => l.id), scenarios: {} };
  for (const s of content.scenarios) {
    const longest = enumeratePaths(s).sort((a, b) => b.join('.').length - a.join('.').length)[0] ?? [];
    const ending = [...s.endings].sort((a, b) => b.id.length - a.id.length)[0]!;
    worst.scenarios[s.id] = { path: longest, feedbackOpen: true, result: { ending: ending.id, points: s.graph.maxPoints } };
  }
  return worst;
}
