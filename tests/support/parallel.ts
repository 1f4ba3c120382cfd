// Runs shell commands at the same time and fails if any of them fails (used by `npm test` for the type
// check and the unit tests, which need nothing from each other). Output stays readable: it comes in
// the order the commands are given; the first streams as it runs, the others are held back until
// the ones before them have finished, then printed (and streamed from then on). Each ends with a
// line that names it, says whether it passed and how long it took.
//   node tests/support/parallel.ts "vitest run --project unit" "astro check"
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('käyttö: node tests/support/parallel.ts "komento 1" "komento 2" …');
  process.exit(2);
}

interface Job {
  command: string;
  held: Buffer[];
  live: boolean;
  done: Promise<{ code: number; seconds: number }>;
}

// Child output is piped, so tell colour-aware tools to keep their colours when we are on a terminal.
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' } : process.env;

const jobs: Job[] = commands.map((command) => {
  const started = performance.now();
  const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const job: Job = { command, held: [], live: false, done: Promise.resolve({ code: 0, seconds: 0 }) };
  const take = (chunk: Buffer) => (job.live ? process.stdout.write(chunk) : job.held.push(chunk));
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  job.done = new Promise((resolve) => {
    child.on('error', (e) => {
      job.held.push(Buffer.from(`${e.message}\n`));
      resolve({ code: 1, seconds: (performance.now() - started) / 1000 });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000 }));
  });
  return job;
});

let failed = 0;
for (const job of jobs) {
  process.stdout.write(`\n▶ ${job.command}\n`);
  for (const chunk of job.held.splice(0)) process.stdout.write(chunk);
  job.live = true;
  const { code, seconds } = await job.done;
  for (const chunk of job.held.splice(0)) process.stdout.write(chunk);
  if (code !== 0) failed++;
  process.stdout.write(`${code === 0 ? '✔' : '✘'} ${job.command}: ${code === 0 ? 'ok' : `epäonnistui (koodi ${code})`}, ${seconds.toFixed(1)} s\n`);
}
process.exit(failed > 0 ? 1 : 0);
