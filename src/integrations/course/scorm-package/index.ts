// Writes the SCORM packages (one per version) to dist-packages/: imsmanifest.xml at the zip root and
// the course's files, taken from the final build. Any problem throws and fails the build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CourseModel } from '../../../course/index.ts';
import { packageFileName, SCORM_VERSIONS } from '../../../course/packages.ts';
import { listDist } from '../dist-files.ts';
import { packageFiles } from './files.ts';
import { buildManifest } from './manifest.ts';
import { deterministicZip } from './zip.ts';

export const LAUNCH_PAGE = 'player.html';
/** LMS-side pages (the preview runs scorm-again as the LMS) never go into a package. */
export const LMS_SIDE = (path: string) => path === 'lms-esikatselu.html';

const TEXT = /\.(html|css|m?js|json|svg|txt|xml)$/;

export interface WrittenPackage {
  file: string;
  bytes: number;
  files: number;
}

export async function writePackages(model: CourseModel, distDir: string, outDir: string): Promise<WrittenPackage[]> {
  const paths = listDist(distDir);
  const raw = new Map<string, Uint8Array>();
  const texts = new Map<string, string | undefined>();
  for (const p of paths) {
    const bytes = new Uint8Array(await readFile(join(distDir, p)));
    raw.set(p, bytes);
    texts.set(p, TEXT.test(p) ? new TextDecoder().decode(bytes) : undefined);
  }
  const files = packageFiles(texts, LMS_SIDE);
  if (!files.includes(LAUNCH_PAGE)) throw new Error(`SCORM-paketti: käynnistyssivu ${LAUNCH_PAGE} puuttuu buildista`);
  await mkdir(outDir, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const version of SCORM_VERSIONS) {
    const zipFiles = new Map(files.map((f) => [f, raw.get(f)!]));
    zipFiles.set('imsmanifest.xml', new TextEncoder().encode(buildManifest(version, { course: model.course, launch: LAUNCH_PAGE, files })));
    const zip = deterministicZip(zipFiles);
    const file = join(outDir, packageFileName(model.course, version));
    await writeFile(file, zip);
    written.push({ file, bytes: zip.length, files: zipFiles.size });
  }
  return written;
}
