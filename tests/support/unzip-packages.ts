// Playwright global setup: unzips the built SCORM packages so that the tests serve them from a
// nested path (/lms/<package>-<version>/, e.g. /lms/henkilosto-scorm12/), as an LMS would.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { loadCourse } from '../../src/course/index.ts';
import { allPackages, SCORM_VERSION, type ScormVersion } from '../../src/course/packages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PACKAGES_DIR = join(ROOT, '.test-packages');
const ZIPS = join(ROOT, 'dist-packages');

/** Where a package's unzipped copy is served, relative to the server's root. */
export const packageDir = (pkg: string, version: ScormVersion) => `${pkg}-${SCORM_VERSION[version].suffix}`;

export default function unzipPackages(): void {
  rmSync(PACKAGES_DIR, { recursive: true, force: true });
  for (const { pkg, version, file } of allPackages(loadCourse(ROOT).course)) {
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(ZIPS, file))))) {
      const target = join(PACKAGES_DIR, packageDir(pkg.id, version), path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
}
