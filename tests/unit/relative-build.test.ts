import { describe, expect, it } from 'vitest';
import { findAbsoluteUrls, resolveLink, rewriteCss, rewriteHtml } from '../../src/integrations/course/relative-urls.ts';

const files = new Set(['index.html', 'sanasto.html', 'oppitunnit.html', 'oppitunnit/a.html', 'oppitunnit/index.html', '_astro/x.js', '_astro/s.css', 'img/k.png']);
const exists = (p: string) => files.has(p);

describe('relative build', () => {
  it('rewrites root-absolute links from a nested page', () => {
    const { text, problems } = rewriteHtml('<a href="/sanasto.html#x">s</a><script type="module" src="/_astro/x.js"></script>', 'oppitunnit/a.html', exists);
    expect(problems).toEqual([]);
    expect(text).toBe('<a href="../sanasto.html#x">s</a><script type="module" src="../_astro/x.js"></script>');
  });

  it('points folder and extensionless links at concrete files', () => {
    expect(resolveLink('/', 'oppitunnit/a.html', exists)).toEqual({ url: '../index.html' });
    expect(resolveLink('/oppitunnit/', 'index.html', exists)).toEqual({ url: './oppitunnit/index.html' });
    expect(resolveLink('/sanasto', 'index.html', exists)).toEqual({ url: './sanasto.html' });
  });

  it('prefixes same-folder URLs with ./ so that import() treats them as relative', () => {
    const { text } = rewriteHtml('<astro-island component-url="/_astro/x.js" renderer-url="/_astro/x.js">', 'index.html', exists);
    expect(text).toContain('component-url="./_astro/x.js"');
    expect(text).toContain('renderer-url="./_astro/x.js"');
  });

  it('rewrites srcset and CSS url()', () => {
    expect(rewriteHtml('<img srcset="/img/k.png 1x, /img/k.png 2x">', 'oppitunnit/a.html', exists).text).toBe(
      '<img srcset="../img/k.png 1x, ../img/k.png 2x">',
    );
    expect(rewriteCss('a{background:url(/img/k.png)}', '_astro/s.css', exists).text).toBe('a{background:url(../img/k.png)}');
  });

  it('leaves external, mailto and in-page links alone', () => {
    const html = '<a href="https://example.org/">e</a><a href="mailto:a@b.fi">m</a><a href="#x">x</a>';
    expect(rewriteHtml(html, 'index.html', exists)).toEqual({ text: html, problems: [] });
  });

  it('reports links that point nowhere, also relative ones', () => {
    expect(rewriteHtml('<a href="/puuttuu.html">x</a>', 'index.html', exists).problems[0]).toMatch(/puuttuu\.html/);
    expect(rewriteHtml('<a href="../ei.html">x</a>', 'oppitunnit/a.html', exists).problems[0]).toMatch(/ei\.html/);
  });

  it('finds root-absolute URLs that were left behind', () => {
    expect(findAbsoluteUrls('<link href="/_astro/s.css">', 'html')).toEqual(['/_astro/s.css']);
    expect(findAbsoluteUrls('<a href="//cdn.example/x">', 'html')).toEqual([]);
    expect(findAbsoluteUrls('import("/_astro/x.js")', 'js')).toEqual(['/_astro/x.js']);
  });
});
