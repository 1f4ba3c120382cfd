// Our own small search UI over Pagefind. Pagefind's index lives in <site root>/pagefind/; its URL
// comes from the page (rewritten to a relative path at build time), so search works from any sub-path.
// Results are shown by type (lessons first, see rank.ts), each with its type, title and excerpt.
import { searchUi } from '../strings/fi.ts';
import { rankResults, resultType } from './rank.ts';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  init?: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

/** At most this many results are shown (the course has about 30 pages). */
const SHOWN = 20;

export async function runSearch(): Promise<void> {
  const root = document.getElementById('haku');
  const form = document.getElementById('haku-lomake') as HTMLFormElement | null;
  const input = document.getElementById('haku-kentta') as HTMLInputElement | null;
  const status = document.getElementById('haku-tila');
  const hint = document.getElementById('haku-vihje');
  const list = document.getElementById('haku-tulokset');
  if (!root || !form || !input || !status || !list) return;
  const moduleUrl = new URL(root.dataset['src'] ?? './pagefind/pagefind.js', location.href);
  const siteRoot = new URL('../', moduleUrl);
  let pagefind: Pagefind | undefined;

  async function search(q: string) {
    list!.replaceChildren();
    if (hint) hint.hidden = true;
    if (!q.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = searchUi.searching;
    try {
      pagefind ??= (await import(/* @vite-ignore */ moduleUrl.href)) as Pagefind;
      await pagefind.init?.();
      const found = await pagefind.search(q);
      const data = await Promise.all(found.results.map((r) => r.data()));
      const results = rankResults(
        data.map((r) => {
          // Pagefind already prefixes the sub-path it was loaded from; add it only if missing.
          const href = r.url.startsWith(siteRoot.pathname) ? r.url : siteRoot.pathname + r.url.replace(/^\//, '');
          return { ...r, href, path: decodeURIComponent(href.slice(siteRoot.pathname.length)) };
        }),
      ).slice(0, SHOWN);
      for (const r of results) {
        const li = document.createElement('li');
        const type = document.createElement('span');
        type.className = 'result-type';
        type.textContent = searchUi.type[resultType(r.path)];
        const a = document.createElement('a');
        a.href = new URL(r.href, location.origin).href;
        a.textContent = r.meta.title ?? r.path;
        const p = document.createElement('p');
        // Pagefind's excerpt marks hits with <mark>; keep only that markup.
        p.innerHTML = r.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
        li.append(type, a, p);
        list!.append(li);
      }
      status!.textContent = results.length ? searchUi.found(results.length, q) : searchUi.none(q);
      if (hint) hint.hidden = results.length > 0;
    } catch {
      status!.textContent = searchUi.failed;
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value;
    history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
    void search(q);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void search(initial);
}
