// Astro has no fully relative build (`base: './'` still yields root-absolute URLs). This integration
// makes Vite emit relative imports between JS files and, after the build, rewrites every internal
// URL in HTML and CSS to a relative path that names a concrete file. It fails the build if a link
// points nowhere or if a root-absolute URL is left, because an LMS serves the course from an
// unknown sub-path and maps no folder to index.html.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAbsoluteUrls, rewriteCss, rewriteHtml } from './rewrite.ts';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

export async function relativizeDist(distDir: string): Promise<{ files: number; problems: string[] }> {
  const files = await listFiles(distDir);
  const known = new Set(files);
  const exists = (p: string) => known.has(p);
  const problems: string[] = [];
  let changed = 0;
  for (const file of files) {
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : /\.m?js$/.test(file) ? 'js' : undefined;
    if (!kind) continue;
    const path = join(distDir, file);
    const before = await readFile(path, 'utf8');
    let text = before;
    if (kind !== 'js') {
      const result = kind === 'html' ? rewriteHtml(before, file, exists) : rewriteCss(before, file, exists);
      problems.push(...result.problems);
      text = result.text;
    }
    for (const url of findAbsoluteUrls(text, kind)) problems.push(`${file}: juuriosoite "${url}" jäi suhteellistamatta`);
    if (text !== before) {
      await writeFile(path, text);
      changed++;
    }
  }
  return { files: changed, problems };
}

export default function relativeBuild(): AstroIntegration {
  return {
    name: 'relative-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            experimental: {
              // JS chunks import each other relative to their own URL, so they work from any sub-path.
              renderBuiltUrl: (_file: string, { hostType }: { hostType: 'js' | 'css' | 'html' }) =>
                hostType === 'js' || hostType === 'css' ? { relative: true } : undefined,
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, problems } = await relativizeDist(fileURLToPath(dir));
        if (problems.length) throw new Error(`Suhteellinen build epäonnistui:\n  - ${problems.join('\n  - ')}`);
        logger.info(`${files} tiedoston osoitteet muutettu suhteellisiksi`);
      },
    },
  };
}
