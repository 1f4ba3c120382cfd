// Writes the SCORM packages (each audience's package, in each version) to dist-packages/ and offers
// them for download in the site (paketit/, linked from the HR guide). A package holds only what a
// learner needs: the pages HR, admins and reviewers use stay out, and the open site's header and
// footer are cut from its pages (the player has its own bar). Any problem throws and fails the build.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CourseModel } from '../../../course/index.ts';
import { allPackages, DOWNLOADS_DIR, type ScormVersion } from '../../../course/packages.ts';
import type { PackageSpec } from '../../../schemas/course.ts';
import { listDist } from '../dist-files.ts';
import { packageFiles } from './files.ts';
import { buildManifest } from './manifest.ts';
import { deterministicZip } from './zip.ts';

export const LAUNCH_PAGE = 'player.html';

/** Pages for HR, LMS admins and content reviewers: on the open site only, never in a package. */
export const NOT_FOR_LEARNERS = ['hr-opas.html', 'lms-esikatselu.html', 'paatoskartat.html', 'kouluttajalle.html', '404.html'];
/** Folders for the same people: the seminar's presenter pages and the zips offered to HR. */
const NOT_FOR_LEARNERS_DIRS = ['esitys/', `${DOWNLOADS_DIR}/`];
const notForLearners = (path: string) => NOT_FOR_LEARNERS.includes(path) || NOT_FOR_LEARNERS_DIRS.some((d) => path.startsWith(d));

/** Open-site parts of a page (header, footer, links to reviewer pages) are marked with these comments. */
const OPEN_SITE_ONLY = /<!--avoin-sivusto-->[\s\S]*?<!--\/avoin-sivusto-->/g;
/** A page as it goes into a package: without the parts only the open site has. */
export const forPackage = (html: string) => html.replace(OPEN_SITE_ONLY, '');

const TEXT = /\.(html|css|m?js|json|svg|txt|xml)$/;

export interface WrittenPackage {
  pkg: PackageSpec;
  version: ScormVersion;
  file: string;
  bytes: number;
  files: number;
}

export async function writePackages(model: CourseModel, distDir: string, outDir: string): Promise<WrittenPackage[]> {
  const raw = new Map<string, Uint8Array>();
  const texts = new Map<string, string | undefined>();
  for (const p of listDist(distDir)) {
    let bytes = new Uint8Array(await readFile(join(distDir, p)));
    if (p.endsWith('.html')) bytes = new TextEncoder().encode(forPackage(new TextDecoder().decode(bytes)));
    raw.set(p, bytes);
    texts.set(p, TEXT.test(p) ? new TextDecoder().decode(bytes) : undefined);
  }
  const files = packageFiles(texts, notForLearners);
  if (!files.includes(LAUNCH_PAGE)) throw new Error(`SCORM-paketti: käynnistyssivu ${LAUNCH_PAGE} puuttuu buildista`);
  await mkdir(outDir, { recursive: true });
  // Zips of an earlier version or audience would be mistaken for this build's.
  for (const f of await readdir(outDir)) if (f.endsWith('.zip')) await rm(join(outDir, f));
  await mkdir(join(distDir, DOWNLOADS_DIR), { recursive: true });
  const written: WrittenPackage[] = [];
  for (const { pkg, version, file: name } of allPackages(model.course)) {
    const zipFiles = new Map(files.map((f) => [f, raw.get(f)!]));
    zipFiles.set('imsmanifest.xml', new TextEncoder().encode(buildManifest(version, { course: model.course, pkg, launch: LAUNCH_PAGE, files })));
    const zip = deterministicZip(zipFiles);
    const file = join(outDir, name);
    await writeFile(file, zip);
    // The HR guide offers the same zip for download.
    await copyFile(file, join(distDir, DOWNLOADS_DIR, name));
    written.push({ pkg, version, file, bytes: zip.length, files: zipFiles.size });
  }
  return written;
}
