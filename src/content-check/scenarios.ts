// Graph checks for branching scenarios: every problem names the file and the node (or choice) id.
// Pure: works on parsed data only.
import type { Scenario } from '../schemas/scenario.ts';
import type { ContentProblem } from './format.ts';

export interface ScenarioGraphInfo {
  /** Highest total points any path can collect. */
  maxPoints: number;
  /** Decisions on the shortest and the longest path. */
  minDecisions: number;
  maxDecisions: number;
  /** Number of distinct paths from start to an ending. */
  paths: number;
}

/**
 * Checks structure: unique ids, targets that exist, everything reachable, no loops (a path must end),
 * every ending reached. Returns graph figures when the structure is sound.
 */
export function checkScenarioGraph(file: string, s: Scenario, problems: ContentProblem[]): ScenarioGraphInfo | undefined {
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
  for (const [i, n] of s.nodes.entries())
    if (!reached.has(n.id)) add(`nodes[${i}]`, `solmuun "${n.id}" ei pääse aloitussolmusta`);
  for (const [i, e] of s.endings.entries())
    if (!reached.has(e.id)) add(`endings[${i}]`, `loppuun "${e.id}" ei johda mikään polku`);
  if (loop || problems.length > before) return undefined;

  // The graph is a DAG now: count paths and extremes by memoised recursion.
  const memo = new Map<string, { max: number; min: number; long: number; paths: number }>();
  const walk = (id: string): { max: number; min: number; long: number; paths: number } => {
    const i = nodeIds.get(id);
    if (i === undefined) return { max: 0, min: 0, long: 0, paths: 1 };
    const cached = memo.get(id);
    if (cached) return cached;
    const subs = s.nodes[i]!.choices.map((c) => ({ c, r: walk(c.next) }));
    const result = {
      max: Math.max(...subs.map(({ c, r }) => c.points + r.max)),
      min: 1 + Math.min(...subs.map(({ r }) => r.min)),
      long: 1 + Math.max(...subs.map(({ r }) => r.long)),
      paths: subs.reduce((sum, { r }) => sum + r.paths, 0),
    };
    memo.set(id, result);
    return result;
  };
  const r = walk(s.start);
  return { maxPoints: r.max, minDecisions: r.min, maxDecisions: r.long, paths: r.paths };
}

/** Every path from the start to an ending, as the choice ids taken (for size estimates). */
export function enumeratePaths(s: Scenario): string[][] {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const out: string[][] = [];
  const walk = (id: string, path: string[]) => {
    const node = byId.get(id);
    if (!node) return void out.push(path);
    for (const c of node.choices) walk(c.next, [...path, c.id]);
  };
  walk(s.start, []);
  return out;
}
