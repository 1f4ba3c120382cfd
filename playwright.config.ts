import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download a browser on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4399);
/** The built site is served from a nested path, as an LMS would, by a server that maps no folder to index.html. */
export const E2E_BASE = '/a/b/c/';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/unzip-packages.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [
    [process.env.CI ? 'line' : 'list'],
    // `npm run bench` reads the SCORM full runs' figures from here (see tests/support/bench-reporter.ts).
    ...(process.env.BENCH_OUT ? [['./tests/support/bench-reporter.ts', { out: process.env.BENCH_OUT }] as [string, unknown]] : []),
  ],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // Every page once, in shards (they also record each page's links) …
    { name: 'pages', testMatch: 'pages.spec.ts' },
    // … then the crawl over those links, from the front page.
    { name: 'crawl', testMatch: 'crawl.spec.ts', dependencies: ['pages'] },
    // Everything else (scenarios, SCORM, search, security, keyboard) runs alongside the pages.
    { name: 'browser', testIgnore: ['pages.spec.ts', 'crawl.spec.ts'] },
  ],
  webServer: {
    // The unzipped SCORM packages are served beside the site, under /lms/ (see tests/support/unzip-packages.ts).
    command: `node src/cli/serve.ts --dir dist --port ${E2E_PORT} --base ${E2E_BASE} --mount /lms/=.test-packages`,
    url: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
