// Pure URL rewriting for a fully relative build. A page at "oppitunnit/x.html" that links to
// "/sanasto.html" gets "../sanasto.html"; "/oppitunnit/" becomes "./oppitunnit/index.html" or the
// matching ".html" file. Every internal link must end at a real file, or a problem is reported.
import { posix } from 'node:path';

/** HTML attributes that carry URLs, including Astro's island attributes. */
const URL_ATTRS = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'before-hydration-url', 'data-src'];
const ATTR_RE = new RegExp(`(\\s(?:${URL_ATTRS.join('|')})=)(["'])([^"']*)\\2`, 'g');
const SRCSET_RE = /(\ssrcset=)(["'])([^"']*)\2/g;
const CSS_URL_RE = /url\((["']?)([^"')]+)\1\)/g;

export interface RewriteResult {
  text: string;
  problems: string[];
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * Resolves `url` as written in file `from` (a dist-relative path such as "oppitunnit/x.html") to a
 * concrete file, and returns it relative to `from`'s folder.
 */
export function resolveLink(
  url: string,
  from: string,
  exists: (distPath: string) => boolean,
): { url: string } | { problem: string } | undefined {
  if (!url || EXTERNAL.test(url) || url.startsWith('data:')) return undefined;
  const m = /^([^?#]*)(.*)$/.exec(url)!;
  const pathPart = m[1]!;
  const suffix = m[2]!;
  if (!pathPart) return undefined; // "?q=x" alone: same page
  const fromDir = posix.dirname(from);
  const target = pathPart.startsWith('/') ? pathPart.slice(1) : posix.join(fromDir === '.' ? '' : fromDir, pathPart);
  const clean = posix.normalize(decodeURIComponent(target)).replace(/^\.\/?/, '');
  const candidates = clean === '' || clean.endsWith('/')
    ? [`${clean}index.html`]
    : [clean, `${clean}.html`, `${clean}/index.html`];
  const found = candidates.find((c) => !c.startsWith('..') && exists(c));
  if (!found) return { problem: `${from}: linkki "${url}" ei osu mihinkään tiedostoon` };
  let rel = posix.relative(fromDir === '.' ? '' : fromDir, found);
  if (!rel.startsWith('../')) rel = `./${rel}`;
  return { url: encodeURI(rel) + suffix };
}

function rewriteOne(url: string, from: string, exists: (p: string) => boolean, problems: string[]): string {
  const r = resolveLink(url, from, exists);
  if (!r) return url;
  if ('problem' in r) {
    problems.push(r.problem);
    return url;
  }
  return r.url;
}

export function rewriteHtml(html: string, from: string, exists: (p: string) => boolean): RewriteResult {
  const problems: string[] = [];
  let text = html.replace(ATTR_RE, (_all, pre: string, q: string, url: string) =>
    `${pre}${q}${rewriteOne(url, from, exists, problems)}${q}`,
  );
  text = text.replace(SRCSET_RE, (_all, pre: string, q: string, set: string) => {
    const parts = set.split(',').map((part) => {
      const [u, ...desc] = part.trim().split(/\s+/);
      return [rewriteOne(u ?? '', from, exists, problems), ...desc].join(' ');
    });
    return `${pre}${q}${parts.join(', ')}${q}`;
  });
  // Inline <style> blocks may hold url() too.
  text = text.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_a, open: string, css: string, close: string) =>
    open + rewriteCss(css, from, exists).text + close,
  );
  return { text, problems };
}

export function rewriteCss(css: string, from: string, exists: (p: string) => boolean): RewriteResult {
  const problems: string[] = [];
  const text = css.replace(CSS_URL_RE, (all, q: string, url: string) =>
    url.startsWith('/') && !url.startsWith('//') ? `url(${q}${rewriteOne(url, from, exists, problems)}${q})` : all,
  );
  return { text, problems };
}

/** Finds root-absolute URLs that survived (they would break when served from a sub-path). */
export function findAbsoluteUrls(text: string, kind: 'html' | 'css' | 'js'): string[] {
  const found: string[] = [];
  if (kind === 'html') {
    for (const m of text.matchAll(new RegExp(`\\s(?:${URL_ATTRS.join('|')}|srcset)=["'](/(?!/)[^"']*)`, 'g'))) found.push(m[1]!);
  }
  if (kind === 'html' || kind === 'css') {
    for (const m of text.matchAll(/url\(["']?(\/(?!\/)[^"')]*)/g)) found.push(m[1]!);
  }
  if (kind === 'js') {
    for (const m of text.matchAll(/["'`](\/_astro\/[^"'`]*)/g)) found.push(m[1]!);
  }
  return found;
}
