// Rules for the text editors write: what MDX may contain (no code, nothing that would run in a
// learner's browser), the structure and readability of a lesson, placeholder text, and wording the
// course must never use. Every rule names the file and the line or field. Pure.
import type { ContentProblem } from './problems.ts';
import { measure } from './readability.ts';

/** Readability bounds (README, "Readability"): lessons read more plainly than the guideline itself. */
export const LESSON_LIMITS = {
  minWords: 600,
  maxWords: 1200,
  maxAvgSentenceWords: 14,
  /** Share of words longer than 12 letters; the guideline itself measures 13.0 %. */
  maxLongWordShare: 0.12,
  minInlineSources: 2,
  minTerms: 1,
  minExamples: 1,
  minQuestions: 2,
  maxQuestions: 3,
} as const;

/** The components MDX may use (src/components/mdx/index.ts renders them). */
export const MDX_COMPONENTS = ['Esimerkki', 'Harjoitus', 'Kysymys', 'Lahde', 'Muista', 'Tarkista', 'Termi', 'Yhteystiedot'] as const;

/** Ids used by a component in a body. Attribute order is free; only literal strings count. */
export function componentIds(body: string, component: string): string[] {
  const ids: string[] = [];
  for (const tag of body.matchAll(new RegExp(`<${component}\\b[^>]*>`, 'g'))) {
    const m = /\bid="([^"]*)"/.exec(tag[0]);
    ids.push(m ? m[1]! : '');
  }
  return ids;
}

const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|\bXXX\b|\bFIXME\b|tähän tulee/i;
/** The guideline binds staff; the city board only urges elected officials to take it into account. */
const WRONG_WORDING: { pattern: RegExp; message: string }[] = [
  {
    pattern: /ohje (velvoittaa|sitoo) (myös )?luottamushenkilö/i,
    message: 'ohje ei sido luottamushenkilöitä: kaupunginhallitus kehottaa heitä ottamaan sen huomioon',
  },
  {
    pattern: /kehott\w* (luottamushenkilöitä |heitä )?noudattamaan/i,
    message: 'kaupunginhallitus kehottaa luottamushenkilöitä ottamaan ohjeen huomioon, ei noudattamaan sitä',
  },
];

/**
 * Text-level rules for a file an editor writes: no placeholders anywhere; in what learners read
 * (`learners`), none of the wording the course must never use.
 */
export function checkWording(file: string, text: string, problems: ContentProblem[], learners = true): void {
  text.split('\n').forEach((line, i) => {
    if (PLACEHOLDER.test(line)) problems.push({ file, field: '', line: i + 1, message: 'keskeneräinen merkintä tai täyteteksti: kirjoita lopullinen teksti' });
    if (learners) for (const w of WRONG_WORDING) if (w.pattern.test(line)) problems.push({ file, field: '', line: i + 1, message: w.message });
  });
}

/**
 * MDX is text with a few components: no scripts, styles, frames, event handlers, imports or
 * expressions (they would run at build time or ship JavaScript to a lesson page).
 */
export function checkMdxSafety(file: string, body: string, bodyLine: number, problems: ContentProblem[]): void {
  const known = new Set<string>(MDX_COMPONENTS);
  let inComment = false;
  body.split('\n').forEach((line, i) => {
    const add = (message: string) => problems.push({ file, field: 'teksti', line: bodyLine + i, message });
    // MDX comments {/* … */} may span lines; everything inside is ignored.
    let text = line;
    if (inComment) {
      const end = text.indexOf('*/}');
      if (end < 0) return;
      text = text.slice(end + 3);
      inComment = false;
    }
    text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
    if (/\{\/\*/.test(text)) {
      inComment = true;
      text = text.slice(0, text.indexOf('{/*'));
    }
    if (/^\s*(import|export)\s/.test(text)) add('import- ja export-rivit eivät kuulu sisältöön (ne ovat ohjelmakoodia)');
    if (/<\s*(script|style|iframe|object|embed|form|link|meta|base)\b/i.test(text))
      add(`tekstissä ei saa olla elementtiä <${/<\s*(\w+)/.exec(text)![1]!.toLowerCase()}>: se lisäisi sivulle koodia tai ulkopuolista sisältöä`);
    if (/<[^>]*\son[a-z]+\s*=/i.test(text)) add('tapahtumakäsittelijät (on…=) eivät kuulu sisältöön: ne ovat JavaScriptiä');
    if (/javascript:/i.test(text)) add('javascript:-osoitteet eivät kuulu sisältöön');
    if (/[{}]/.test(text)) add('aaltosulkeita { } ei voi käyttää tekstissä: MDX lukee ne ohjelmakoodiksi');
    for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)/g))
      if (!known.has(m[1]!)) add(`tuntematon osa <${m[1]}>: käytettävissä ovat ${MDX_COMPONENTS.join(', ')}`);
  });
}

