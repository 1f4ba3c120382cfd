// Playwright global setup: unzips the built SCORM packages so that the tests serve them from a
// nested path (/lms/scorm12/, /lms/scorm2004/), as an LMS would.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

export const PACKAGES_DIR = fileURLToPath(new URL('../../.test-packages', import.meta.url));
const ZIPS = fileURLToPath(new URL('../../dist-packages', import.meta.url));

export default function unzipPackages(): void {
  rmSync(PACKAGES_DIR, { recursive: true, force: true });
  for (const zip of readdirSync(ZIPS).filter((f) => f.endsWith('.zip'))) {
    const version = /-(scorm12|scorm2004)\.zip$/.exec(zip)?.[1];
    if (!version) continue;
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(ZIPS, zip))))) {
      const target = join(PACKAGES_DIR, version, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
}
