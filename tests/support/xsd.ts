// Validates an imsmanifest.xml against the official SCORM schemas kept in tests/support/scorm-xsd/
// (see SOURCES.md there), with xmllint from Debian's libxml2-utils. Returns xmllint's own output so
// that a test can assert on the error it prints for a broken element.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type XsdVersion = '1.2' | '2004';

const HERE = fileURLToPath(new URL('./scorm-xsd/', import.meta.url));
/** Driver schemas that import every namespace of the version, so extension elements are checked too. */
export const XSD_DRIVER: Record<XsdVersion, string> = {
  '1.2': join(HERE, 'scorm12', 'scorm12-all.xsd'),
  '2004': join(HERE, 'scorm2004', 'scorm2004-all.xsd'),
};

export interface XsdResult {
  valid: boolean;
  /** Everything xmllint printed (its error lines name the element and the rule broken). */
  output: string;
}

export function validateManifest(version: XsdVersion, xml: string | Uint8Array): XsdResult {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const file = join(dir, 'imsmanifest.xml');
  writeFileSync(file, xml);
  try {
    const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD_DRIVER[version], file], { encoding: 'utf8', stdio: 'pipe' });
    return { valid: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: string };
    // A missing xmllint must not look like an invalid manifest: say so plainly.
    if (err.code === 'ENOENT') throw new Error('xmllint puuttuu: asenna paketti libxml2-utils (npm test asentaa sen itse)');
    return { valid: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
