// Reads the content folder from disk into plain data for check.ts: the only module of the course
// model that touches the file system. Each file is read once; bytes that are not UTF-8, files that
// are far too large and YAML mistakes become problems naming the file and the line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface RawFile {
  /** Path shown in messages, relative to the project root (e.g. content/lessons/01-x.mdx). */
  file: string;
  /** The whole text (for text rules such as placeholders). */
  text: string;
  /** Parsed YAML (or front matter); undefined when it could not be read. */
  data: unknown;
}
export interface RawMdx extends RawFile {
  body: string;
  /** Line of the file on which the body starts (front matter lines come before it). */
  bodyLine: number;
}
export interface RawContent {
  course: RawFile | undefined;
  references: RawFile | undefined;
  glossary: RawFile | undefined;
  lessons: RawMdx[];
  guideline: RawMdx[];
  scenarios: RawFile[];
  /** Other text files an editor writes (the editing guide): checked for placeholders only. */
  other: RawFile[];
}

/** No content file comes near this; a larger one is a mistake (a pasted document, a wrong file). */
export const MAX_FILE_BYTES = 200 * 1024;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Finnish for the YAML parser's error codes; anything else gets the general hint. */
const YAML_CODES: Record<string, string> = {
  MISSING_CHAR: 'merkki puuttuu (usein lainausmerkki tai sulku jää auki)',
  BAD_INDENT: 'sisennys on väärä',
  TAB_AS_INDENT: 'sisennyksessä on sarkainmerkki: käytä välilyöntejä',
  DUPLICATE_KEY: 'sama kenttä on kahdesti',
  MULTILINE_IMPLICIT_KEY: 'kentän nimi jatkuu usealle riville (puuttuuko kaksoispiste tai lainausmerkki?)',
  BLOCK_AS_IMPLICIT_KEY: 'kentän nimen paikalla on lohko (tarkista sisennys)',
  UNEXPECTED_TOKEN: 'odottamaton merkki',
  BAD_SCALAR_START: 'arvo alkaa merkillä, jota ei voi käyttää ilman lainausmerkkejä',
  BAD_DQ_ESCAPE: 'lainausmerkkien sisällä on virheellinen \\-merkintä',
};

/**
 * The line where the real mistake most likely is. A quote left open makes the parser read on until
 * the next quote, so it notices the error far below; the first value that opens a quote and does
 * not close it on its line is the better guess.
 */
export function likelyMistakeLine(text: string, reported: number): number {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < Math.min(reported, lines.length); i++) {
    const m = /^\s*(?:-\s+)?(?:[^\s#'"[{][^:#]*:\s+)?(["'[{])(.*)$/.exec(lines[i]!);
    if (!m || lines[i]!.trimStart().startsWith('#')) continue;
    const [, open, rest] = m as unknown as [string, string, string];
    const closed =
      open === '"' ? /(^|[^\\])(\\\\)*"/.test(rest)
      : open === "'" ? /'/.test(rest.replace(/''/g, ''))
      : // A flow list or map: as many closing brackets as opening ones on the same line.
        (rest.match(/[[{]/g)?.length ?? 0) + 1 <= (rest.match(/[\]}]/g)?.length ?? 0);
    if (!closed) return i + 1;
  }
  return reported;
}

function parseYaml(file: string, text: string, problems: ContentProblem[], lineOffset = 0): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (!error) return doc.toJS();
  const reported = (error.linePos?.[0].line ?? 1) + lineOffset;
  const likely = likelyMistakeLine(text, reported - lineOffset) + lineOffset;
  const what = YAML_CODES[error.code] ?? 'rakenne on virheellinen (tarkista sisennys, kaksoispisteet ja lainausmerkit)';
  problems.push({
    file,
    field: '',
    line: likely,
    message:
      likely !== reported
        ? `YAML-virhe: lainausmerkki tai sulku jää auki tällä rivillä (tarkistus huomasi virheen vasta rivillä ${reported})`
        : `YAML-virhe: ${what}`,
  });
  return undefined;
}

/** Strict UTF-8: a stray byte (a file saved in another encoding) is reported with its line. */
function decode(file: string, bytes: Uint8Array, problems: ContentProblem[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    problems.push({ file, field: '', line, message: 'tiedostossa on merkki, joka ei ole UTF-8-muodossa: tallenna tiedosto UTF-8-merkistöllä' });
    return undefined;
  }
}

export function loadContent(root: string, contentDir = 'content'): { raw: RawContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const dir = join(root, contentDir);
  const rel = (p: string) => relative(root, p).split('\\').join('/');

  const readText = (path: string): string | undefined => {
    const bytes = readFileSync(path);
    const file = rel(path);
    if (bytes.length > MAX_FILE_BYTES) {
      problems.push({ file, field: '', message: `tiedosto on liian suuri (${Math.round(bytes.length / 1024)} kt, enintään ${MAX_FILE_BYTES / 1024} kt)` });
      return undefined;
    }
    return decode(file, bytes, problems);
  };

  const yamlFile = (path: string): RawFile | undefined => {
    const text = readText(path);
    if (text === undefined) return undefined;
    return { file: rel(path), text, data: parseYaml(rel(path), text, problems) };
  };

  const required = (name: string): RawFile | undefined => {
    const path = join(dir, name);
    if (existsSync(path)) return yamlFile(path);
    problems.push({ file: rel(path), field: '', message: 'tiedosto puuttuu' });
    return undefined;
  };

  const list = (name: string, pattern: RegExp): string[] => {
    const folder = join(dir, name);
    return existsSync(folder) ? readdirSync(folder).filter((f) => pattern.test(f)).sort().map((f) => join(folder, f)) : [];
  };

  const mdx = (path: string): RawMdx[] => {
    const text = readText(path);
    if (text === undefined) return [];
    const file = rel(path);
    const m = FRONTMATTER.exec(text);
    if (!m) {
      problems.push({ file, field: '', line: 1, message: 'tiedoston alusta puuttuu otsikkotieto (--- … ---)' });
      return [{ file, text, data: undefined, body: text, bodyLine: 1 }];
    }
    const data = parseYaml(file, m[1]!, problems, 1);
    return [{ file, text, data, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length }];
  };

  const readme = join(dir, 'README.md');
  const readmeText = existsSync(readme) ? readText(readme) : undefined;
  return {
    raw: {
      course: required('course.yaml'),
      references: required('references.yaml'),
      glossary: required('glossary.yaml'),
      lessons: list('lessons', /\.mdx?$/).flatMap(mdx),
      guideline: list('guideline', /\.mdx?$/).flatMap(mdx),
      scenarios: list('scenarios', /\.ya?ml$/).flatMap((p) => yamlFile(p) ?? []),
      other: readmeText === undefined ? [] : [{ file: rel(readme), text: readmeText, data: undefined }],
    },
    problems,
  };
}
