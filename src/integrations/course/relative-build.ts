// Astro has no fully relative build (`base: './'` still yields root-absolute URLs). After the build,
// every internal URL in HTML and CSS is rewritten to a relative path that names a concrete file
// (JS chunks import each other relatively already: see `relativeJsImports`). Links that point
// nowhere and root-absolute URLs left over are returned as problems: an LMS serves the course from
// an unknown sub-path and maps no folder to index.html.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listDist } from './dist-files.ts';
import { findAbsoluteUrls, rewriteCss, rewriteHtml } from './relative-urls.ts';

/** Vite setting: JS and CSS built by Vite refer to each other relative to their own URL. */
export const relativeJsImports = {
  renderBuiltUrl: (_file: string, { hostType }: { hostType: 'js' | 'css' | 'html' }) => (hostType === 'js' || hostType === 'css' ? { relative: true } : undefined),
};

/** `later`: files a later build step writes (the zips offered for download), so links to them are valid. */
export async function relativizeDist(distDir: string, later: readonly string[] = []): Promise<{ files: number; problems: string[] }> {
  const files = listDist(distDir);
  const known = new Set([...files, ...later]);
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
