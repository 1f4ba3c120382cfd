// The built site (dist/): where it is and its HTML pages. Used by the browser tests and by the
// file-only checks in tests/built/ (so this module imports nothing from Playwright).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every HTML page of the built site, as paths relative to its root (e.g. "oppitunnit/salassapito.html"). */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('pagefind/'))
    .sort();
}
