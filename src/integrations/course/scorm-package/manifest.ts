// Builds imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition with a real XML builder.
// Pure: takes the course config and the package's file list, returns the XML text. Element order
// follows the official schemas (checked in the tests with xmllint against the official schemas in tests/support/scorm-xsd).
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { launchQuery, packageTitle, type ScormVersion } from '../../../course/packages.ts';
import type { Course, PackageSpec } from '../../../schemas/course.ts';

export interface ManifestInput {
  course: Course;
  /** The audience's package: its title, and whether a pass mark goes into the manifest. */
  pkg: PackageSpec;
  /** Launch page of the single SCO, relative to the package root (e.g. "player.html"). */
  launch: string;
  /** Every file in the package, relative paths with "/" (the manifest itself is left out). */
  files: string[];
}

const NS12 = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  md: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};
const NS2004 = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
};
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The id of the one objective that carries the course's pass/fail in SCORM 2004. */
export const PRIMARY_OBJECTIVE = 'kurssi-hyvaksytty';

/** The course config was checked with the content; what is checked here is the package itself. */
function validate(input: ManifestInput): void {
  if (!input.files.includes(input.launch)) throw new Error(`imsmanifest: käynnistyssivua "${input.launch}" ei ole paketissa`);
  const bad = input.files.find((f) => f.startsWith('/') || f.includes('\\') || f.split('/').includes('..'));
  if (bad) throw new Error(`imsmanifest: tiedoston polku "${bad}" ei ole suhteellinen`);
}

/** Each audience's package has its own identifiers, so that an LMS never takes one for another. */
const ids = (course: Course, pkg: PackageSpec) => ({
  manifest: `${course.id}-${pkg.id}-${course.version.replace(/\./g, '-')}`,
  org: `${course.id}-${pkg.id}-org`,
  item: `${course.id}-${pkg.id}-item`,
  resource: `${course.id}-${pkg.id}-sco`,
});

function addFiles(resource: XMLBuilder, files: string[]): void {
  for (const f of [...files].sort()) resource.ele('file', { href: f });
}

export function buildManifest12(input: ManifestInput): string {
  validate(input);
  const { course, pkg } = input;
  const id = ids(course, pkg);
  const title = packageTitle(course, pkg);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS12.cp, 'manifest', {
    identifier: id.manifest,
    version: course.version,
    'xmlns:adlcp': NS12.adlcp,
    'xmlns:imsmd': NS12.md,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${NS12.cp} imscp_rootv1p1p2.xsd ${NS12.md} imsmd_rootv1p2p1.xsd ${NS12.adlcp} adlcp_rootv1p2.xsd`,
  });
  const meta = root.ele('metadata');
  meta.ele('schema').txt('ADL SCORM');
  meta.ele('schemaversion').txt('1.2');
  const general = meta.ele(NS12.md, 'imsmd:lom').ele('imsmd:general');
  general.ele('imsmd:title').ele('imsmd:langstring', { 'xml:lang': 'fi' }).txt(title);
  general.ele('imsmd:language').txt('fi');
  general.ele('imsmd:description').ele('imsmd:langstring', { 'xml:lang': 'fi' }).txt(course.description);
  const org = root.ele('organizations', { default: id.org }).ele('organization', { identifier: id.org });
  org.ele('title').txt(title);
  // The launch parameter tells the player which API to use should an LMS offer both.
  const item = org.ele('item', { identifier: id.item, identifierref: id.resource, isvisible: 'true', parameters: launchQuery(pkg, '1.2') });
  item.ele('title').txt(title);
  // Only a package that tracks a score has a pass mark: with one, Moodle turns the status into passed/failed.
  if (pkg.tracking === 'score') item.ele(NS12.adlcp, 'adlcp:masteryscore').txt(String(course.masteryScore));
  const resource = root.ele('resources').ele('resource', {
    identifier: id.resource,
    type: 'webcontent',
    'adlcp:scormtype': 'sco',
    href: input.launch,
  });
  addFiles(resource, input.files);
  return root.end({ prettyPrint: true });
}

export function buildManifest2004(input: ManifestInput): string {
  validate(input);
  const { course, pkg } = input;
  const id = ids(course, pkg);
  const title = packageTitle(course, pkg);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS2004.cp, 'manifest', {
    identifier: id.manifest,
    version: course.version,
    'xmlns:adlcp': NS2004.adlcp,
    'xmlns:adlseq': NS2004.adlseq,
    'xmlns:adlnav': NS2004.adlnav,
    'xmlns:imsss': NS2004.imsss,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation':
      `${NS2004.cp} imscp_v1p1.xsd ${NS2004.adlcp} adlcp_v1p3.xsd ${NS2004.adlseq} adlseq_v1p3.xsd ` +
      `${NS2004.adlnav} adlnav_v1p3.xsd ${NS2004.imsss} imsss_v1p0.xsd ${NS2004.lom} lom.xsd`,
  });
  const meta = root.ele('metadata');
  meta.ele('schema').txt('ADL SCORM');
  meta.ele('schemaversion').txt('2004 4th Edition');
  const lom = meta.ele(NS2004.lom, 'lom');
  const general = lom.ele('general');
  general.ele('title').ele('string', { language: 'fi' }).txt(title);
  general.ele('language').txt('fi');
  general.ele('description').ele('string', { language: 'fi' }).txt(course.description);
  lom.ele('lifeCycle').ele('version').ele('string', { language: 'fi' }).txt(course.version);

  const org = root.ele('organizations', { default: id.org }).ele('organization', { identifier: id.org });
  org.ele('title').txt(title);
  const item = org.ele('item', { identifier: id.item, identifierref: id.resource, isvisible: 'true', parameters: launchQuery(pkg, '2004') });
  item.ele('title').txt(title);
  // Completion: the content reports progress_measure; all lessons and scenarios done = 1.0.
  item.ele(NS2004.adlcp, 'adlcp:completionThreshold', { completedByMeasure: 'true', minProgressMeasure: '1.0' });
  const seq = item.ele(NS2004.imsss, 'imsss:sequencing');
  if (pkg.tracking === 'score') {
    // Passed when the scaled score reaches the mastery score (satisfied by measure).
    seq
      .ele('imsss:objectives')
      .ele('imsss:primaryObjective', { objectiveID: PRIMARY_OBJECTIVE, satisfiedByMeasure: 'true' })
      .ele('imsss:minNormalizedMeasure')
      .txt((course.masteryScore / 100).toFixed(2));
  }
  seq.ele('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });

  const resource = root.ele('resources').ele('resource', {
    identifier: id.resource,
    type: 'webcontent',
    'adlcp:scormType': 'sco',
    href: input.launch,
  });
  addFiles(resource, input.files);
  return root.end({ prettyPrint: true });
}

export function buildManifest(version: ScormVersion, input: ManifestInput): string {
  return version === '1.2' ? buildManifest12(input) : buildManifest2004(input);
}
