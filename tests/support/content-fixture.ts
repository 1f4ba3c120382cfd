// Copies the good fixture content to a temporary project root so that a test can break one file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { CourseError, loadCourse, type ContentProblem } from '../../src/course/index.ts';

export const GOOD_FIXTURE = fileURLToPath(new URL('../fixtures/content-good', import.meta.url));

export function fixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kurssi-content-'));
  cpSync(GOOD_FIXTURE, join(root, 'content'), { recursive: true });
  return root;
}

/** Edits one file of a fixture root with a text transformation. */
export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

export function write(root: string, file: string, text: string): void {
  writeFileSync(join(root, file), text);
}

/** Every problem the content check finds in a fixture root (none when it loads). */
export function problemsOf(root: string): ContentProblem[] {
  try {
    loadCourse(root);
    return [];
  } catch (e) {
    if (e instanceof CourseError) return e.problems;
    throw e;
  }
}

/** Asserts that one problem names the file and the field ('' for the whole file) and matches `message`. */
export function expectProblem(root: string, file: string, field: string, message?: RegExp): ContentProblem {
  const problems = problemsOf(root);
  const hit = problems.find((p) => p.file === file && p.field === field && (!message || message.test(p.message)));
  expect(hit, `expected a problem for ${file} / "${field}" ${message ?? ''}, got:\n${problems.map((p) => `${p.file} | ${p.field} | ${p.message}`).join('\n')}`).toBeDefined();
  return hit!;
}
