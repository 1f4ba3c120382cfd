// Builds an XState v5 machine from a scenario definition. The machine only says what happened
// (emitted tracking.* events); the island or the player decides where that goes.
// States: one per node, with substates "asking" and one per choice (the feedback for that choice is
// showing), and one per ending. Context keeps the path taken and the points.
import { assign, createActor, emit, setup } from 'xstate';
import type { Scenario } from '../schemas/scenario.ts';
import { nodeMax } from '../course/scenario-graph.ts';
import { ASKING, rateChoice, type Rating, type ScenarioEvent } from './scenario-view.ts';

export { replayEvents, viewOf, type ScenarioEvent } from './scenario-view.ts';

export interface Decision {
  nodeId: string;
  choiceId: string;
  points: number;
}

export interface ScenarioContext {
  path: Decision[];
  points: number;
}

export interface DecisionEmitted {
  type: 'tracking.decision';
  scenarioId: string;
  nodeId: string;
  choiceId: string;
  /** 0-based position of the choice in the node (SCORM 1.2 responses are single characters). */
  choiceIndex: number;
  choiceCount: number;
  points: number;
  rating: Rating;
}
export interface CompletedEmitted {
  type: 'tracking.completed';
  scenarioId: string;
  endingId: string;
  outcome: Rating;
  points: number;
  maxPoints: number;
  path: Decision[];
}
export type ScenarioEmitted = DecisionEmitted | CompletedEmitted;

export function createScenarioMachine(scenario: Scenario, maxPoints: number) {
  const m = setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      emitted: {} as ScenarioEmitted,
      tags: {} as 'ending',
    },
    guards: {
      isChoice: ({ event }, params: { choiceId: string }) =>
        event.type === 'choice.selected' && event.choiceId === params.choiceId,
    },
    actions: {
      recordChoice: assign(({ context }, params: Decision) => ({
        path: [...context.path, params],
        points: context.points + params.points,
      })),
      emitDecision: emit((_, params: Omit<DecisionEmitted, 'type'>) => ({ type: 'tracking.decision' as const, ...params })),
      emitCompleted: emit(({ context }, params: { endingId: string; outcome: Rating }) => ({
        type: 'tracking.completed' as const,
        scenarioId: scenario.id,
        ...params,
        points: context.points,
        maxPoints,
        path: context.path,
      })),
      resetProgress: assign({ path: () => [], points: 0 }),
    },
  });

  // Every generated state is checked against setup()'s types (context, events, actions, guards).
  type StateConfig = Parameters<typeof m.createStateConfig>[0];
  const states: Record<string, StateConfig> = {};
  for (const node of scenario.nodes) {
    const max = nodeMax(node);
    const answered: Record<string, StateConfig> = {};
    for (const choice of node.choices) {
      answered[choice.id] = m.createStateConfig({ on: { 'scenario.continue': { target: `#scenario.${choice.next}` } } });
    }
    states[node.id] = m.createStateConfig({
      initial: ASKING,
      states: {
        [ASKING]: m.createStateConfig({
          on: {
            'choice.selected': node.choices.map((choice, index) => ({
              guard: { type: 'isChoice' as const, params: { choiceId: choice.id } },
              target: choice.id,
              actions: [
                { type: 'recordChoice' as const, params: { nodeId: node.id, choiceId: choice.id, points: choice.points } },
                {
                  type: 'emitDecision' as const,
                  params: {
                    scenarioId: scenario.id,
                    nodeId: node.id,
                    choiceId: choice.id,
                    choiceIndex: index,
                    choiceCount: node.choices.length,
                    points: choice.points,
                    rating: rateChoice(choice.points, max),
                  },
                },
              ],
            })),
          },
        }),
        ...answered,
      },
    });
  }
  for (const ending of scenario.endings) {
    states[ending.id] = m.createStateConfig({
      tags: ['ending'],
      entry: { type: 'emitCompleted', params: { endingId: ending.id, outcome: ending.outcome } },
    });
  }

  return m.createMachine({
    id: 'scenario',
    initial: scenario.start,
    context: { path: [], points: 0 },
    on: { 'scenario.restart': { target: `.${scenario.start}`, reenter: true, actions: 'resetProgress' } },
    states,
  });
}

/** A started actor for a scenario (what the island runs). */
export function startScenarioActor(scenario: Scenario, maxPoints: number) {
  return createActor(createScenarioMachine(scenario, maxPoints)).start();
}
export type ScenarioActor = ReturnType<typeof startScenarioActor>;
