// Reads the content folder from disk into plain data for check.ts. Node-only (used by the build
// integration, the tests and the CLI), never by pages.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ContentProblem } from './format.ts';

export interface RawFile<T = unknown> {
  /** Path shown in messages, relative to the project root (e.g. content/lessons/01-x.mdx). */
  file: string;
  data: T;
}
export interface RawMdx extends RawFile {
  body: string;
}
export interface RawContent {
  course: RawFile | undefined;
  references: RawFile | undefined;
  glossary: RawFile | undefined;
  lessons: RawMdx[];
  guideline: RawMdx[];
  /** Files that exist in scenarios/ (parsed by the scenario loader). */
  scenarios: RawFile[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYamlText(file: string, text: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? ` (rivi ${e.linePos[0].line})` : '';
    problems.push({ file, field: '', message: `YAML ei ole kelvollista${line}: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

export function splitFrontmatter(file: string, text: string, problems: ContentProblem[]): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) {
    problems.push({ file, field: '', message: 'tiedoston alusta puuttuu otsikkotieto (--- … ---)' });
    return { data: undefined, body: text };
  }
  return { data: parseYamlText(file, m[1]!, problems) ?? {}, body: text.slice(m[0].length) };
}

export function loadContent(root: string, contentDir = 'content'): { content: RawContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const dir = join(root, contentDir);
  const rel = (p: string) => relative(root, p).split('\\').join('/');

  const yamlFile = (name: string, optional = false): RawFile | undefined => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (!optional) problems.push({ file: rel(path), field: '', message: 'tiedosto puuttuu' });
      return undefined;
    }
    const data = parseYamlText(rel(path), readFileSync(path, 'utf8'), problems);
    return data === undefined ? undefined : { file: rel(path), data };
  };

  const mdxFolder = (name: string): RawMdx[] => {
    const folder = join(dir, name);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
      .sort()
      .map((f) => {
        const path = join(folder, f);
        const { data, body } = splitFrontmatter(rel(path), readFileSync(path, 'utf8'), problems);
        return { file: rel(path), data, body };
      });
  };

  const scenariosDir = join(dir, 'scenarios');
  const scenarios = existsSync(scenariosDir)
    ? readdirSync(scenariosDir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
        .flatMap((f) => {
          const path = join(scenariosDir, f);
          const data = parseYamlText(rel(path), readFileSync(path, 'utf8'), problems);
          return data === undefined ? [] : [{ file: rel(path), data }];
        })
    : [];

  return {
    content: {
      course: yamlFile('course.yaml'),
      references: yamlFile('references.yaml'),
      glossary: yamlFile('glossary.yaml'),
      lessons: mdxFolder('lessons'),
      guideline: mdxFolder('guideline'),
      scenarios,
    },
    problems,
  };
}
