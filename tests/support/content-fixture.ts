// Copies the good fixture content to a temporary project root so that a test can break one file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
