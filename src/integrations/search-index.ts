// Builds the Pagefind search index after the pages are final. Finnish stemming follows <html lang="fi">.
import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its ready-made UIs; we ship our own small one (lib/search-ui.ts).
        const out = join(site, 'pagefind');
        for (const f of await readdir(out)) if (/ui\.(js|css)$|highlight\.js$/.test(f)) await rm(join(out, f));
        logger.info(`hakuhakemisto: ${added.page_count} sivua`);
      },
    },
  };
}
