import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCheckedContent, ContentError } from '../../src/content-check/index.ts';
import contentCheck from '../../src/integrations/content-check.ts';
import { edit, fixtureRoot, write } from '../support/content-fixture.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function problemsOf(root: string): string[] {
  try {
    loadCheckedContent(root);
  } catch (e) {
    if (e instanceof ContentError) return e.message.split('\n').slice(1).map((l) => l.replace(/^\s*- /, ''));
    throw e;
  }
  return [];
}

/** Asserts that checking fails and that one message names both the file and the field. */
function expectProblem(root: string, file: string, field: string, text?: RegExp) {
  const problems = problemsOf(root);
  const hit = problems.find((p) => p.startsWith(`${file}: `) && (field === '' || p.includes(`kenttä "${field}"`)));
  expect(hit, `expected a problem for ${file} / ${field}, got:\n${problems.join('\n')}`).toBeDefined();
  if (text) expect(hit).toMatch(text);
}

describe('content schemas: good content', () => {
  it('accepts the fixture content', () => {
    const content = loadCheckedContent(fixtureRoot());
    expect(content.lessons.map((l) => l.id)).toEqual(['eka']);
    expect(content.references).toHaveLength(4);
    expect(content.course?.masteryScore).toBe(80);
  });

  it('accepts the real course content', () => {
    const content = loadCheckedContent(PROJECT_ROOT);
    expect(content.lessons.length).toBeGreaterThanOrEqual(2);
    expect(content.guideline.length).toBe(12);
  });
});

describe('content schemas: bad content names the file and the field', () => {
  const L = 'content/lessons/01-eka.mdx';
  const R = 'content/references.yaml';
  const C = 'content/course.yaml';

  it('lesson without a title', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace(/^title: .*\n/m, ''));
    expectProblem(root, L, 'title');
  });

  it('lesson with too few objectives', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('  - Tiedät kolmannen asian.\n', ''));
    expectProblem(root, L, 'objectives', /vähintään 3/);
  });

  it('lesson with too many objectives', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('objectives:\n', 'objectives:\n  - A.\n  - B.\n  - C.\n'));
    expectProblem(root, L, 'objectives', /enintään 5/);
  });

  it('lesson citing an unknown source id', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('  - ohje-yksi\n', '  - ei-ole-olemassa\n'));
    expectProblem(root, L, 'sources[0]', /tuntematon lähde "ei-ole-olemassa"/);
  });

  it('lesson citing an unverified (EI VARMISTETTU) source', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('  - laki-1\n', '  - laki-1\n  - laki-ei\n'));
    expectProblem(root, L, 'sources[2]', /EI VARMISTETTU/);
  });

  it('inline citation of an unverified source', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('<Lahde id="laki-1" />', '<Lahde id="laki-ei" />'));
    expectProblem(root, L, 'Lahde', /EI VARMISTETTU/);
  });

  it('inline citation missing from the sources list', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => `${t}\nLisää <Lahde id="laki-osin" />.\n`);
    expectProblem(root, L, 'sources', /laki-osin/);
  });

  it('unknown glossary term', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('<Termi id="termi">', '<Termi id="tuntematon">'));
    expectProblem(root, L, 'Termi', /tuntematon/);
  });

  it('misspelled frontmatter field', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('minutes: 5', 'minutes: 5\nminuutit: 5'));
    expectProblem(root, L, 'minuutit');
  });

  it('lesson file name without an order number', () => {
    const root = fixtureRoot();
    write(root, 'content/lessons/toinen.mdx', '---\ntitle: x\n---\n');
    expectProblem(root, 'content/lessons/toinen.mdx', '', /NN-nimi\.mdx/);
  });

  it('reference with an unknown status', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('status: V2', 'status: VARMA'));
    expectProblem(root, R, 'references[1].status');
  });

  it('OSIN reference without a scope', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('    scope: Vain pykälän aihe on tarkistettu.\n', ''));
    expectProblem(root, R, 'references[2].scope');
  });

  it('reference with an invalid URL', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('url: https://example.org/laki\n  - id: laki-osin', 'url: laki.html\n  - id: laki-osin'));
    expectProblem(root, R, 'references[1].url');
  });

  it('reference whose URL is not on the list of primary sources', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('url: https://example.org/laki\n  - id: laki-osin', 'url: https://docplayer.fi/123-laki.html\n  - id: laki-osin'));
    expectProblem(root, R, 'references[1].url', /docplayer\.fi.*ensisijainen lähde/);
  });

  it('check date on a row that is not V1', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('status: V2\n', 'status: V2\n    checked: 2026-01-02\n'));
    expectProblem(root, R, 'references[1].checked', /vain V1-tilaisille.*V2/);
  });

  it('V1 row without a check date', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('    checked: 2026-01-01\n', ''));
    expectProblem(root, R, 'references[0].checked', /tarkistuspäivä/);
  });

  it('duplicate reference id', () => {
    const root = fixtureRoot();
    edit(root, R, (t) => t.replace('  - id: laki-osin', '  - id: laki-1'));
    expectProblem(root, R, 'id', /"laki-1"/);
  });

  it('course with a mastery score over 100', () => {
    const root = fixtureRoot();
    edit(root, C, (t) => t.replace('masteryScore: 80', 'masteryScore: 150'));
    expectProblem(root, C, 'masteryScore');
  });

  it('course without contacts', () => {
    const root = fixtureRoot();
    edit(root, C, (t) => t.replace(/contacts:\n(  .*\n)+/, ''));
    expectProblem(root, C, 'contacts');
  });

  it('course with an invalid accessibility feedback email', () => {
    const root = fixtureRoot();
    edit(root, C, (t) => t.replace('palaute@example.org', 'palaute(at)example'));
    expectProblem(root, C, 'accessibility.feedbackEmail');
  });

  it('YAML that does not parse names the file and line', () => {
    const root = fixtureRoot();
    edit(root, 'content/glossary.yaml', (t) => t.replace('term: Termi', 'term: [Termi'));
    expectProblem(root, 'content/glossary.yaml', '', /rivi \d+/);
  });

  it('glossary entry without a definition', () => {
    const root = fixtureRoot();
    edit(root, 'content/glossary.yaml', (t) => t.replace(/  definition: .*\n/, ''));
    expectProblem(root, 'content/glossary.yaml', '[0].definition');
  });

  it('guideline summary pointing at a statute', () => {
    const root = fixtureRoot();
    edit(root, 'content/guideline/01-johdanto.mdx', (t) => t.replace('reference: ohje-yksi', 'reference: laki-1'));
    expectProblem(root, 'content/guideline/01-johdanto.mdx', 'reference');
  });

  it('the build integration stops the build with the same message', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace(/^title: .*\n/m, ''));
    const hook = contentCheck().hooks['astro:config:setup']!;
    const logger = { info: () => {} };
    const run = () =>
      (hook as (o: unknown) => void)({ config: { root: new URL(`file://${root}/`) }, logger, command: 'build' });
    expect(run).toThrow(/content\/lessons\/01-eka\.mdx: kenttä "title"/);
  });
});
