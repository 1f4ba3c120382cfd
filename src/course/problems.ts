// Problems in content files, phrased for the person who edits them: the file, the field (or line) and
// what is wrong, in Finnish from start to end. Zod's own messages are replaced by Finnish ones.
import { z } from 'zod';

/** One problem in one content file. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. content/lessons/01-x.mdx. */
  file: string;
  /** Dotted field path, e.g. "objectives" or "references[3].status"; empty when the whole file is meant. */
  field: string;
  message: string;
  /** Line in the file, when the problem is about the text rather than a field. */
  line?: number | undefined;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}, rivi ${p.line}` : p.file;
  return p.field ? `${where}: kenttä "${p.field}": ${p.message}` : `${where}: ${p.message}`;
}

/** The whole report an editor sees when the build stops. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const n = problems.length;
  return (
    `Sisällössä on ${n} ${n === 1 ? 'virhe' : 'virhettä'}. Korjaa ${n === 1 ? 'se' : 'ne'} ja aja build uudelleen:\n` +
    problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
  );
}

/** Thrown by loadCourse(); the build prints `message` and nothing else. */
export class CourseError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'CourseError';
    this.problems = problems;
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'teksti',
  number: 'luku',
  int: 'kokonaisluku',
  boolean: 'kyllä- tai ei-arvo (true/false)',
  array: 'luettelo (rivit alkavat merkillä -)',
  object: 'ryhmä kenttiä',
  date: 'päivämäärä',
  null: 'tyhjä arvo',
  undefined: 'ei mitään',
};
const typeName = (t: string) => TYPE_NAMES[t] ?? t;
const fiLocale = z.locales.fi().localeError;

/**
 * Finnish messages for Zod's generic issues (the schemas' own messages win over these). Falls back
 * to Zod's Finnish locale, and replaces its English type names.
 */
export const finnishIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'puuttuu (pakollinen kenttä)';
      return `pitäisi olla ${typeName(issue.expected)}, mutta on ${typeName(z.core.util.parsedType(issue.input))}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'ei saa olla tyhjä';
      if (issue.origin === 'string') return `vähintään ${issue.minimum} merkkiä`;
      if (issue.origin === 'array') return `vähintään ${issue.minimum} ${Number(issue.minimum) === 1 ? 'rivi' : 'riviä'}`;
      return `vähintään ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `liian pitkä: enintään ${issue.maximum} merkkiä${typeof issue.input === 'string' ? ` (nyt ${issue.input.length})` : ''}`;
      if (issue.origin === 'array') return `enintään ${issue.maximum} riviä`;
      return `enintään ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `arvon on oltava ${String(issue.values[0])}`
        : `arvon on oltava jokin näistä: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `tuntematon kenttä: ${issue.keys.join(', ')} (tarkista kirjoitusasu)`;
    default: {
      const fallback = fiLocale(issue);
      return typeof fallback === 'string' ? fallback : fallback?.message;
    }
  }
};

/** Parses with the Finnish messages and turns issues into problems of `file`. */
export function parseIn<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(data, { error: finnishIssue });
  if (result.success) return result.data;
  problems.push(...zodProblems(file, result.error));
  return undefined;
}

export function zodProblems(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    // Unknown keys are reported on the parent: name the key itself so that the editor finds the typo.
    const field = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...path, issue.keys[0]!] : path;
    return { file, field: fieldPath(field), message: issue.message };
  });
}
