// The repository stands on its own: no code, test, script or config reads anything beside it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findOutsidePaths, scanText } from '../support/outside-paths.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the repository stands alone', () => {
  it('names no path outside the repository in src/, tests/, scripts/, .ci/ or the configs', () => {
    const found = findOutsidePaths(ROOT);
    expect(found.map((f) => `${f.file}:${f.line}: ${f.reason}`)).toEqual([]);
  });

  // Control cases: the patterns that broke a fresh clone before are caught. The sibling folder's name is
  // put together here so that this file itself never names it.
  const SIBLING = ['sha', 'red'].join('');
  it.each([
    [`const XSD = join(ROOT, '..', '${SIBLING}', 'scorm-xsd');`, 'tests/unit/x.test.ts'], // standalone-ok: control case
    ["const x = new URL('../../../other/file.xsd', import.meta.url);", 'tests/unit/x.test.ts'], // standalone-ok: control case
    ["readFileSync('/work/notes/a.txt')", 'src/cli/x.ts'], // standalone-ok: control case
    [`sh ../${SIBLING}/scorm-xsd/validate.sh 12 m.xml`, '.ci/run'], // standalone-ok: control case
  ])('catches %s', (line, file) => {
    expect(scanText(ROOT, file, line).length).toBeGreaterThan(0);
  });

  it.each([
    ["import { x } from '../../src/course/index.ts';", 'tests/unit/x.test.ts'],
    ["const ROOT = join(import.meta.dirname, '..', '..');", 'tests/unit/x.test.ts'],
    ["const DIST = fileURLToPath(new URL('../../dist', import.meta.url));", 'tests/support/x.ts'],
    ["executablePath: '/usr/bin/chromium'", 'playwright.config.ts'],
  ])('accepts %s', (line, file) => {
    expect(scanText(ROOT, file, line)).toEqual([]);
  });
});
