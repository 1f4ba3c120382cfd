// Builds the Pagefind search index over the final pages. Finnish stemming follows <html lang="fi">.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Returns the number of pages indexed; throws with Pagefind's own messages on failure. */
export async function buildSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made UIs; we ship our own small one (src/search/search-ui.ts).
    const out = join(site, 'pagefind');
    for (const f of await readdir(out)) if (/ui\.(js|css)$|highlight\.js$/.test(f)) await rm(join(out, f));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
