// The course integration: owns the build. Before it, the content is loaded and checked once (an
// editor's mistake stops the build with a Finnish list of problems and nothing else) and handed to
// pages as `virtual:course`. After it, in this order: the search index over the final pages, every
// URL made relative (Pagefind's too), and the SCORM packages zipped from the final files.
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CourseError, loadCourse, type CourseModel } from '../../course/index.ts';
import { relativeJsImports, relativizeDist } from './relative-build.ts';
import { allPackages, DOWNLOADS_DIR } from '../../course/packages.ts';
import { fillDownloadSizes } from './download-sizes.ts';
import { writePackages } from './scorm-package/index.ts';
import { buildSearchIndex } from './search-index.ts';
import { courseModulePlugin } from './virtual-module.ts';

export interface CourseOptions {
  /** The content folder, relative to the project root or absolute (tests point it at fixtures). */
  contentDir?: string | undefined;
  /** Where the zips go, relative to the project root. */
  packagesDir?: string;
}

/** Runs one build step; a failure stops the build as an AstroError whose hint is the step's own message. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new AstroError(what, e instanceof Error ? e.message : String(e));
  }
}

/** Prints an editor's problems as they are (Finnish, no stack trace) and stops. */
function stopOnContentError(error: unknown): never {
  if (!(error instanceof CourseError)) throw error;
  process.stderr.write(`\n${error.message}\n\n`);
  process.exit(1);
}

export default function course(options: CourseOptions = {}): AstroIntegration {
  let root = '';
  let model: CourseModel | undefined;
  const contentDir = () => resolve(root, options.contentDir ?? 'content');
  // Messages name files as content/… whatever folder the content is read from.
  const load = () => loadCourse(resolve(contentDir(), '..'), relative(resolve(contentDir(), '..'), contentDir()));
  return {
    name: 'course',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'preview') return;
        // In dev the model is read on demand, so that a mistake shows in the browser and a fix reloads.
        if (command !== 'dev') {
          try {
            model = load();
          } catch (e) {
            stopOnContentError(e);
          }
          logger.info(`sisältö kunnossa: ${model.lessons.length} oppituntia, ${model.scenarios.length} harjoitusta, ${model.references.length} lähdettä`);
        }
        updateConfig({
          vite: { plugins: [courseModulePlugin(() => model ?? load(), contentDir())], experimental: relativeJsImports },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await step('Hakuhakemiston teko epäonnistui', () => buildSearchIndex(site));
        logger.info(`hakuhakemisto: ${pages} sivua`);
        const downloads = allPackages(model!.course).map((p) => `${DOWNLOADS_DIR}/${p.file}`);
        const { files, problems } = await relativizeDist(site, downloads);
        if (problems.length)
          throw new AstroError('Suhteellinen build epäonnistui: sivulla on linkki, joka ei johda tiedostoon, tai juuriosoite', problems.join('\n'));
        logger.info(`${files} tiedoston osoitteet muutettu suhteellisiksi`);
        const written = await step('SCORM-pakettien teko epäonnistui', () => writePackages(model!, site, join(root, options.packagesDir ?? 'dist-packages')));
        for (const w of written) logger.info(`${relative(root, w.file)}: ${w.files} tiedostoa, ${(w.bytes / 1024).toFixed(0)} kt`);
        await fillDownloadSizes(site, written);
      },
    },
  };
}
