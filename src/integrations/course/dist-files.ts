// The files of a built site, as paths relative to its folder with "/" (the one listing used by the
// build steps, the bench and the tests).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listDist(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
