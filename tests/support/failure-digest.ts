// A Playwright reporter that prints, as the very last lines of a run, one short entry per failed
// attempt: the test, the attempt, and the first lines of each error. CI keeps only the tail of a
// run's output, and the other reporters print a failure's details where it happened (or above a
// long summary), so without this a failure in CI could be seen but not read. Attempts that failed
// and then passed on CI's one retry are listed too, marked as such: a flaky test is never silent.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const LINES_PER_ERROR = 8;
const CHARS_PER_LINE = 300;
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first lines of an error message, without colours, each cut to a readable length. */
export function errorDigest(message: string): string[] {
  return message
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .slice(0, LINES_PER_ERROR)
    .map((l) => (l.length > CHARS_PER_LINE ? `${l.slice(0, CHARS_PER_LINE)}…` : l));
}

export default class FailureDigest implements Reporter {
  #failed: { test: TestCase; result: TestResult }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'failed' || result.status === 'timedOut') this.#failed.push({ test, result });
  }

  onEnd(_result: FullResult): void {
    if (this.#failed.length === 0) return;
    const out = ['', `Failed attempts (${this.#failed.length}), in short:`];
    for (const { test, result } of this.#failed) {
      const outcome = test.outcome() === 'flaky' ? 'passed on retry' : 'failed';
      out.push(`✗ ${test.titlePath().filter(Boolean).join(' › ')} (attempt ${result.retry + 1}, ${result.status}; the test ${outcome})`);
      for (const error of result.errors) for (const line of errorDigest(error.message ?? error.value ?? '')) out.push(`    ${line}`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
