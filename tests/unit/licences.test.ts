// Keeps the README's dependency and licence table honest, and stops a copyleft licence from
// slipping into the production tree through an update.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

interface PackageJson { dependencies: Record<string, string>; devDependencies: Record<string, string> }
interface LockEntry { version?: string; license?: string; dev?: boolean }

const pkg = readJson('package.json') as PackageJson;
const lock = readJson('package-lock.json') as { packages: Record<string, LockEntry> };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Permissive licences, plus MPL-2.0 (file-level copyleft, build-time CSS tooling only). */
const ALLOWED = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Python-2.0', 'MPL-2.0']);
/** LGPL is accepted only for libvips, the native image library sharp loads at build time. */
const LGPL_ALLOWED = /^node_modules\/(?:.*\/)?@img\/sharp-/;

function readmeRow(name: string): string[] | undefined {
  const line = readme.split('\n').find((l) => l.startsWith(`| ${name} |`));
  return line?.split('|').slice(1, -1).map((c) => c.trim());
}

describe('runtime dependencies and licences', () => {
  it('lists every runtime dependency in the README with its installed version and licence', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      const installed = readJson(`node_modules/${name}/package.json`) as { version: string; license: string };
      const row = readmeRow(name);
      expect(row, `README row for ${name}`).toBeDefined();
      expect(row?.[1], `README version of ${name}`).toBe(installed.version);
      expect(row?.[2], `README licence of ${name}`).toBe(installed.license);
    }
  });

  it('lists no package in the README table that is not a runtime dependency', () => {
    const section = readme.slice(readme.indexOf('## Dependencies and licences'));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| Package |')));
    const names = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Package') && !l.startsWith('| ---'))
      .map((l) => l.split('|')[1]?.trim());
    expect(names.sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('keeps tooling out of the runtime dependencies', () => {
    for (const tool of ['@playwright/test', 'vitest', 'lighthouse', 'node', 'typescript']) {
      expect(pkg.dependencies[tool], tool).toBeUndefined();
    }
  });

  it('has only permissive licences in the production tree (LGPL only for libvips)', () => {
    const production = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.dev);
    expect(production.length).toBeGreaterThan(100);
    const offending: string[] = [];
    for (const [path, entry] of production) {
      const parts = (entry.license ?? 'UNKNOWN').replace(/[()]/g, '').split(/\s+(?:AND|OR)\s+/);
      for (const licence of parts) {
        const ok = ALLOWED.has(licence) || (licence === 'LGPL-3.0-or-later' && LGPL_ALLOWED.test(path));
        if (!ok) offending.push(`${path}: ${licence}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
