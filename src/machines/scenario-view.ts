// What the learner sees in a scenario, derived from a machine snapshot, and the events that replay a
// saved attempt. No XState import: the island uses these before the machine code has loaded.

export { rateChoice, type Rating } from '../course/scenario-graph.ts';

export type ScenarioEvent =
  | { type: 'choice.selected'; choiceId: string }
  | { type: 'scenario.continue' }
  | { type: 'scenario.restart' };

export const ASKING = 'asking';

/** What the learner sees, derived from a snapshot: a question, feedback on a choice, or an ending. */
export type ScenarioView =
  | { kind: 'question'; nodeId: string }
  | { kind: 'feedback'; nodeId: string; choiceId: string }
  | { kind: 'ending'; endingId: string };

export function viewOf(snapshot: { value: unknown }): ScenarioView {
  const value = snapshot.value;
  if (typeof value === 'string') return { kind: 'ending', endingId: value };
  const [nodeId, sub] = Object.entries(value as Record<string, string>)[0]!;
  return sub === ASKING ? { kind: 'question', nodeId } : { kind: 'feedback', nodeId, choiceId: sub };
}

/** The events that bring a fresh machine to a saved place: each choice, continuing after all but the open one. */
export function replayEvents(path: string[], feedbackOpen: boolean): ScenarioEvent[] {
  return path.flatMap((choiceId, i) => {
    const last = i === path.length - 1;
    const select: ScenarioEvent = { type: 'choice.selected', choiceId };
    return last && feedbackOpen ? [select] : [select, { type: 'scenario.continue' as const }];
  });
}
