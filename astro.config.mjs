// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import contentCheck from './src/integrations/content-check.ts';
import relativeBuild from './src/integrations/relative-build/index.ts';
import searchIndex from './src/integrations/search-index.ts';
import scormPackage from './src/integrations/scorm-package/index.ts';

export default defineConfig({
  // Pages become concrete files (oppitunnit/x.html): an LMS maps no folder to index.html.
  build: { format: 'file', inlineStylesheets: 'never' },
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page (a meta tag, so it also holds inside an LMS frame).
  // Astro adds the hashes of the few scripts and styles it inlines (island bootstrap); no 'unsafe-inline'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  prefetch: false,
  // No code blocks in the course; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Scripts stay external files (no inline code), which a strict Content-Security-Policy needs.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return; // every MDX file triggers this harmless note
          warn(warning);
        },
      },
    },
  },
  // Order matters: the search index is built first, then every URL (Pagefind's too) is made relative,
  // then the SCORM packages are zipped from the final files.
  integrations: [contentCheck(), mdx(), svelte(), searchIndex(), relativeBuild(), scormPackage()],
});
