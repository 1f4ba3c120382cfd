// Finds file paths in the project's code that point outside the repository (a person who clones it
// has nothing beside it). Static and deliberately simple: relative string literals are resolved
// against the file's folder, path joins against their base, and a few absolute prefixes that only
// exist on someone's machine are refused outright. A line may opt out with the comment
// "standalone-ok" and a reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface OutsidePath {
  file: string;
  line: number;
  text: string;
  reason: string;
}

/** What is scanned: code, tests, scripts and the configs (not content, not build output). */
export const SCANNED = ['src', 'tests', 'scripts', '.ci', 'package.json', 'tsconfig.json', 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
const SKIP_DIRS = new Set(['node_modules', 'scorm-xsd']);
const CODE = /\.(ts|mts|mjs|js|astro|svelte|json|sh)$|(^|\/)run$/;

/** Absolute paths that name a particular machine's folders, and the reference material beside the repo. */
const MACHINE_PATH = /(['"`]|\s|^)(\/(?:work|home|root|Users|srv|mnt)\/[^'"`\s]*)/;
const SHARED_FOLDER = /(?:\.\.[/\\]+)+shared\b|\bshared[/\\](?:scorm-xsd|legal|guideline|moodle-lab|reviews|hooks)\b/;
const RELATIVE_LITERAL = /(['"`])(\.\.?(?:\/[^'"`\s$]*)?)\1/g;
const PATH_CALL = /\b(?:join|resolve)\(\s*([A-Za-z_$][\w$.]*)\s*((?:,\s*(?:'[^']*'|"[^"]*"))+)\s*\)/g;

function walk(root: string, entry: string, out: string[]): void {
  const path = join(root, entry);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) if (!SKIP_DIRS.has(name)) walk(root, join(entry, name), out);
  } else if (CODE.test(entry.split(sep).join('/'))) out.push(entry);
}

const escapes = (root: string, target: string) => {
  const rel = relative(root, target);
  return rel === '..' || rel.startsWith(`..${sep}`);
};

/** Scans one file's text; `file` is its path relative to the root. */
export function scanText(root: string, file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const dir = dirname(join(root, file));
  text.split('\n').forEach((line, i) => {
    if (line.includes('standalone-ok')) return;
    const add = (reason: string) => found.push({ file, line: i + 1, text: line.trim(), reason });
    if (MACHINE_PATH.test(line)) add('absoluuttinen polku, jota ei ole kloonatussa projektissa');
    if (SHARED_FOLDER.test(line)) add('viittaus projektin ulkopuoliseen shared-kansioon');
    for (const m of line.matchAll(RELATIVE_LITERAL)) {
      if (escapes(root, resolve(dir, m[2]!))) add(`suhteellinen polku "${m[2]}" osoittaa projektin ulkopuolelle`);
    }
    for (const m of line.matchAll(PATH_CALL)) {
      // A base named like the project root starts at the root, anything else at the file's folder.
      const base = /root|cwd/i.test(m[1]!) ? root : dir;
      const parts = [...m[2]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((p) => p[1] ?? p[2] ?? '');
      if (escapes(root, resolve(base, ...parts))) add(`polku ${m[0]} osoittaa projektin ulkopuolelle`);
    }
  });
  return found;
}

export function findOutsidePaths(root: string): OutsidePath[] {
  const files: string[] = [];
  for (const entry of SCANNED) walk(root, entry, files);
  return files.sort().flatMap((f) => scanText(root, f.split(sep).join('/'), readFileSync(join(root, f), 'utf8')));
}
