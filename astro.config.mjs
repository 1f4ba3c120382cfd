// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import course from './src/integrations/course/index.ts';

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
  // course() checks the content before the build and runs the steps after it, in order (see there).
  // COURSE_CONTENT_DIR points a build at other content (the tests use it for broken fixtures).
  integrations: [mdx(), svelte(), course({ contentDir: process.env.COURSE_CONTENT_DIR })],
});
