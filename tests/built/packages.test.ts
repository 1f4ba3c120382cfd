// The built SCORM packages (dist-packages/), run after `astro build`: one zip per package and version,
// deterministic, within size, only what a learner needs, and manifests valid against the official XSDs.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allPackages, DOWNLOADS_DIR } from '../../src/course/packages.ts';
import { NOT_FOR_LEARNERS, writePackages } from '../../src/integrations/course/scorm-package/index.ts';
import { realCourse, ROOT } from '../support/course.ts';
import { validateManifest } from '../support/xsd.ts';

const PACKAGES = join(ROOT, 'dist-packages');
const built = readdirSync(PACKAGES).filter((f) => f.endsWith('.zip')).sort();
/** Each zip read once, for all the checks below. */
const zips = new Map(built.map((f) => [f, readFileSync(join(PACKAGES, f))]));
const course = realCourse();

describe('the built packages', () => {
  it('are one per package (audience) and SCORM version, named after both', () => {
    expect(built).toEqual(allPackages(course.course).map((p) => p.file).sort());
    expect(built).toHaveLength(course.course.packages.length * 2);
  });

  // Two independent builds from the same dist/: the one `astro build` made and one made here.
  it('are deterministic: building again from dist/ gives the same bytes as the build did', { timeout: 60_000 }, async () => {
    const again = await writePackages(course, join(ROOT, 'dist'), mkdtempSync(join(tmpdir(), 'pkg-')));
    expect(again.map((w) => basename(w.file)).sort()).toEqual(built);
    for (const w of again) expect(readFileSync(w.file).equals(zips.get(basename(w.file))!), basename(w.file)).toBe(true);
  });

  it('are offered for download in the site, the same bytes', () => {
    for (const f of built) expect(readFileSync(join(ROOT, 'dist', DOWNLOADS_DIR, f)).equals(zips.get(f)!), f).toBe(true);
    const guide = readFileSync(join(ROOT, 'dist', 'hr-opas.html'), 'utf8');
    for (const f of built) {
      expect(guide, f).toContain(`href="./${DOWNLOADS_DIR}/${f}"`);
      expect(guide, f).toMatch(new RegExp(`data-zip-size="${f.replace(/\./g, '\\.')}">\\d[\\d\\u00a0]* kt<`));
    }
  });

  describe.each(built)('%s', (file) => {
    const bytes = zips.get(file)!;
    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files);

    it('is at most 1.5 MB, with the manifest, the launch page and the privacy notice', () => {
      expect(bytes.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
      expect(names).toContain('imsmanifest.xml');
      expect(names).toContain('player.html');
      expect(names).toContain('mita-tallennetaan.html');
    });

    it('holds only what a learner needs: no HR guide, LMS preview, decision maps, facilitator pages, downloads or visit worker', () => {
      const admin = names.filter((f) => NOT_FOR_LEARNERS.includes(f) || f.startsWith('esitys/') || f.startsWith(`${DOWNLOADS_DIR}/`) || f.endsWith('.zip'));
      expect(admin).toEqual([]);
      // The open site's visit worker (progress without an LMS) has no place where the LMS keeps progress.
      expect(names.filter((f) => f.includes('visits-sw'))).toEqual([]);
      // No page of the package links to one that is not in it, registers the worker, or shows the open site's footer.
      const html = names.filter((f) => f.endsWith('.html'));
      expect(html.length).toBeGreaterThan(10);
      for (const f of html) {
        const text = new TextDecoder().decode(files[f]!);
        for (const page of NOT_FOR_LEARNERS) expect(text, f).not.toContain(`${page}"`);
        expect(text, f).not.toContain('data-visit-worker');
        expect(text, f).not.toContain('ei käytä evästeitä eikä seurantaa');
      }
    });

    it('has a manifest valid against the official XSD', () => {
      const r = validateManifest(file.endsWith('-scorm12.zip') ? '1.2' : '2004', files['imsmanifest.xml']!);
      expect(r.valid, r.output).toBe(true);
    });
  });
});
