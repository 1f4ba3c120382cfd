// The import graph of src/: every relative import of every .ts, .astro and .svelte file, resolved to
// a file. Used to prove that imports run one way between the folders (README, "Architecture") and
// that no module imports itself through others.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|astro|svelte)$/;
// Static imports, re-exports and dynamic imports with a literal path (type-only imports count too:
// they are still a dependency of the design).
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"`]([^'"`]+)['"`]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

export function importGraph(root: string): ImportEdge[] {
  const src = join(root, 'src');
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const edges: ImportEdge[] = [];
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec.replace(/\?.*$/, ''));
      if (existsSync(target)) edges.push({ from: rel(file), to: rel(target) });
    }
  }
  return edges;
}

/** The folder under src/ a file belongs to ("course", "pages", …); top-level files count as "src". */
export const layerOf = (file: string) => {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1]! : 'src';
};

/** Cycles between files (each listed once, as the files in order). */
export function fileCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'visiting');
    stack.push(f);
    for (const t of next.get(f) ?? []) {
      if (state.get(t) === 'visiting') cycles.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...next.keys()].sort()) if (!state.has(f)) visit(f);
  return cycles;
}
