// Every path of every scenario, enumerated from the XState machine itself with xstate/graph.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine, replayEvents, viewOf, type ScenarioEmitted } from '../../src/machines/scenario-machine.ts';
import { fixtureCourse, realCourse } from '../support/course.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';

const fixture = fixtureCourse().scenarios;
const real = realCourse().scenarios;

describe.each([...fixture, ...real].map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
  const paths = allEndingPaths(s);
  const endings = new Map(s.endings.map((e) => [e.id, e]));

  it('every path ends in an ending with points within 0..maxPoints', () => {
    expect(paths.length).toBe(s.figures.paths);
    for (const p of paths) {
      const { points, path } = p.state.context;
      expect(endings.has(String(p.state.value))).toBe(true);
      expect(points).toBeGreaterThanOrEqual(0);
      expect(points).toBeLessThanOrEqual(s.figures.maxPoints);
      expect(points).toBe(path.reduce((sum, d) => sum + d.points, 0));
    }
    expect(Math.max(...paths.map((p) => p.state.context.points))).toBe(s.figures.maxPoints);
  });

  it('every path takes at least 2 decisions, and endings include a best and a poor one (at least 3)', () => {
    for (const p of paths) expect(p.state.context.path.length).toBeGreaterThanOrEqual(2);
    expect(s.endings.length).toBeGreaterThanOrEqual(3);
    expect(s.endings.some((e) => e.outcome === 'best')).toBe(true);
    expect(s.endings.some((e) => e.outcome === 'poor')).toBe(true);
  });

  it('every ending is reached by some path', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(s.endings.map((e) => e.id).sort());
  });

  it('the all-best path reaches a best ending', () => {
    const best = paths.find((p) => p.state.context.points === s.figures.maxPoints)!;
    expect(endings.get(String(best.state.value))!.outcome).toBe('best');
  });
});

describe('scenario machine behaviour', () => {
  const s = fixture[0]!;
  const machine = createScenarioMachine(s, s.figures.maxPoints);

  it('emits a decision per choice and one completion, and never calls out otherwise', () => {
    const actor = createActor(machine).start();
    const emitted: ScenarioEmitted[] = [];
    actor.on('*', (e) => emitted.push(e as ScenarioEmitted));
    for (const e of replayEvents(['hyva', 'kohtalainen'], false)) actor.send(e);
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'ending', endingId: 'ok' });
    expect(emitted.map((e) => e.type)).toEqual(['tracking.decision', 'tracking.decision', 'tracking.completed']);
    expect(emitted[1]).toMatchObject({ nodeId: 'toinen', choiceId: 'kohtalainen', choiceIndex: 1, rating: 'acceptable' });
    expect(emitted[2]).toMatchObject({ endingId: 'ok', outcome: 'acceptable', points: 3, maxPoints: 4 });
  });

  it('shows feedback after a choice and waits for continue', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'choice.selected', choiceId: 'huono' });
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'feedback', nodeId: 'alku', choiceId: 'huono' });
    actor.send({ type: 'choice.selected', choiceId: 'korjaa' }); // ignored while feedback is open
    expect(actor.getSnapshot().context.path).toHaveLength(1);
    actor.send({ type: 'scenario.continue' });
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'question', nodeId: 'kolmas' });
  });

  it('ignores a choice that belongs to another node', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'choice.selected', choiceId: 'korjaa' });
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'question', nodeId: 'alku' });
  });

  it('restarts from the beginning with no points', () => {
    const actor = createActor(machine).start();
    for (const e of replayEvents(['hyva', 'hyva-2'], false)) actor.send(e);
    actor.send({ type: 'scenario.restart' });
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'question', nodeId: 'alku' });
    expect(actor.getSnapshot().context).toEqual({ path: [], points: 0 });
  });

  it('replaying a saved path restores the same node and points', () => {
    const actor = createActor(machine).start();
    for (const e of replayEvents(['huono', 'korjaa'], true)) actor.send(e);
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'feedback', nodeId: 'kolmas', choiceId: 'korjaa' });
    expect(actor.getSnapshot().context.points).toBe(1);
  });
});
