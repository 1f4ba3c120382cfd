// Quality rules for the course text (issue 3). The bounds are explained in README.md ("Readability").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/index.ts';
import { componentIds } from '../../src/content-check/check.ts';
import { measure } from '../../src/lib/readability.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const content = loadCheckedContent(ROOT);

const MAX_AVG_SENTENCE_WORDS = 14;
/** Below the guideline's own 12.9 %: lessons must read more plainly than the document they explain. */
const MAX_LONG_WORD_SHARE = 0.12;

describe('the lessons', () => {
  it('cover the eight required topics in order', () => {
    expect(content.lessons.map((l) => l.id)).toEqual([
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

  for (const lesson of content.lessons) {
    describe(lesson.file, () => {
      const r = measure(lesson.body);

      it('has 3–5 objectives and cites at least 2 sources', () => {
        expect(lesson.objectives.length).toBeGreaterThanOrEqual(3);
        expect(lesson.objectives.length).toBeLessThanOrEqual(5);
        expect(new Set(lesson.sources).size).toBeGreaterThanOrEqual(2);
      });

      it('is 600–1,200 words long', () => {
        expect(r.words).toBeGreaterThanOrEqual(600);
        expect(r.words).toBeLessThanOrEqual(1200);
      });

      it(`averages at most ${MAX_AVG_SENTENCE_WORDS} words a sentence and few very long words`, () => {
        expect(r.avgSentenceWords, `longest: ${r.longestSentence}`).toBeLessThanOrEqual(MAX_AVG_SENTENCE_WORDS);
        expect(r.longWordShare).toBeLessThanOrEqual(MAX_LONG_WORD_SHARE);
      });

      it('has an example, a "Muista nämä" summary and a self-check of 2–3 questions', () => {
        expect(componentIds(lesson.body, 'Esimerkki').length).toBeGreaterThanOrEqual(1);
        expect(componentIds(lesson.body, 'Muista')).toHaveLength(1);
        expect(componentIds(lesson.body, 'Tarkista')).toHaveLength(1);
        const questions = componentIds(lesson.body, 'Kysymys').length;
        expect(questions).toBeGreaterThanOrEqual(2);
        expect(questions).toBeLessThanOrEqual(3);
      });

      it('names a source inside the text and links at least one glossary term', () => {
        expect(lesson.inlineSources.length).toBeGreaterThanOrEqual(2);
        expect(lesson.terms.length).toBeGreaterThanOrEqual(1);
      });

      it('never says the guideline binds elected officials', () => {
        // The board only urges elected officials to follow the guideline (the city board's decision, KH 9.5.2022 § 132).
        expect(lesson.body).not.toMatch(/ohje (velvoittaa|sitoo) (myös )?luottamushenkilö/i);
      });
    });
  }
});

describe('coverage', () => {
  it('every guideline section is cited by a lesson or summarised in the reference section', () => {
    const cited = new Set(content.lessons.flatMap((l) => l.sources));
    const summarised = new Map(content.guideline.map((g) => [g.reference, measure(g.body).words]));
    const uncovered = content.references
      .filter((r) => r.kind === 'guideline')
      .filter((r) => !cited.has(r.id) && (summarised.get(r.id) ?? 0) < 60)
      .map((r) => r.id);
    expect(uncovered).toEqual([]);
  });

  it('every glossary term is used somewhere', () => {
    const used = new Set([...content.lessons, ...content.guideline].flatMap((x) => x.terms));
    expect(content.glossary.map((g) => g.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('no placeholder text anywhere in content', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  for (const file of files(join(ROOT, 'content'))) {
    it(file.slice(ROOT.length), () => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/lorem|\bTODO\b|\bTBD\b|\bXXX\b|tähän tulee|\bFIXME\b/i);
    });
  }
});
