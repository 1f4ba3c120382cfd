// Wraps a scenario actor for Svelte: the component reads `view` and `context`, and sends events.
// The XState machine code is loaded on demand (the learner's first choice, or a saved attempt to
// restore), so that a page with a scenario ships only the small view code up front. The first view is
// known without the machine: the start situation.
import { forgetScenario, updateScenario } from '../course/progress.ts';
import type { ScenarioActor, ScenarioContext } from '../machines/scenario-machine.ts';
import { replayEvents, viewOf, type ScenarioEvent, type ScenarioView } from '../machines/scenario-view.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { ProgressStore } from '../tracking/port.ts';

export class ScenarioRun {
  view: ScenarioView = $state.raw({ kind: 'question', nodeId: '' });
  context: ScenarioContext = $state.raw({ path: [], points: 0 });
  #scenario: Scenario;
  #maxPoints: number;
  #store: ProgressStore | undefined;
  #actor: Promise<ScenarioActor> | undefined;
  /** When the situation now on screen was shown (decision latency is measured from it). */
  #shownAt = Date.now();
  #shownNode: string;
  #saved = $state(false);

  constructor(scenario: Scenario, maxPoints: number) {
    this.#scenario = scenario;
    this.#maxPoints = maxPoints;
    this.view = { kind: 'question', nodeId: scenario.start };
    // The first situation is on screen before the machine code loads: its clock starts at connect().
    this.#shownNode = scenario.start;
  }

  /** Starts loading the machine (call on the learner's first sign of intent, e.g. focus on a choice). */
  prepare(): Promise<ScenarioActor> {
    this.#actor ??= (async () => {
      const { startScenarioActor } = await import('../machines/scenario-machine.ts');
      const actor = startScenarioActor(this.#scenario, this.#maxPoints);
      const update = (s: ReturnType<typeof actor.getSnapshot>) => {
        this.view = viewOf(s);
        this.context = s.context;
        // Latency is measured from the moment a situation is shown, not from when this code loaded.
        if (this.view.kind === 'question' && this.view.nodeId !== this.#shownNode) {
          this.#shownNode = this.view.nodeId;
          this.#shownAt = Date.now();
        }
        if (this.view.kind !== 'question') this.#shownNode = '';
      };
      update(actor.getSnapshot());
      actor.subscribe(update);
      return actor;
    })();
    return this.#actor;
  }

  /**
   * Connects storage (client only): replays a saved attempt, then records every step. `redo`: the
   * learner asked to do a finished scenario again (the best result stays kept).
   */
  async connect(store: ProgressStore, redo = false): Promise<void> {
    this.#store = store;
    this.#shownAt = Date.now();
    const saved = store.load().scenarios[this.#scenario.id];
    this.#saved = !!saved && (saved.path.length > 0 || !!saved.result);
    if (!saved?.path.length || (redo && saved.result)) return;
    const actor = await this.prepare();
    let fits = true;
    for (const event of replayEvents(saved.path, saved.feedbackOpen)) {
      if (!actor.getSnapshot().can(event)) {
        // Republished content no longer has this step: stay at the last situation that still exists.
        fits = false;
        break;
      }
      actor.send(event);
    }
    // A path cut short, or one that reaches an ending whose result was not kept: save what is there now.
    if (!fits || (viewOf(actor.getSnapshot()).kind === 'ending' && !saved.result)) this.#save(actor);
  }

  #listening = false;
  /** Listeners come after any replay, so that restoring does not count as new decisions. */
  #listen(actor: ScenarioActor): void {
    if (this.#listening) return;
    this.#listening = true;
    actor.on('tracking.decision', (e) => {
      const node = this.#scenario.nodes.find((n) => n.id === e.nodeId);
      this.#store?.recordDecision?.({
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
  }

  async send(event: ScenarioEvent): Promise<void> {
    const actor = await this.prepare();
    this.#listen(actor);
    actor.send(event);
    this.#save(actor);
  }

  /** Whether this scenario has anything saved (an attempt under way or a result). */
  get hasSaved(): boolean {
    return this.#saved;
  }

  /** Forgets this scenario's saved attempt and result only, and starts it again. */
  async clearSaved(): Promise<void> {
    const actor = await this.prepare();
    actor.send({ type: 'scenario.restart' });
    if (this.#store) this.#store.save(forgetScenario(this.#store.load(), this.#scenario.id));
    this.#saved = false;
  }

  /** One save per step; at an ending the result goes with it (saving the same result again changes nothing). */
  #save(actor: ScenarioActor): void {
    if (!this.#store) return;
    const snapshot = actor.getSnapshot();
    const view = viewOf(snapshot);
    const finished = view.kind === 'ending' ? { ending: view.endingId, points: snapshot.context.points } : undefined;
    // A finished attempt keeps its path too, so that a reload shows the same ending.
    const path = snapshot.context.path.map((d) => d.choiceId);
    const progress = updateScenario(this.#store.load(), this.#scenario.id, { path, feedbackOpen: view.kind === 'feedback', finished });
    this.#store.save(progress);
    const mine = progress.scenarios[this.#scenario.id];
    this.#saved = !!mine && (mine.path.length > 0 || !!mine.result);
  }
}
