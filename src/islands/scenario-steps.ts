// Pure helpers for what the scenario island shows around the machine's view: "Tilanne 2/3", the best
// choice of a situation, a result as a share of the maximum. No DOM, no XState.
import { nodeMax } from '../course/scenario-graph.ts';
import type { Scenario, ScenarioChoice, ScenarioNode } from '../schemas/scenario.ts';

/** Decisions on the longest path from a node (the node's own decision included) to an ending. */
export function decisionsFrom(s: Scenario, nodeId: string, memo = new Map<string, number>()): number {
  const known = memo.get(nodeId);
  if (known !== undefined) return known;
  const node = s.nodes.find((n) => n.id === nodeId);
  // An ending (or an unknown id) needs no more decisions. The content check refuses loops.
  const result = node ? 1 + Math.max(...node.choices.map((c) => decisionsFrom(s, c.next, memo))) : 0;
  memo.set(nodeId, result);
  return result;
}

/**
 * "Tilanne n/m" for the situation on screen after `decided` decisions: m is the most situations this
 * path can still have, so it never promises fewer steps than may come (it can only shrink).
 */
export function stepOf(s: Scenario, decided: number, nodeId: string): { n: number; of: number } {
  return { n: decided + 1, of: decided + decisionsFrom(s, nodeId) };
}

/** The choice that scores the most in a situation (the first such in the author's order). */
export function bestChoice(node: ScenarioNode): ScenarioChoice {
  const max = nodeMax(node);
  return node.choices.find((c) => c.points === max)!;
}

/** A result as a whole percentage of the maximum (100 when nothing can be scored). */
export const percentOf = (points: number, max: number) => (max > 0 ? Math.round((Math.min(points, max) / max) * 100) : 100);
