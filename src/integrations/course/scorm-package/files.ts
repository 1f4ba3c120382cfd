// Decides which built files go into a SCORM package: every page the course has (all HTML but the
// LMS-side pages) and everything they reference, followed through HTML, CSS and JS imports. LMS-side
// tools (the preview with scorm-again) stay out. Pure: works on a map of file contents.
import { posix } from 'node:path';

const HTML_REFS = /\s(?:href|src|component-url|renderer-url|before-hydration-url|data-src)=["']([^"'#?]+)/g;
const CSS_REFS = /url\(["']?([^"')#?]+)/g;
// Rolldown writes dynamic imports with template literals: import(`./x.js`).
const JS_REFS = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;

/**
 * The files of a package; throws when a page that goes in links to one that stays out (the link
 * would be dead inside the LMS): such links belong in the open-site-only parts of a page.
 */
export function packageFiles(files: ReadonlyMap<string, string | undefined>, exclude: (path: string) => boolean): string[] {
  const dead: string[] = [];
  const keep = new Set<string>();
  const queue = [...files.keys()].filter((f) => f.endsWith('.html') && !exclude(f));
  // Pagefind loads its index by computed names: take its folder whole when search is shipped.
  const withSearch = () => [...files.keys()].filter((f) => f.startsWith('pagefind/'));
  while (queue.length) {
    const file = queue.pop()!;
    if (keep.has(file) || !files.has(file)) continue;
    keep.add(file);
    const text = files.get(file);
    if (text === undefined) continue; // binary
    const re = file.endsWith('.html') ? HTML_REFS : file.endsWith('.css') ? CSS_REFS : /\.m?js$/.test(file) ? JS_REFS : undefined;
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const ref = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) continue; // other origins, mailto:, data:
      const target = posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(ref)));
      if (target === 'pagefind/pagefind.js') queue.push(...withSearch());
      if (!exclude(target)) queue.push(target);
      else if (file.endsWith('.html')) dead.push(`${file} → ${target}`);
    }
  }
  if (dead.length) throw new Error(`paketin sivuilla on linkkejä sivuille, jotka eivät kuulu pakettiin:\n${dead.join('\n')}`);
  return [...keep].sort();
}
