// The content check: good content is accepted, and every kind of editor's mistake is refused with
// the file and the field (or line) named, in Finnish.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/index.ts';
import { edit, expectProblem, fixtureRoot, problemsOf, write } from '../support/content-fixture.ts';
import { realCourse } from '../support/course.ts';

describe('content schemas: good content', () => {
  it('accepts the fixture content', () => {
    const content = loadCourse(fixtureRoot());
    expect(content.lessons.map((l) => l.id)).toEqual(['eka']);
    expect(content.references).toHaveLength(4);
    expect(content.course?.masteryScore).toBe(80);
  });

  it('accepts the real course content', () => {
    const content = realCourse();
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
    edit(root, L, (t) => t.replace('order: 1', 'order: 1\nminuutit: 5'));
    expectProblem(root, L, 'minuutit', /tuntematon kenttä/);
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
    expectProblem(root, R, 'references[2].id', /"laki-1"/);
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
    expectProblem(root, 'content/glossary.yaml', '', /YAML-virhe/);
    expect(problemsOf(root).find((p) => p.file === 'content/glossary.yaml')?.line).toBe(2);
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

  it('a missing field is reported in Finnish, with no English left', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace(/^title: .*\n/m, ''));
    const problem = problemsOf(root).find((p) => p.file === L && p.field === 'title');
    expect(problem?.message).toBe('puuttuu (pakollinen kenttä)');
  });

  it('a field of the wrong type names the expected type in Finnish', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('order: 1', 'order: ensimmäinen'));
    expectProblem(root, L, 'order', /^pitäisi olla luku, mutta on teksti$/);
  });
});

describe('bad input an independent tester tried', () => {
  const L = 'content/lessons/01-eka.mdx';
  const S = 'content/scenarios/testi.yaml';

  it('a raw <script> in MDX is refused with its line', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('## Toinen osa', '## Toinen osa\n\n<script>alert(1)</script>'));
    const p = problemsOf(root).find((x) => x.file === L && /<script>/.test(x.message));
    expect(p?.field).toBe('teksti');
    expect(p?.line).toBeGreaterThan(10);
  });

  it('an on…= event handler in MDX is refused', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('## Toinen osa', '## Toinen osa\n\n<img src="x.png" onerror="alert(1)" />'));
    expectProblem(root, L, 'teksti', /tapahtumakäsittelijät/);
  });

  it('import lines, expressions and unknown components in MDX are refused', () => {
    const root = fixtureRoot();
    edit(root, L, (t) => t.replace('## Alku', "import x from 'y';\n\n## Alku\n\n{1 + 1}\n\n<Video id=\"a\" />"));
    expectProblem(root, L, 'teksti', /import- ja export-rivit/);
    expectProblem(root, L, 'teksti', /aaltosulkeita/);
    expectProblem(root, L, 'teksti', /tuntematon osa <Video>/);
  });

  it('a byte that is not UTF-8 is refused with its line', () => {
    const root = fixtureRoot();
    edit(root, 'content/glossary.yaml', (t) => t.replace('Sana, joka selitetään.', 'Sana, joka selitet\uFFFD\uFFFDn.'));
    // Write Latin-1 bytes for "ää" into line 3.
    const path = `${root}/content/glossary.yaml`;
    const text = readFileSync(path, 'utf8');
    const [before, after] = text.split('\uFFFD\uFFFD');
    writeFileSync(path, Buffer.concat([Buffer.from(before!, 'utf8'), Buffer.from([0xe4, 0xe4]), Buffer.from(after!, 'utf8')]));
    const p = problemsOf(root).find((x) => x.file === 'content/glossary.yaml');
    expect(p?.message).toMatch(/UTF-8/);
    expect(p?.line).toBe(3);
  });

  it('a 1.1 MB situation text is refused: the file is far too large', () => {
    const root = fixtureRoot();
    edit(root, S, (t) => t.replace('situation: Ensimmäinen tilanne.', `situation: ${'Pitkä teksti. '.repeat(80_000)}`));
    expectProblem(root, S, '', /liian suuri/);
  });

  it('an over-long situation text is refused with the field named', () => {
    const root = fixtureRoot();
    edit(root, S, (t) => t.replace('situation: Ensimmäinen tilanne.', `situation: ${'Pitkä teksti. '.repeat(100)}`));
    expectProblem(root, S, 'nodes[0].situation', /liian pitkä: enintään 1000 merkkiä/);
  });

  it('a 315-character id is refused', () => {
    const root = fixtureRoot();
    const id = `a${'-b'.repeat(157)}`;
    edit(root, S, (t) => t.replace('- id: hyva\n', `- id: ${id}\n`));
    expectProblem(root, S, 'nodes[0].choices[0].id', /enintään 60 merkkiä/);
  });

  it('a quote left open in YAML is reported at its own line, with no second error elsewhere', () => {
    const root = fixtureRoot();
    const R = 'content/references.yaml';
    edit(root, R, (t) => t.replace('    title: Johdanto\n', '    title: "Johdanto\n'));
    const problems = problemsOf(root);
    const line = problemsOf(root).find((p) => p.file === R)!;
    expect(line.line).toBe(9);
    expect(line.message).toMatch(/lainausmerkki tai sulku jää auki.*rivillä 37/);
    // The lesson that cites rows of the broken file gets no "unknown source" errors.
    expect(problems.map((p) => p.file)).toEqual([R]);
  });
});
