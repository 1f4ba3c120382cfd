import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageFiles } from '../../src/integrations/course/scorm-package/files.ts';
import { buildManifest } from '../../src/integrations/course/scorm-package/manifest.ts';
import { deterministicZip } from '../../src/integrations/course/scorm-package/zip.ts';
import { realCourse } from '../support/course.ts';
import { validateManifest } from '../support/xsd.ts';

const { course } = realCourse();
const input = { course, launch: 'player.html', files: ['player.html', 'index.html', 'oppitunnit/salassapito.html', '_astro/a.js'] };

describe('manifest builder', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version} manifest is valid against the official XSD`, () => {
      const xml = buildManifest(version, input);
      const r = validateManifest(version, xml);
      expect(r.valid, r.output).toBe(true);
      expect(xml).toContain('href="player.html"');
      expect(xml).toContain(`parameters="?scorm=${version === '1.2' ? '12' : '2004'}"`);
      for (const f of input.files) expect(xml).toContain(`<file href="${f}"/>`);
    });
  }

  it('puts the mastery score where each version expects it', () => {
    expect(buildManifest('1.2', input)).toContain(`<adlcp:masteryscore>${course.masteryScore}</adlcp:masteryscore>`);
    const x = buildManifest('2004', input);
    expect(x).toMatch(/<imsss:primaryObjective objectiveID="[^"]+" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0\.80<\/imsss:minNormalizedMeasure>/);
    expect(x).toContain('<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.0"/>');
    expect(x).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  // Asserts on xmllint's own message for the broken element: a missing validator or missing schema
  // files give other output (or throw), so this cannot pass without a real schema check.
  it('the schema check really rejects a broken manifest, naming the element', () => {
    const broken = buildManifest('2004', input).replace('<imsss:objectives>', '<imsss:deliveryControls/><imsss:objectives>');
    const r = validateManifest('2004', broken);
    expect(r.valid).toBe(false);
    expect(r.output).toContain("Element '{http://www.imsglobal.org/xsd/imsss}objectives': This element is not expected.");
    const broken12 = buildManifest('1.2', input).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="kurssi"');
    const r12 = validateManifest('1.2', broken12);
    expect(r12.valid).toBe(false);
    expect(r12.output).toContain("[facet 'enumeration'] The value 'kurssi' is not an element of the set {'asset', 'sco'}.");
  });

  it('validates the 2004 LOM metadata too', () => {
    const broken = buildManifest('2004', input).replace('<general>', '<general><tuntematon/>');
    const r = validateManifest('2004', broken);
    expect(r.valid).toBe(false);
    expect(r.output).toContain("Element '{http://ltsc.ieee.org/xsd/LOM}tuntematon': This element is not expected.");
  });

  it('rejects a package without its launch page or with files outside it', () => {
    expect(() => buildManifest('1.2', { ...input, files: ['index.html'] })).toThrow(/player\.html/);
    expect(() => buildManifest('1.2', { ...input, files: [...input.files, '../x.html'] })).toThrow(/\.\.\/x\.html/);
  });
});

describe('package contents and zips', () => {
  it('follows references from pages and leaves LMS-side pages out', () => {
    const files = new Map<string, string | undefined>([
      ['index.html', '<link href="./_astro/s.css"><script type="module" src="./_astro/p.js"></script><a href="./haku.html">'],
      ['haku.html', '<div data-src="./pagefind/pagefind.js">'],
      ['lms-esikatselu.html', '<script src="./_astro/lms.js"></script>'],
      ['_astro/s.css', 'a{background:url(../kuva.png)}'],
      ['_astro/p.js', 'import{a}from"./chunk.js";import(`./lazy.js`)'],
      ['_astro/chunk.js', ''],
      ['_astro/lazy.js', ''],
      ['_astro/lms.js', 'import"./scorm-again.js"'],
      ['_astro/scorm-again.js', ''],
      ['kuva.png', undefined],
      ['pagefind/pagefind.js', ''],
      ['pagefind/index/fi.pf_index', undefined],
      ['irrallinen.txt', ''],
    ]);
    expect(packageFiles(files, (p) => p === 'lms-esikatselu.html')).toEqual([
      '_astro/chunk.js', '_astro/lazy.js', '_astro/p.js', '_astro/s.css', 'haku.html', 'index.html', 'kuva.png', 'pagefind/index/fi.pf_index', 'pagefind/pagefind.js',
    ]);
  });

  it('zips deterministically with the manifest at the root', () => {
    const files = new Map([
      ['imsmanifest.xml', new TextEncoder().encode('<manifest/>')],
      ['b/c.html', new TextEncoder().encode('c')],
      ['a.html', new TextEncoder().encode('a')],
    ]);
    const one = deterministicZip(files);
    const two = deterministicZip(new Map([...files].reverse()));
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Object.keys(unzipSync(one))).toEqual(['a.html', 'b/c.html', 'imsmanifest.xml']);
  });
});