/** A lesson's structure and readability (README, "Readability"). */
export function checkLessonText(file: string, body: string, problems: ContentProblem[]): void {
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const L = LESSON_LIMITS;
  const r = measure(body);
  if (r.words < L.minWords || r.words > L.maxWords) add('teksti', `oppitunnissa on ${r.words} sanaa: sopiva pituus on ${L.minWords}–${L.maxWords} sanaa`);
  if (r.avgSentenceWords > L.maxAvgSentenceWords)
    add('teksti', `virkkeissä on keskimäärin ${r.avgSentenceWords.toFixed(1)} sanaa (enintään ${L.maxAvgSentenceWords}); pisin: "${r.longestSentence}"`);
  if (r.longWordShare > L.maxLongWordShare)
    add('teksti', `${(r.longWordShare * 100).toFixed(1)} % sanoista on yli 12 kirjaimen pituisia (enintään ${L.maxLongWordShare * 100} %): käytä lyhyempiä sanoja`);
  const count = (c: string) => componentIds(body, c).length;
  if (count('Esimerkki') < L.minExamples) add('Esimerkki', 'oppitunnissa on oltava ainakin yksi esimerkki (<Esimerkki>)');
  if (count('Muista') !== 1) add('Muista', 'oppitunnissa on oltava yksi "Muista nämä" -yhteenveto (<Muista>)');
  else if (rememberPoints(body).length < 2) add('Muista', '"Muista nämä" -yhteenvedossa on oltava luettelo, jossa on vähintään 2 kohtaa (rivit alkavat merkillä -); ne kootaan myös tulostettavaan muistilistaan');
  if (count('Tarkista') !== 1) add('Tarkista', 'oppitunnissa on oltava yksi itsearvio (<Tarkista>)');
  const q = count('Kysymys');
  if (q < L.minQuestions || q > L.maxQuestions) add('Kysymys', `itsearviossa on ${q} kysymystä: niitä on oltava ${L.minQuestions}–${L.maxQuestions}`);
  if (count('Lahde') < L.minInlineSources) add('Lahde', `tekstissä on oltava ainakin ${L.minInlineSources} lähdeviitettä (<Lahde id="…" />) sääntöjen kohdalla`);
  if (count('Termi') < L.minTerms) add('Termi', 'tekstissä on linkitettävä ainakin yksi sanaston termi (<Termi id="…">)');
}

/**
 * The points of a lesson's "Muista nämä" summary as plain text (for the printable checklist): list
 * items inside <Muista>, with inline citations dropped and glossary links turned into their words.
 */
export function rememberPoints(body: string): string[] {
  const block = /<Muista>([\s\S]*?)<\/Muista>/.exec(body)?.[1] ?? '';
  return block
    .split('\n')
    .filter((line) => /^\s*[-*]\s+/.test(line))
    .map((line) =>
      line
        .replace(/^\s*[-*]\s+/, '')
        .replace(/\s*<Lahde\b[^>]*\/>/g, '')
        .replace(/<Termi\b[^>]*>([\s\S]*?)<\/Termi>/g, '$1')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter(Boolean);
}
