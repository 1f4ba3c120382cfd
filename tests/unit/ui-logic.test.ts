// Pure logic behind the learner-facing UI: the scenario island's step count and best choices
// (src/islands/scenario-steps.ts) and the search result order (src/search/rank.ts).
import { describe, expect, it } from 'vitest';
import { bestChoice, decisionsFrom, percentOf, stepOf } from '../../src/islands/scenario-steps.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { rankResults, resultType } from '../../src/search/rank.ts';
import { realCourse } from '../support/course.ts';

const choice = (id: string, points: number, next: string) => ({ id, label: id, feedback: 'Palaute.', points, next, sources: ['x'] });
// Start → (a: ending at once | b: one more situation → ending)
const scenario = {
  id: 's',
  title: 'S',
  lesson: 'l',
  intro: 'I',
  objective: 'O',
  start: 'n1',
  nodes: [
    { id: 'n1', situation: 'Eka', choices: [choice('a', 0, 'n2'), choice('b', 2, 'n3'), choice('c', 2, 'loppu')] },
    { id: 'n2', situation: 'Toka', choices: [choice('d', 1, 'n3'), choice('e', 0, 'loppu')] },
    { id: 'n3', situation: 'Kolmas', choices: [choice('f', 1, 'loppu')] },
  ],
  endings: [{ id: 'loppu', outcome: 'best', title: 'L', summary: 'S' }],
} as unknown as Scenario;

describe('scenario steps', () => {
  it('counts the most decisions a path can still have', () => {
    expect(decisionsFrom(scenario, 'n1')).toBe(3);
    expect(decisionsFrom(scenario, 'n2')).toBe(2);
    expect(decisionsFrom(scenario, 'loppu')).toBe(0);
    expect(stepOf(scenario, 0, 'n1')).toEqual({ n: 1, of: 3 });
    // Through b the path is shorter: "Tilanne 2/2", never a promise of fewer steps than may come.
    expect(stepOf(scenario, 1, 'n3')).toEqual({ n: 2, of: 2 });
    expect(stepOf(scenario, 1, 'n2')).toEqual({ n: 2, of: 3 });
  });

  it('names the best choice of a situation (the first of equals) and a result as a percentage', () => {
    expect(bestChoice(scenario.nodes[0]!).id).toBe('b');
    expect(bestChoice(scenario.nodes[1]!).id).toBe('d');
    expect(percentOf(4, 6)).toBe(67);
    expect(percentOf(7, 6)).toBe(100);
    expect(percentOf(0, 0)).toBe(100);
  });

  it('gives every real scenario a first step "1/n" with n its longest path', () => {
    for (const s of realCourse().scenarios) expect(stepOf(s, 0, s.start)).toEqual({ n: 1, of: s.figures.maxDecisions });
  });
});

describe('search result order', () => {
  it('knows each page type from its address', () => {
    expect(resultType('oppitunnit/salassapito.html')).toBe('lesson');
    expect(resultType('./harjoitukset/toimittaja-soittaa.html')).toBe('exercise');
    expect(resultType('ohje.html#ohje-luku-3')).toBe('guideline');
    expect(resultType('sanasto.html')).toBe('glossary');
    expect(resultType('lahteet.html')).toBe('sources');
    expect(resultType('harjoitukset.html')).toBe('page');
    expect(resultType('index.html')).toBe('page');
  });

  it('puts lessons first, then exercises, then reference pages, keeping the search order within a type', () => {
    const found = ['ohje.html', 'oppitunnit/b.html', 'sanasto.html', 'harjoitukset/x.html', 'oppitunnit/a.html', 'index.html', 'lahteet.html'].map((path) => ({ path }));
    expect(rankResults(found).map((r) => r.path)).toEqual([
      'oppitunnit/b.html',
      'oppitunnit/a.html',
      'harjoitukset/x.html',
      'ohje.html',
      'sanasto.html',
      'lahteet.html',
      'index.html',
    ]);
  });
});
