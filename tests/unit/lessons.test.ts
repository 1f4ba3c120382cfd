// The rules for lesson text (README, "Readability") run in the build's content check; these tests
// prove that the check refuses each kind of lesson that breaks them, naming the file and the field.
import { describe, expect, it } from 'vitest';
import { LESSON_LIMITS } from '../../src/course/text-rules.ts';
import { edit, expectProblem, fixtureRoot, write } from '../support/content-fixture.ts';
import { realCourse } from '../support/course.ts';

const L = 'content/lessons/01-eka.mdx';

function lessonWith(change: (t: string) => string): string {
  const root = fixtureRoot();
  edit(root, L, change);
  return root;
}

describe('the real lessons', () => {
  it('cover the eight required topics in order', () => {
    expect(realCourse().lessons.map((l) => l.id)).toEqual([
      'ohje-ja-sina',
      'lojaliteettivelvoite',
      'salassapito',
      'suljetut-kokoukset',
      'etakokoukset',
      'oma-mielipide',
      'kuvat-ja-luvat',
      'vuorovaikutus',
    ]);
  });

  it(`are ${LESSON_LIMITS.minWords}–${LESSON_LIMITS.maxWords} words each, with a time estimate from their words`, () => {
    for (const l of realCourse().lessons) {
      expect(l.words, l.id).toBeGreaterThanOrEqual(LESSON_LIMITS.minWords);
      expect(l.words, l.id).toBeLessThanOrEqual(LESSON_LIMITS.maxWords);
      expect(l.minutes, l.id).toBe(Math.ceil(l.words / 130));
    }
  });
});

describe('the content check refuses a lesson that', () => {
  it(`is shorter than ${LESSON_LIMITS.minWords} words`, () => {
    const root = lessonWith((t) => t.replace(/## Toinen osa[\s\S]*?<Esimerkki/, '<Esimerkki'));
    expectProblem(root, L, 'teksti', /sanaa: sopiva pituus on 600–1200/);
  });

  it(`averages more than ${LESSON_LIMITS.maxAvgSentenceWords} words a sentence`, () => {
    const root = lessonWith((t) => t.replace(/ja miettii hetken, mitä tekee seuraavaksi\. /g, 'ja miettii hetken, mitä tekee seuraavaksi, ja '));
    expectProblem(root, L, 'teksti', /virkkeissä on keskimäärin/);
  });

  it('uses too many very long words', () => {
    const root = lessonWith((t) => t.replace(/ja miettii hetken/g, 'ja luottamushenkilönä kaupunginvaltuutettuna miettii'));
    expectProblem(root, L, 'teksti', /yli 12 kirjaimen/);
  });

  it('has no example, two summaries, no self-check or too many questions', () => {
    expectProblem(lessonWith((t) => t.replace('<Esimerkki otsikko="Kokous illalla">', '').replace('</Esimerkki>', '')), L, 'Esimerkki', /esimerkki/);
    expectProblem(lessonWith((t) => t.replace('<Muista>', '<Muista>\n\n- Yksi.\n\n</Muista>\n\n<Muista>')), L, 'Muista', /yksi "Muista nämä"/);
    expectProblem(lessonWith((t) => t.replace('<Tarkista>', '').replace('</Tarkista>', '')), L, 'Tarkista', /itsearvio/);
    const four = '<Kysymys kysymys="Kolmas?">\n\nKyllä.\n\n</Kysymys>\n\n<Kysymys kysymys="Neljäs?">\n\nEi.\n\n</Kysymys>\n\n</Tarkista>';
    expectProblem(lessonWith((t) => t.replace('</Tarkista>', four)), L, 'Kysymys', /4 kysymystä/);
  });

  it('cites fewer than 2 sources in the text or links no glossary term', () => {
    expectProblem(lessonWith((t) => t.replace(' Ohje kertoo saman <Lahde id="ohje-yksi" />.', '')), L, 'Lahde', /ainakin 2/);
    expectProblem(lessonWith((t) => t.replace('<Termi id="termi">termi</Termi>', 'termi')), L, 'Termi', /sanaston termi/);
  });

  it('says the guideline binds elected officials, or that the board urges them to "follow" it', () => {
    const a = expectProblem(lessonWith((t) => t.replace('## Toinen osa', '## Toinen osa\n\nOhje sitoo luottamushenkilöitä.')), L, '', /ei sido luottamushenkilöitä/);
    expect(a.line).toBeGreaterThan(1);
    expectProblem(lessonWith((t) => t.replace('## Toinen osa', '## Toinen osa\n\nKaupunginhallitus kehottaa luottamushenkilöitä noudattamaan ohjetta.')), L, '', /ottamaan ohjeen huomioon/);
  });

  it('holds placeholder text (so does any file an editor writes)', () => {
    expectProblem(lessonWith((t) => t.replace('## Toinen osa', '## Toinen osa\n\nTODO: kirjoita tämä.')), L, '', /keskeneräinen merkintä/);
    const root = fixtureRoot();
    write(root, 'content/README.md', '# Ohje\n\nTähän tulee ohje.\n');
    expectProblem(root, 'content/README.md', '', /keskeneräinen merkintä/);
  });
});

describe('the content check refuses a course that', () => {
  it('has a glossary term no lesson or summary uses', () => {
    const root = fixtureRoot();
    edit(root, 'content/glossary.yaml', (t) => `${t}- id: irrallinen\n  term: Irrallinen\n  definition: Sana, jota ei käytetä.\n`);
    expectProblem(root, 'content/glossary.yaml', '[1].id', /"irrallinen" ei käytetä/);
  });

  it('leaves a guideline section untaught (no summary, or a short one no lesson cites)', () => {
    const root = fixtureRoot();
    const row = '  - id: ohje-kaksi\n    kind: guideline\n    section: 2\n    title: Toinen luku\n    short: Ohje, luku 2\n    summary: Ohjeen toinen luku.\n    status: V1\n    url: https://example.org/ohje\n    checked: 2026-01-01\n';
    edit(root, 'content/references.yaml', (t) => t.replace('  - id: laki-1\n', `${row}  - id: laki-1\n`));
    expectProblem(root, 'content/guideline', '', /"ohje-kaksi" puuttuu tiivistelmä/);
    write(root, 'content/guideline/02-kaksi.mdx', '---\nreference: ohje-kaksi\naudience: [staff]\n---\n\nLyhyt tiivistelmä.\n');
    expectProblem(root, 'content/guideline', '', /"ohje-kaksi" ei näy kurssilla/);
  });
});
