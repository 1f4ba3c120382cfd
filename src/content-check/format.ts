import type { z } from 'zod';

/** One problem in one content file, phrased for the person who edits that file. */
export interface ContentProblem {
  file: string;
  /** Dotted field path, e.g. "objectives" or "[3].status"; empty when the whole file is wrong. */
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: kenttä "${p.field}": ${p.message}` : `${p.file}: ${p.message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

/** Turns Zod issues into problems; `describe` may add context such as the entry's id. */
export function zodProblems(
  file: string,
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    // Unknown keys are reported on the parent; name them so that the author finds the typo.
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    const field = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...path, issue.keys[0]!] : path;
    return { file, field: fieldPath(field), message: `${issue.message}${keys}` };
  });
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Sisällössä on ${problems.length} virhe${problems.length === 1 ? '' : 'ttä'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
