// Enumerates every path of a scenario from its XState machine (xstate/graph), for the unit tests.
import { getSimplePaths } from 'xstate/graph';
import type { ModelScenario } from '../../src/course/index.ts';
import { createScenarioMachine, viewOf, type ScenarioEvent } from '../../src/machines/scenario-machine.ts';

/** Events a learner can send in a snapshot: every choice of the current node, or continue. */
function eventsFor(s: ModelScenario) {
  return (snapshot: { value: unknown }): ScenarioEvent[] => {
    const view = viewOf(snapshot);
    if (view.kind === 'question')
      return s.nodes.find((n) => n.id === view.nodeId)!.choices.map((c) => ({ type: 'choice.selected', choiceId: c.id }));
    if (view.kind === 'feedback') return [{ type: 'scenario.continue' }];
    return [];
  };
}

/** Every simple path from the start that ends in an ending. */
export function allEndingPaths(s: ModelScenario) {
  const machine = createScenarioMachine(s, s.figures.maxPoints);
  return getSimplePaths(machine, { events: eventsFor(s) }).filter((p) => p.state.hasTag('ending'));
}
