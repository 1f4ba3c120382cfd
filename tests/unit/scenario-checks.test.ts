import { describe, expect, it } from 'vitest';
import { ContentError, loadCheckedContent } from '../../src/content-check/index.ts';
import { edit, fixtureRoot } from '../support/content-fixture.ts';

const F = 'content/scenarios/testi.yaml';

function problems(root: string): string[] {
  try {
    loadCheckedContent(root);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw e;
  }
}

function expectRejected(change: (t: string) => string, field: string, message: RegExp) {
  const root = fixtureRoot();
  edit(root, F, change);
  const found = problems(root);
  const hit = found.find((p) => p.startsWith(`${F}: `) && p.includes(field) && message.test(p));
  expect(hit, `got:\n${found.join('\n')}`).toBeDefined();
}

describe('scenario checks', () => {
  it('accept the good fixture and measure its graph', () => {
    const content = loadCheckedContent(fixtureRoot());
    expect(content.scenarios[0]!.graph).toEqual({ maxPoints: 4, minDecisions: 2, maxDecisions: 2, paths: 4 });
  });

  it('reject a choice pointing nowhere, naming the node', () =>
    expectRejected((t) => t.replace('next: paras', 'next: olematon'), 'nodes[1].choices[0].next', /solmu "toinen".*"olematon"/));

  it('reject a node unreachable from the start', () =>
    expectRejected((t) => t.replace('next: kolmas', 'next: ok'), 'nodes[2]', /"kolmas" ei pääse/));

  it('reject a loop (a path that never ends)', () =>
    expectRejected((t) => t.replace('next: huono-loppu', 'next: alku'), 'nodes[2].choices', /polku ei pääty/));

  it('reject duplicate ids', () =>
    expectRejected((t) => t.replace('  - id: kolmas', '  - id: toinen').replace('next: kolmas', 'next: toinen'), 'nodes[2].id', /useammin kuin kerran/));

  it('reject missing feedback', () =>
    expectRejected((t) => t.replace('        feedback: Tämä on hyvä. Se noudattaa sääntöä.\n', ''), 'nodes[0].choices[0].feedback', /./));

  it('reject an unknown source id', () =>
    expectRejected((t) => t.replace('sources: [ohje-yksi]', 'sources: [keksitty]'), 'nodes[0].choices[1].sources[0]', /tuntematon lähde "keksitty"/));

  it('reject an unverified source id', () =>
    expectRejected((t) => t.replace('sources: [ohje-yksi]', 'sources: [laki-ei]'), 'solmu "alku"', /EI VARMISTETTU/));

  it('reject more than 4 choices', () =>
    expectRejected(
      (t) => {
        const extra = ['x1', 'x2', 'x3']
          .map((id) => `      - id: ${id}\n        label: L.\n        feedback: Yksi. Kaksi.\n        points: 0\n        next: toinen\n        sources: [laki-1]\n`)
          .join('');
        return t.replace('  - id: toinen\n', `${extra}  - id: toinen\n`);
      },
      'nodes[0].choices',
      /enintään 4/,
    ));

  it('reject an ending that no path reaches', () =>
    expectRejected((t) => t.replace('next: huono-loppu', 'next: ok'), 'endings[2]', /"huono-loppu"/));

  it('reject feedback that is not 2–4 sentences', () =>
    expectRejected((t) => t.replace('Tämä on hyvä. Se noudattaa sääntöä.', 'Hyvä.'), 'nodes[0].choices[0].feedback', /2–4 virkettä/));

  it('reject an unknown lesson', () => expectRejected((t) => t.replace('lesson: eka', 'lesson: toka'), 'lesson', /"toka"/));
});
