// Our own small search UI over Pagefind. Pagefind's index lives in <site root>/pagefind/; its URL
// comes from the page (rewritten to a relative path at build time), so search works from any sub-path.
interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  init?: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

export async function runSearch(): Promise<void> {
  const root = document.getElementById('haku');
  const form = document.getElementById('haku-lomake') as HTMLFormElement | null;
  const input = document.getElementById('haku-kentta') as HTMLInputElement | null;
  const status = document.getElementById('haku-tila');
  const list = document.getElementById('haku-tulokset');
  if (!root || !form || !input || !status || !list) return;
  const moduleUrl = new URL(root.dataset.src ?? './pagefind/pagefind.js', location.href);
  const siteRoot = new URL('../', moduleUrl);
  let pagefind: Pagefind | undefined;

  async function search(q: string) {
    list!.replaceChildren();
    if (!q.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Haetaan…';
    try {
      pagefind ??= (await import(/* @vite-ignore */ moduleUrl.href)) as Pagefind;
      await pagefind.init?.();
      const found = await pagefind.search(q);
      const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      for (const r of results) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        // Pagefind already prefixes the sub-path it was loaded from; add it only if missing.
        const path = r.url.startsWith(siteRoot.pathname) ? r.url : siteRoot.pathname + r.url.replace(/^\//, '');
        a.href = new URL(path, location.origin).href;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        // Pagefind's excerpt marks hits with <mark>; keep only that markup.
        p.innerHTML = r.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
        li.append(a, p);
        list!.append(li);
      }
      status!.textContent = results.length
        ? `${results.length} tulos${results.length === 1 ? '' : 'ta'} haulla ”${q}”.`
        : `Haulla ”${q}” ei löytynyt mitään.`;
    } catch {
      status!.textContent = 'Haku ei juuri nyt toimi. Voit selata oppitunteja ja sanastoa.';
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
