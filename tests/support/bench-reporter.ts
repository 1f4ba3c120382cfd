// A Playwright reporter for `npm run bench` (src/cli/bench.ts runs the SCORM full runs with BENCH_OUT
// set; playwright.config.ts adds this reporter then). The test attaches its figures ("scorm-figures");
// this writes them to BENCH_OUT/<name>.json, so the test itself writes no files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class BenchReporter implements Reporter {
  readonly #out: string;

  constructor(options: { out: string }) {
    this.#out = options.out;
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const a of result.attachments) {
      if (a.name !== 'scorm-figures' || !a.body) continue;
      const figures = JSON.parse(a.body.toString('utf8')) as { name: string };
      mkdirSync(this.#out, { recursive: true });
      writeFileSync(join(this.#out, `${figures.name.replace(/[^a-z0-9.-]+/gi, '-')}.json`), a.body);
    }
  }
}
