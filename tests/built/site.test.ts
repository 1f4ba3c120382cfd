// File-only checks of the built site (dist/), run after `astro build`: what a browser is not needed for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/dist.ts';

const pages = builtPages();
const html = new Map(pages.map((p) => [p, readFileSync(join(DIST, p), 'utf8')]));

describe('the built site', () => {
  it('has all eight lessons', () => {
    expect(pages.filter((p) => p.startsWith('oppitunnit/'))).toHaveLength(8);
  });

  it.each(pages)('%s declares a strict CSP and a referrer policy, with no inline event handlers', (p) => {
    const text = html.get(p)!;
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(text)?.[1];
    expect(csp, p).toBeDefined();
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) expect(csp, `${p}: ${d}`).toContain(d);
    const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
    expect(scriptSrc, p).not.toContain('unsafe-inline');
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), p).toBe(p === 'haku.html');
    expect(text, p).toContain('<meta name="referrer" content="no-referrer"');
    expect(text.match(/<[^>]+\son[a-z]+\s*=/g), p).toBeNull();
    // The policy must come before anything it governs.
    expect(text.indexOf('content-security-policy'), p).toBeLessThan(text.search(/<script|<link rel="stylesheet"|<style/));
  });

  it('embeds the player data so that no text can end its script element', () => {
    const player = html.get('player.html')!;
    const json = /<script type="application\/json" id="kurssi-data">([\s\S]*?)<\/script>/.exec(player)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json).packages.length).toBeGreaterThan(0);
  });

  it('keeps reviewer pages out of the search index', () => {
    for (const p of ['hr-opas.html', 'lms-esikatselu.html', 'paatoskartat.html', 'kouluttajalle.html']) expect(html.get(p), p).not.toContain('data-pagefind-body');
  });

  it('ships no JavaScript on pages without an island', () => {
    // Code runs only in islands (scenarios, presenter mode), on the three tool pages (search, the SCORM player,
    // the LMS preview) and on the four pages that show the learner's progress on the open site.
    const TOOL_PAGES = ['haku.html', 'lms-esikatselu.html', 'player.html'];
    const PROGRESS_PAGES = ['index.html', 'oppitunnit.html', 'harjoitukset.html', 'kertaus.html'];
    const plain = pages.filter((p) => ![...TOOL_PAGES, ...PROGRESS_PAGES].includes(p) && !html.get(p)!.includes('<astro-island'));
    expect(plain.filter((p) => /<script\b|modulepreload/.test(html.get(p)!))).toEqual([]);
    // The progress pages load one small module and nothing inline.
    for (const p of PROGRESS_PAGES) {
      const scripts = html.get(p)!.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, p).toBe(1);
      expect(scripts[0], p).toMatch(/type="module" src="\.\/_astro\/CourseProgress[^"]*\.js"/);
    }
    // A lesson without a scenario is plain, e.g. the first one.
    expect(plain).toContain('oppitunnit/ohje-ja-sina.html');
  });

  it('gives every lesson its reading bar in CSS alone', () => {
    const lessons = pages.filter((p) => p.startsWith('oppitunnit/'));
    expect(lessons.filter((p) => !html.get(p)!.includes('class="reading-progress"'))).toEqual([]);
  });
});
