import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs before the build (code and content only), `built` after it (the built
// site in dist/ and the SCORM packages in dist-packages/). `npm test` runs them at those two points.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // No test changes globals or mocks modules, so the files of a worker can share one module
        // graph: each module (the content loader, xstate, zod) is evaluated once per worker, not per file.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'], isolate: false } },
    ],
  },
});
