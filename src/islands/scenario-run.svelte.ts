// Wraps a scenario actor for Svelte: the component reads `view` and `context`, and sends events.
// Restores a saved attempt on start and saves after every step; tracking events go to the store.
import { createActor } from 'xstate';
import { updateScenario } from '../machines/course-progress.ts';
import {
  createScenarioMachine,
  replayEvents,
  viewOf,
  type ScenarioContext,
  type ScenarioEvent,
  type ScenarioView,
} from '../machines/scenario-machine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { ProgressStore } from '../tracking/port.ts';

export class ScenarioRun {
  view: ScenarioView = $state.raw({ kind: 'question', nodeId: '' });
  context: ScenarioContext = $state.raw({ path: [], points: 0 });
  #actor;
  #scenario: Scenario;
  #store: ProgressStore | undefined;
  #shownAt = Date.now();
  #shownNode = '';

  constructor(scenario: Scenario, maxPoints: number) {
    this.#scenario = scenario;
    this.#actor = createActor(createScenarioMachine(scenario, maxPoints));
    this.#actor.subscribe((s) => {
      this.view = viewOf(s);
      this.context = s.context;
      // Latency is measured from the moment a situation is shown.
      if (this.view.kind === 'question' && this.view.nodeId !== this.#shownNode) {
        this.#shownNode = this.view.nodeId;
        this.#shownAt = Date.now();
      }
      if (this.view.kind !== 'question') this.#shownNode = '';
    });
    this.#actor.start();
  }

  /** Connects storage (client only): replays the saved attempt, then records every step. */
  connect(store: ProgressStore): void {
    this.#store = store;
    const saved = store.load().scenarios[this.#scenario.id];
    if (saved?.path.length) {
      for (const event of replayEvents(saved.path, saved.feedbackOpen)) {
        const before = this.#actor.getSnapshot();
        if (!before.can(event)) {
          // The saved path no longer fits the published scenario: start this attempt fresh.
          this.#actor.send({ type: 'scenario.restart' });
          break;
        }
        this.#actor.send(event);
      }
    }
    // Listeners come after the replay, so that restoring does not count as new decisions.
    this.#actor.on('tracking.decision', (e) => {
      const node = this.#scenario.nodes.find((n) => n.id === e.nodeId);
      store.recordDecision?.({
        scenarioId: e.scenarioId,
        nodeId: e.nodeId,
        choiceId: e.choiceId,
        choiceIndex: e.choiceIndex,
        rating: e.rating,
        description: `${this.#scenario.title}: ${node?.situation ?? ''}`,
        shownAt: this.#shownAt,
        answeredAt: Date.now(),
      });
    });
    this.#actor.on('tracking.completed', (e) => this.#save({ ending: e.endingId, points: e.points }));
  }

  send(event: ScenarioEvent): void {
    this.#actor.send(event);
    this.#save();
  }

  get canClear(): boolean {
    return !!this.#store?.clear;
  }

  clearSaved(): void {
    this.#store?.clear?.();
    this.#actor.send({ type: 'scenario.restart' });
  }

  #save(finished?: { ending: string; points: number }): void {
    if (!this.#store) return;
    const snapshot = this.#actor.getSnapshot();
    const view = viewOf(snapshot);
    // A finished attempt keeps its path too, so that a reload shows the same ending.
    const path = snapshot.context.path.map((d) => d.choiceId);
    this.#store.save(
      updateScenario(this.#store.load(), this.#scenario.id, { path, feedbackOpen: view.kind === 'feedback', finished }),
    );
  }
}
