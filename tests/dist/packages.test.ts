// The built SCORM packages (dist-packages/), run after `astro build`: deterministic, within size,
// the right files, and manifests valid against the official XSDs (tests/support/xsd.ts).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPackages } from '../../src/integrations/scorm-package/index.ts';
import { validateManifest } from '../support/xsd.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = join(ROOT, 'dist-packages');
const built = readdirSync(PACKAGES).filter((f) => /-scorm(12|2004)\.zip$/.test(f)).sort();

describe('the built packages', () => {
  it('are one per SCORM version', () => {
    expect(built.map((f) => /-(scorm12|scorm2004)\.zip$/.exec(f)![1])).toEqual(['scorm12', 'scorm2004']);
  });

  // Two independent builds from the same dist/: the one `astro build` made and one made here.
  it('are deterministic: building again from dist/ gives the same bytes as the build did', { timeout: 60_000 }, async () => {
    const again = await buildPackages(ROOT, join(ROOT, 'dist'), mkdtempSync(join(tmpdir(), 'pkg-')));
    expect(again.map((w) => basename(w.file)).sort()).toEqual(built);
    for (const w of again) expect(readFileSync(w.file).equals(readFileSync(join(PACKAGES, basename(w.file)))), basename(w.file)).toBe(true);
  });

  describe.each(built)('%s', (file) => {
    const bytes = readFileSync(join(PACKAGES, file));
    const files = unzipSync(new Uint8Array(bytes));

    it('is at most 1.5 MB, with the manifest and the launch page, and no LMS-side page', () => {
      expect(bytes.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
      expect(Object.keys(files)).toContain('imsmanifest.xml');
      expect(Object.keys(files)).toContain('player.html');
      expect(Object.keys(files).some((f) => f.startsWith('lms-esikatselu'))).toBe(false);
    });

    it('has a manifest valid against the official XSD', () => {
      const r = validateManifest(file.endsWith('-scorm12.zip') ? '1.2' : '2004', files['imsmanifest.xml']!);
      expect(r.valid, r.output).toBe(true);
    });
  });
});
