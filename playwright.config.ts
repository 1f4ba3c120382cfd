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
  // CI (a fresh 2-core machine, two Chromiums running axe side by side) retries a failed test once.
  // A test that passes only then is reported as flaky, with its first failure in the digest below.
  retries: process.env.CI ? 1 : 0,
  reporter: [
    // The list prints each failure's details after the run, above the summary (not where it happened) …
    ['list'],
    // … and the digest repeats every failed attempt in a few lines at the very end: CI keeps only the tail.
    ['./tests/support/failure-digest.ts'],
    // `npm run bench` reads the SCORM full runs' figures from here (see tests/support/bench-reporter.ts).
    ...(process.env.BENCH_OUT ? [['./tests/support/bench-reporter.ts', { out: process.env.BENCH_OUT }] as [string, unknown]] : []),
  ],
  timeout: 60_000,
  // How long a web-first assertion waits for the page to get there (hydration, a saved state): a
  // limit on waiting, not a timing requirement. 5 s, Playwright's default, is tight on a busy CI machine.
  expect: { timeout: 10_000 },
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
