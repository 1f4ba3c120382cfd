// The scenario checks: structure (every path plays and ends) and fairness (the best ending only after
// good choices, one scoring rule for putting things right), each refused with file, field and node.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/index.ts';
import { edit, expectProblem, fixtureRoot } from '../support/content-fixture.ts';

const F = 'content/scenarios/testi.yaml';

function rejected(change: (t: string) => string, field: string, message: RegExp) {
  const root = fixtureRoot();
  edit(root, F, change);
  expectProblem(root, F, field, message);
}

describe('scenario structure', () => {
  it('accepts the good fixture and measures its graph', () => {
    const s = loadCourse(fixtureRoot()).scenarios[0]!;
    expect(s.figures).toEqual({ maxPoints: 4, minDecisions: 2, maxDecisions: 2, paths: 4 });
  });

  it('rejects a choice pointing nowhere, naming the node', () =>
    rejected((t) => t.replace('next: paras', 'next: olematon'), 'nodes[1].choices[0].next', /solmu "toinen".*"olematon"/));

  it('rejects a node unreachable from the start', () => rejected((t) => t.replace('next: kolmas', 'next: ok'), 'nodes[2]', /"kolmas" ei pääse/));

  it('rejects a loop (a path that never ends)', () =>
    rejected((t) => t.replace('next: huono-loppu', 'next: alku'), 'nodes[2].choices', /polku ei pääty/));

  it('rejects duplicate ids', () =>
    rejected((t) => t.replace('  - id: kolmas', '  - id: toinen').replace('next: kolmas', 'next: toinen'), 'nodes[2].id', /useammin kuin kerran/));

  it('rejects missing feedback', () =>
    rejected((t) => t.replace('        feedback: Tämä on hyvä. Se noudattaa sääntöä.\n', ''), 'nodes[0].choices[0].feedback', /puuttuu/));

  it('rejects an unknown source id', () =>
    rejected((t) => t.replace('sources: [ohje-yksi]', 'sources: [keksitty]'), 'nodes[0].choices[1].sources[0] (solmu "alku")', /tuntematon lähde "keksitty"/));

  it('rejects an unverified source id', () =>
    rejected((t) => t.replace('sources: [ohje-yksi]', 'sources: [laki-ei]'), 'nodes[0].choices[1].sources[0] (solmu "alku")', /EI VARMISTETTU/));

  it('rejects more than 4 choices', () =>
    rejected(
      (t) => {
        const extra = ['x1', 'x2', 'x3']
          .map((id) => `      - id: ${id}\n        label: L.\n        feedback: Yksi. Kaksi.\n        points: 0\n        next: toinen\n        sources: [laki-1]\n`)
          .join('');
        return t.replace('  - id: toinen\n', `${extra}  - id: toinen\n`);
      },
      'nodes[0].choices',
      /enintään 4/,
    ));

  it('rejects an ending that no path reaches', () => rejected((t) => t.replace('next: huono-loppu', 'next: ok'), 'endings[2]', /"huono-loppu"/));

  it('rejects an unknown lesson', () => rejected((t) => t.replace('lesson: eka', 'lesson: toka'), 'lesson', /"toka"/));
});

describe('scenario fairness and the editors\' rules', () => {
  it('rejects feedback that is not 2–4 sentences', () =>
    rejected((t) => t.replace('Tämä on hyvä. Se noudattaa sääntöä.', 'Hyvä.'), 'nodes[0].choices[0].feedback', /1 virkettä.*2–4/));

  it('rejects a path of fewer than 2 decisions', () =>
    rejected(
      (t) => t.replace('  - id: toinen\n', '      - id: suoraan\n        label: Lopetan heti.\n        feedback: Lopetit heti. Asia jäi kesken.\n        points: 1\n        next: ok\n        sources: [laki-1]\n  - id: toinen\n'),
      'nodes',
      /polulla suoraan on vain 1 valinta/,
    ));

  it('rejects fewer than 3 endings, or endings without a best or a poor one', () => {
    rejected((t) => t.replace('next: huono-loppu', 'next: ok').replace(/  - id: huono-loppu[\s\S]*$/, ''), 'endings', /vähintään 3/);
    rejected((t) => t.replace('outcome: poor', 'outcome: acceptable'), 'endings', /huono loppu/);
  });

  it('rejects a path with a poor choice that reaches the best ending', () =>
    rejected((t) => t.replace('points: 1\n        next: ok\n        sources: [laki-1]\n      - id: jatka-huonosti', 'points: 1\n        next: paras\n        sources: [laki-1]\n      - id: jatka-huonosti'), 'nodes[0].choices', /huono → korjaa päättyy parhaaseen loppuun "paras", vaikka valinta "huono"/));

  it('rejects an all-best path that does not reach a best ending', () =>
    rejected((t) => t.replace('points: 2\n        next: paras', 'points: 1\n        next: paras').replace('points: 1\n        next: ok\n        sources: [laki-1]\n  - id: kolmas', 'points: 2\n        next: ok\n        sources: [laki-1]\n  - id: kolmas'), 'endings', /hyva → kohtalainen koostuu parhaista valinnoista.*"ok"/));

  it('rejects a recovery situation whose best choice scores more than 1', () =>
    rejected((t) => t.replace('label: Korjaa virhe.\n        feedback: Hyvä korjaus. Virhe jäi pieneksi.\n        points: 1', 'label: Korjaa virhe.\n        feedback: Hyvä korjaus. Virhe jäi pieneksi.\n        points: 2'), 'nodes[2].choices', /korjaustilanne.*1 piste, nyt 2/));
});
