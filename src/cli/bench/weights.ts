// Page weights for the benchmark: what each built page makes the browser download (HTML, CSS,
// JavaScript, raw and gzip), following island URLs and static imports. Pure over a file map.
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  total: Sizes;
  islands: string[];
}

const gz = (b: Uint8Array | string) => gzipSync(typeof b === 'string' ? Buffer.from(b) : b, { level: 9 }).length;
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Sizes = { raw: 0, gzip: 0 };

/** Static imports of a JS module (what the browser fetches before running it). */
function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+\bfrom\s*)?|\bexport\s*[\w*{}\s,$]+\bfrom\s*)["'](\.{1,2}\/[^"']+)["']/g)) out.push(m[1]!);
  return out;
}

export function fileSize(files: ReadonlyMap<string, Uint8Array>, path: string): Sizes {
  const bytes = files.get(path);
  return bytes ? { raw: bytes.length, gzip: gz(bytes) } : ZERO;
}

/** A JS file with everything it statically imports, each file counted once. */
export function jsClosure(files: ReadonlyMap<string, Uint8Array>, entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry) || !files.has(entry)) return [];
  seen.add(entry);
  const text = new TextDecoder().decode(files.get(entry));
  for (const ref of staticImports(text)) jsClosure(files, posix.normalize(posix.join(posix.dirname(entry), ref)), seen);
  return [...seen];
}

export function pageWeight(files: ReadonlyMap<string, Uint8Array>, page: string): PageWeight {
  const html = new TextDecoder().decode(files.get(page));
  const resolve = (ref: string) => posix.normalize(posix.join(posix.dirname(page), ref.replace(/[?#].*$/, '')));
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => resolve(m[1]!));
  const jsEntries = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]!),
  ].map(resolve);
  const seen = new Set<string>();
  for (const e of jsEntries) jsClosure(files, e, seen);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const js = [...seen].reduce((s, f) => add(s, fileSize(files, f)), inline.reduce((s, t) => add(s, { raw: Buffer.byteLength(t), gzip: t ? gz(t) : 0 }), ZERO));
  const css = [...new Set(cssFiles)].reduce((s, f) => add(s, fileSize(files, f)), ZERO);
  const htmlSize = { raw: Buffer.byteLength(html), gzip: gz(html) };
  const islands = [...new Set([...html.matchAll(/\scomponent-url="([^"]+)"/g)].map((m) => resolve(m[1]!)))];
  return { page, html: htmlSize, css, js, total: add(add(htmlSize, css), js), islands };
}

/** JavaScript one island needs beyond what every island shares (its component chunk and imports). */
export function islandWeight(files: ReadonlyMap<string, Uint8Array>, componentUrl: string): Sizes {
  return jsClosure(files, componentUrl).reduce((s, f) => add(s, fileSize(files, f)), ZERO);
}
