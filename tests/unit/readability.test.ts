import { describe, expect, it } from 'vitest';
import { measure, proseBlocks, sentences } from '../../src/course/readability.ts';

describe('readability measure', () => {
  it('keeps abbreviations and dates inside one sentence', () => {
    expect(sentences('Kokous oli 9.5.2022 kaupungintalolla, esim. salissa. Se päättyi.')).toHaveLength(2);
  });

  it('drops frontmatter, headings and inline citation tags but keeps question texts', () => {
    const blocks = proseBlocks('---\ntitle: X\n---\n## Otsikko\n\nSääntö on tämä <Lahde id="a" />.\n\n<Kysymys kysymys="Saako näin tehdä?">\n\nEi saa.\n\n</Kysymys>\n');
    expect(blocks).toEqual(['Sääntö on tämä.', 'Ei saa.', 'Saako näin tehdä?']);
  });

  it('counts words, average sentence length and long words', () => {
    const r = measure('Vaitiolovelvollisuus koskee kaikkia. Lyhyt lause tässä.');
    expect(r.words).toBe(6);
    expect(r.sentences).toBe(2);
    expect(r.avgSentenceWords).toBe(3);
    expect(r.longWordShare).toBeCloseTo(1 / 6);
  });
});
