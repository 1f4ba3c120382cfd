// The structure of a branching scenario: checks that make it playable (targets exist, everything is
// reachable, every path ends) and the figures derived from it (maximum points, decisions per path,
// number of paths). Pure: works on parsed data only.
import type { Scenario, ScenarioChoice, ScenarioNode } from '../schemas/scenario.ts';
import type { ContentProblem } from './problems.ts';

export type Rating = 'best' | 'acceptable' | 'poor';

/** The highest points any choice of the node gives. */
export const nodeMax = (node: ScenarioNode): number => Math.max(...node.choices.map((c) => c.points));

/** A choice is "best" when no other choice in its node scores higher, "poor" at 0 points. */
export function rateChoice(points: number, max: number): Rating {
  if (points >= max) return 'best';
  return points === 0 ? 'poor' : 'acceptable';
}

export interface ScenarioFigures {
  /** Highest total points any path can collect. */
  maxPoints: number;
  /** Decisions on the shortest and the longest path. */
  minDecisions: number;
  maxDecisions: number;
  /** Number of distinct paths from start to an ending. */
  paths: number;
}

/** One decision on a path: the node it is made in and the choice taken. */
export interface PathStep {
  node: ScenarioNode;
  nodeIndex: number;
  choice: ScenarioChoice;
  rating: Rating;
}
export interface ScenarioPath {
  steps: PathStep[];
  endingId: string;
}

/**
 * Checks structure: unique ids, targets that exist, everything reachable, no loops (a path must end),
 * every ending reached. Returns the figures when the structure is sound.
 */
export function checkScenarioGraph(file: string, s: Scenario, problems: ContentProblem[]): ScenarioFigures | undefined {
  const before = problems.length;
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const nodeIds = new Map<string, number>();
  const endingIds = new Set<string>();
  const seen = new Set<string>();
  for (const [i, n] of s.nodes.entries()) {
    if (seen.has(n.id)) add(`nodes[${i}].id`, `tunnus "${n.id}" on käytössä useammin kuin kerran`);
    seen.add(n.id);
    nodeIds.set(n.id, i);
  }
  for (const [i, e] of s.endings.entries()) {
    if (seen.has(e.id)) add(`endings[${i}].id`, `tunnus "${e.id}" on käytössä useammin kuin kerran`);
    seen.add(e.id);
    endingIds.add(e.id);
  }
  const choiceIds = new Set<string>();
  for (const [i, n] of s.nodes.entries())
    for (const [j, c] of n.choices.entries()) {
      if (choiceIds.has(c.id)) add(`nodes[${i}].choices[${j}].id`, `solmu "${n.id}": valinnan tunnus "${c.id}" on käytössä useammin kuin kerran`);
      choiceIds.add(c.id);
      if (!nodeIds.has(c.next) && !endingIds.has(c.next))
        add(`nodes[${i}].choices[${j}].next`, `solmu "${n.id}": valinta "${c.id}" vie kohteeseen "${c.next}", jota ei ole`);
      if (c.next === n.id) add(`nodes[${i}].choices[${j}].next`, `solmu "${n.id}": valinta "${c.id}" vie takaisin samaan solmuun`);
    }
  if (!nodeIds.has(s.start)) add('start', `aloitussolmua "${s.start}" ei ole`);
  if (problems.length > before) return undefined;

  // Depth-first walk from the start: finds loops (paths that never end) and what is reachable.
  const reached = new Set<string>();
  const onStack = new Set<string>();
  let loop = false;
  const visit = (id: string) => {
    reached.add(id);
    const i = nodeIds.get(id);
    if (i === undefined) return; // an ending
    onStack.add(id);
    for (const c of s.nodes[i]!.choices) {
      if (onStack.has(c.next)) {
        add(`nodes[${i}].choices`, `solmu "${id}": valinta "${c.id}" palaa aiempaan solmuun "${c.next}", joten polku ei pääty koskaan`);
        loop = true;
      } else if (!reached.has(c.next)) visit(c.next);
    }
    onStack.delete(id);
  };
  visit(s.start);
  for (const [i, n] of s.nodes.entries()) if (!reached.has(n.id)) add(`nodes[${i}]`, `solmuun "${n.id}" ei pääse aloitussolmusta`);
  for (const [i, e] of s.endings.entries()) if (!reached.has(e.id)) add(`endings[${i}]`, `loppuun "${e.id}" ei johda mikään polku`);
  if (loop || problems.length > before) return undefined;

  const paths = scenarioPaths(s);
  const decisions = paths.map((p) => p.steps.length);
  return {
    maxPoints: Math.max(...paths.map((p) => p.steps.reduce((sum, st) => sum + st.choice.points, 0))),
    minDecisions: Math.min(...decisions),
    maxDecisions: Math.max(...decisions),
    paths: paths.length,
  };
}

/** Every path from the start to an ending (call only on a sound graph: no loops, targets exist). */
export function scenarioPaths(s: Scenario): ScenarioPath[] {
  const index = new Map(s.nodes.map((n, i) => [n.id, i]));
  const out: ScenarioPath[] = [];
  const walk = (id: string, steps: PathStep[]) => {
    const i = index.get(id);
    if (i === undefined) return void out.push({ steps, endingId: id });
    const node = s.nodes[i]!;
    const max = nodeMax(node);
    for (const choice of node.choices) walk(choice.next, [...steps, { node, nodeIndex: i, choice, rating: rateChoice(choice.points, max) }]);
  };
  walk(s.start, []);
  return out;
}
