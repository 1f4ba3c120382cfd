import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fillSizes } from '../../src/integrations/course/download-sizes.ts';
import { forPackage } from '../../src/integrations/course/scorm-package/index.ts';
import { packageFiles } from '../../src/integrations/course/scorm-package/files.ts';
import { scriptJson } from '../../src/player/player-data.ts';
import { buildManifest } from '../../src/integrations/course/scorm-package/manifest.ts';
import { deterministicZip } from '../../src/integrations/course/scorm-package/zip.ts';
import { realCourse } from '../support/course.ts';
import { validateManifest } from '../support/xsd.ts';

const { course } = realCourse();
const officials = course.packages.find((p) => p.tracking === 'completion')!;
const staff = course.packages.find((p) => p.tracking === 'score')!;
const input = { course, pkg: staff, launch: 'player.html', files: ['player.html', 'index.html', 'oppitunnit/salassapito.html', '_astro/a.js'] };

describe('manifest builder', () => {
  for (const version of ['1.2', '2004'] as const)
    for (const pkg of course.packages) {
      it(`SCORM ${version} manifest for ${pkg.id} is valid against the official XSD`, () => {
        const xml = buildManifest(version, { ...input, pkg });
        const r = validateManifest(version, xml);
        expect(r.valid, r.output).toBe(true);
        expect(xml).toContain('href="player.html"');
        expect(xml).toContain(`parameters="?scorm=${version === '1.2' ? '12' : '2004'}&amp;package=${pkg.id}"`);
        expect(xml).toContain(`<title>${course.title} (${pkg.label})</title>`);
        expect(xml).toContain(`identifier="${course.id}-${pkg.id}-`);
        for (const f of input.files) expect(xml).toContain(`<file href="${f}"/>`);
      });
    }

  it('puts the mastery score where each version expects it, and only in the package that tracks a score', () => {
    expect(buildManifest('1.2', input)).toContain(`<adlcp:masteryscore>${course.masteryScore}</adlcp:masteryscore>`);
    const x = buildManifest('2004', input);
    expect(x).toMatch(/<imsss:primaryObjective objectiveID="[^"]+" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0\.80<\/imsss:minNormalizedMeasure>/);
    expect(x).toContain('<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.0"/>');
    expect(x).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    // Completion only (elected officials): no pass mark anywhere.
    expect(buildManifest('1.2', { ...input, pkg: officials })).not.toContain('masteryscore');
    const y = buildManifest('2004', { ...input, pkg: officials });
    expect(y).not.toContain('minNormalizedMeasure');
    expect(y).not.toContain('satisfiedByMeasure');
    expect(y).toContain('<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.0"/>');
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

describe('what a package holds', () => {
  it('refuses a page that links to one that stays out of the package', () => {
    const files = new Map<string, string | undefined>([
      ['index.html', '<a href="./harjoitukset.html">'],
      ['harjoitukset.html', '<a href="./paatoskartat.html">kartat</a>'],
      ['paatoskartat.html', ''],
    ]);
    expect(() => packageFiles(files, (p) => p === 'paatoskartat.html')).toThrow(/harjoitukset\.html → paatoskartat\.html/);
  });

  it('cuts the open-site-only parts out of a page', () => {
    const html = '<body><!--avoin-sivusto--><header>nav <a href="hr-opas.html">HR</a></header><!--/avoin-sivusto--><main>oppitunti</main><!--avoin-sivusto--><footer>ei seurantaa</footer><!--/avoin-sivusto--></body>';
    expect(forPackage(html)).toBe('<body><main>oppitunti</main></body>');
  });

  it('fills in the download sizes on the HR guide', () => {
    const html = '<span data-zip-size="a.zip">–</span> ja <span data-zip-size="b.zip">–</span>';
    expect(fillSizes(html, new Map([['a.zip', 528_718], ['b.zip', 1_048_576]]))).toBe('<span data-zip-size="a.zip">516 kt</span> ja <span data-zip-size="b.zip">1\u00a0024 kt</span>');
    expect(() => fillSizes(html, new Map())).toThrow(/a\.zip/);
  });
});

describe('player data', () => {
  it('cannot end its <script> element, whatever the content says', () => {
    const data = { title: 'Kurssi </script><script>alert(1)</script>', rivit: '\u2028' };
    const text = scriptJson(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
