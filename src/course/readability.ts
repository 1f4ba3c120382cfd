// Readability measures for Finnish lesson text. Pure: no file system, no Astro.
// Used by the unit tests (budget per lesson) and by scripts/readability.ts for authors.

/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = ['esim', 'mm', 'ns', 'jne', 'ks', 'yms', 'ym', 'vrt', 'klo', 'n', 's', 'v', 'tms', 'eli', 'os', 'puh'];

/** Turns MDX source into plain prose blocks (one string per paragraph, list item or heading). */
export function proseBlocks(mdx: string): string[] {
  let text = mdx.replace(/^---\n[\s\S]*?\n---\n/, ''); // frontmatter
  text = text.replace(/^(import|export)\s.*$/gm, ''); // ESM lines
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''); // MDX comments
  // Attribute values that are prose (question texts, titles) become their own blocks.
  const attrProse: string[] = [];
  // Inline components (citations, glossary links) sit inside sentences: drop the tags only.
  text = text.replace(/\s*<Lahde\b[^>]*\/>/g, '').replace(/<\/?Termi\b[^>]*>/g, '');
  text = text.replace(/<[A-Za-zÅÄÖåäö][^>]*>/g, (tag) => {
    for (const m of tag.matchAll(/(?:kysymys|otsikko)="([^"]+)"/g)) attrProse.push(m[1]!);
    return '\n\n';
  });
  text = text.replace(/<\/[A-Za-z][^>]*>/g, '\n\n');
  text = text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'); // links and images: keep text
  text = text.replace(/[*_`]+/g, '');
  const blocks: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    let current: string[] = [];
    for (const raw of para.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const isItem = /^([-*+]|\d+\.)\s+/.test(line) || /^#{1,6}\s/.test(line) || line.startsWith('>') || line.startsWith('|');
      if (isItem) {
        if (current.length) blocks.push(current.join(' '));
        current = [];
        // Headings are labels, not sentences: leaving them out keeps the average honest.
        if (!/^#{1,6}\s/.test(line)) blocks.push(line.replace(/^([-*+]|\d+\.|>)\s*/, '').replace(/\|/g, ' '));
      } else {
        current.push(line);
      }
    }
    if (current.length) blocks.push(current.join(' '));
  }
  return [...blocks, ...attrProse].map((b) => b.trim()).filter((b) => /\p{L}/u.test(b));
}

/** Splits a prose block into sentences, keeping abbreviations and dates intact. */
export function sentences(block: string): string[] {
  let t = block;
  for (const a of ABBREVIATIONS) t = t.replace(new RegExp(`(^|[\\s(])${a}\\.`, 'gi'), `$1${a}`);
  return t
    .split(/(?<=[.!?:;])\s+(?=[\p{Lu}\d"”(§–-])|(?<=[.!?])$/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\d]+(?:[-:][\p{L}\d]+)*/gu) ?? [];
}

export interface Readability {
  words: number;
  sentences: number;
  avgSentenceWords: number;
  /** Share (0..1) of words with more than 12 letters. */
  longWordShare: number;
  longestSentence: string;
}

export function measure(mdx: string): Readability {
  const all = proseBlocks(mdx).flatMap(sentences);
  let wordCount = 0;
  let long = 0;
  let longest = '';
  let longestLen = 0;
  for (const s of all) {
    const w = words(s);
    wordCount += w.length;
    long += w.filter((x) => x.replace(/[-:\d]/g, '').length > 12).length;
    if (w.length > longestLen) {
      longestLen = w.length;
      longest = s;
    }
  }
  return {
    words: wordCount,
    sentences: all.length,
    avgSentenceWords: all.length ? wordCount / all.length : 0,
    longWordShare: wordCount ? long / wordCount : 0,
    longestSentence: longest,
  };
}
