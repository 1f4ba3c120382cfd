// npm run bench: build time, page weights, SCORM package sizes, saved-state size, LMS calls in one
// scripted full run, and Lighthouse (mobile) on three pages. Prints a table, writes
// bench/results.json, and exits non-zero when a budget is missed. Timing is measured here only,
// never asserted in tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../course/index.ts';
import { SCORM12_SUSPEND_LIMIT } from '../course/state-codec.ts';
import { listDist } from '../integrations/course/dist-files.ts';
import { islandWeight, jsClosure, fileSize, pageWeight, type PageWeight } from './bench/weights.ts';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { startServer } from './serve.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench');
const KB = 1024;

const BUDGETS = {
  lessonWithoutIslandJs: 0,
  scenarioPageJsGzip: 30 * KB,
  pageTotalGzip: 100 * KB,
  zipBytes: 1.5 * KB * KB,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 },
  buildSeconds: 30,
};

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

function build(): number {
  const start = performance.now();
  const r = spawnSync(bin('astro'), ['build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stderr}`);
  return (performance.now() - start) / 1000;
}

function distFiles(): Map<string, Uint8Array> {
  return new Map(listDist(DIST).map((f) => [f, readFileSync(join(DIST, f))]));
}

const kb = (n: number) => `${(n / KB).toFixed(1)} kt`;

async function main() {
  const skipLighthouse = process.argv.includes('--no-lighthouse');
  const times = [build(), build(), build()].sort((a, b) => a - b);
  const buildSeconds = times[1]!;

  const files = distFiles();
  const pages = [...files.keys()].filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).sort();
  const weights: PageWeight[] = pages.map((p) => pageWeight(files, p));
  const heaviest = [...weights].sort((a, b) => b.total.gzip - a.total.gzip)[0]!;
  const islands = [...new Set(weights.flatMap((w) => w.islands))].map((url) => ({ url, js: islandWeight(files, url) }));
  // Code the scenario island loads on the learner's first choice (the XState machine).
  const deferred = [...files.keys()].filter((f) => /^_astro\/scenario-machine\.[^/]+\.js$/.test(f));
  const deferredJs = deferred.flatMap((f) => jsClosure(files, f)).reduce((s, f) => s + fileSize(files, f).gzip, 0);

  const zips = readdirSync(join(ROOT, 'dist-packages'))
    .filter((f) => f.endsWith('.zip'))
    .map((f) => ({ file: f, bytes: statSync(join(ROOT, 'dist-packages', f)).size }));
  const worstCase = loadCourse(ROOT).figures.worstCaseSavedState;

  // The scripted full runs (the e2e keyboard runs under scorm-again, recording their figures): every
  // package and version at normal speed, then the staff 1.2 run again with every commit taking 3 s
  // (a slow LMS: a real commit is a synchronous request that blocks the tab).
  type LmsFigures = { name: string; version: string; package: string; apiCalls: number; commits: number; counts: Record<string, number>; suspendDataLength: number; blocked: { longest: number; total: number }; slowMs: number };
  const benchTmp = join(OUT, 'tmp');
  const runFullRuns = (grep: string, env: Record<string, string>) => {
    rmSync(benchTmp, { recursive: true, force: true });
    const run = spawnSync(bin('playwright'), ['test', 'tests/e2e/scorm.spec.ts', '-g', grep], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, BENCH_OUT: benchTmp, ...env } });
    if (run.status !== 0) throw new Error(`scripted LMS run failed:\n${run.stdout}`);
    return readdirSync(benchTmp).map((f) => JSON.parse(readFileSync(join(benchTmp, f), 'utf8')) as LmsFigures).sort((a, b) => a.name.localeCompare(b.name));
  };
  const lms = runFullRuns('completes the whole course', {});
  const slowLms = runFullRuns('henkilosto SCORM 1.2 .*completes the whole course', { SLOW_LMS_MS: '3000' });

  let lighthouse: LighthouseResult[] = [];
  if (!skipLighthouse) {
    const port = 4455;
    const server = await startServer({ dir: DIST, port, base: '/kurssi/', host: '127.0.0.1' });
    try {
      for (const page of ['index.html', 'oppitunnit/ohje-ja-sina.html', 'harjoitukset/toimittaja-soittaa.html'])
        lighthouse.push(await runLighthouse(`http://127.0.0.1:${port}/kurssi/${page}`, page));
    } finally {
      server.close();
    }
  }

  // Budgets
  const misses: string[] = [];
  const lessonPlain = weights.filter((w) => w.page.startsWith('oppitunnit/') && w.islands.length === 0);
  for (const w of lessonPlain) if (w.js.raw > BUDGETS.lessonWithoutIslandJs) misses.push(`${w.page}: ${w.js.raw} B JavaScript (budjetti 0)`);
  for (const w of weights.filter((x) => x.page.startsWith('harjoitukset/')))
    if (w.js.gzip > BUDGETS.scenarioPageJsGzip) misses.push(`${w.page}: JavaScript ${kb(w.js.gzip)} gzip (budjetti ${kb(BUDGETS.scenarioPageJsGzip)})`);
  for (const w of weights) if (w.total.gzip > BUDGETS.pageTotalGzip) misses.push(`${w.page}: yhteensä ${kb(w.total.gzip)} gzip (budjetti ${kb(BUDGETS.pageTotalGzip)})`);
  for (const z of zips) if (z.bytes > BUDGETS.zipBytes) misses.push(`${z.file}: ${kb(z.bytes)} (budjetti 1,5 Mt)`);
  for (const l of lighthouse)
    for (const [cat, min] of Object.entries(BUDGETS.lighthouse))
      if ((l.scores[cat] ?? 0) < min) misses.push(`Lighthouse ${l.page}: ${cat} ${l.scores[cat]} (budjetti ≥ ${min})`);
  if (buildSeconds > BUDGETS.buildSeconds) misses.push(`build ${buildSeconds.toFixed(1)} s (budjetti ${BUDGETS.buildSeconds} s)`);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    buildSeconds: { median: Number(buildSeconds.toFixed(2)), runs: times.map((t) => Number(t.toFixed(2))) },
    pages: weights.map((w) => ({ page: w.page, html: w.html, css: w.css, js: w.js, total: w.total })),
    heaviestPage: { page: heaviest.page, totalGzip: heaviest.total.gzip },
    islands: islands.map((i) => ({ component: i.url, jsGzip: i.js.gzip, jsRaw: i.js.raw })),
    scenarioMachineLoadedOnFirstChoiceGzip: deferredJs,
    zips,
    worstCaseSavedStateCharacters: worstCase,
    lmsFullRun: lms,
    slowLmsFullRun: slowLms,
    lighthouse,
    budgets: BUDGETS,
    missed: misses,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  rmSync(benchTmp, { recursive: true, force: true });

  const row = (cells: (string | number)[]) => console.log(cells.map(String).join(' | '));
  console.log(`\nBuild: mediaani ${buildSeconds.toFixed(1)} s (${times.map((t) => t.toFixed(1)).join(', ')})\n`);
  row(['sivu', 'HTML gzip', 'CSS gzip', 'JS gzip', 'yhteensä gzip', 'JS raw']);
  for (const w of weights) row([w.page, kb(w.html.gzip), kb(w.css.gzip), kb(w.js.gzip), kb(w.total.gzip), kb(w.js.raw)]);
  console.log(`\nRaskain sivu: ${heaviest.page} ${kb(heaviest.total.gzip)} gzip`);
  for (const i of islands) console.log(`Saareke ${i.url}: ${kb(i.js.gzip)} gzip (${kb(i.js.raw)} raw); kone ladataan ensimmäisestä valinnasta: ${kb(deferredJs)} gzip`);
  for (const z of zips) console.log(`${z.file}: ${kb(z.bytes)}`);
  console.log(`Suurin tallennettu tila: ${worstCase} merkkiä (raja ${SCORM12_SUSPEND_LIMIT})`);
  for (const l of lms) console.log(`${l.name}: ${l.apiCalls} API-kutsua, ${l.commits} commitia, suspend_data ${l.suspendDataLength} merkkiä`);
  for (const l of slowLms)
    console.log(`${l.name}, jokainen commit ${l.slowMs / 1000} s: ${l.commits} commitia, pisin jäätyminen ${(l.blocked.longest / 1000).toFixed(1)} s, yhteensä ${(l.blocked.total / 1000).toFixed(1)} s`);
  for (const l of lighthouse)
    console.log(`Lighthouse ${l.page}: ${Object.entries(l.scores).map(([k, v]) => `${k} ${v}`).join(', ')}; LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms, CLS ${l.cls}`);
  if (misses.length) {
    console.log(`\nBUDJETIT YLITTYIVÄT:\n  - ${misses.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('\nKaikki budjetit alittuvat.');
}

await main();
