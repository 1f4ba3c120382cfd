// After the build: writes <course-id>-<version>-scorm12.zip and -scorm2004.zip to dist-packages/,
// each with imsmanifest.xml at the root and the course's files. Any problem fails the build.
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCheckedContent } from '../../content-check/index.ts';
import { packageFiles } from './files.ts';
import { buildManifest, type ScormVersion } from './manifest.ts';
import { deterministicZip } from './zip.ts';

export const LAUNCH_PAGE = 'player.html';
/** The LMS preview runs scorm-again as the LMS: it has no place inside a package. (The HR guide stays: it is linked from every page.) */
export const LMS_SIDE = (path: string) => path === 'lms-esikatselu.html';

const TEXT = /\.(html|css|m?js|json|svg|txt|xml)$/;

export async function buildPackages(root: string, distDir: string, outDir: string): Promise<{ file: string; bytes: number; files: number }[]> {
  const content = loadCheckedContent(root);
  const course = content.course!;
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'));
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
  const written = [];
  for (const [version, suffix] of [['1.2', 'scorm12'], ['2004', 'scorm2004']] as [ScormVersion, string][]) {
    const manifest = buildManifest(version, { course, launch: LAUNCH_PAGE, files });
    const zipFiles = new Map(files.map((f) => [f, raw.get(f)!]));
    zipFiles.set('imsmanifest.xml', new TextEncoder().encode(manifest));
    const zip = deterministicZip(zipFiles);
    const file = join(outDir, `${course.id}-${course.version}-${suffix}.zip`);
    await writeFile(file, zip);
    written.push({ file, bytes: zip.length, files: zipFiles.size });
  }
  return written;
}

export default function scormPackage(): AstroIntegration {
  let root = '';
  return {
    name: 'scorm-package',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await buildPackages(root, fileURLToPath(dir), join(root, 'dist-packages'));
        for (const w of written) logger.info(`${relative(root, w.file)}: ${w.files} tiedostoa, ${(w.bytes / 1024).toFixed(0)} kt`);
      },
    },
  };
}
