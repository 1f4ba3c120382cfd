// The HR guide offers the zips for download with their sizes, which are known only once the zips are
// written: the page carries <span data-zip-size="file.zip">…</span>, filled in here.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** 581,632 bytes → "568 kt" (Finnish units, whole kilobytes). */
export const formatSize = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('fi-FI')} kt`;

export function fillSizes(html: string, sizes: ReadonlyMap<string, number>): string {
  return html.replace(/(<span data-zip-size="([^"]+)">)[^<]*(<\/span>)/g, (_all, open: string, name: string, close: string) => {
    const bytes = sizes.get(name);
    if (bytes === undefined) throw new Error(`HR-opas: pakettia ${name} ei ole`);
    return `${open}${formatSize(bytes)}${close}`;
  });
}

export async function fillDownloadSizes(site: string, written: readonly { file: string; bytes: number }[], page = 'hr-opas.html'): Promise<void> {
  const path = join(site, page);
  const sizes = new Map(written.map((w) => [basename(w.file), w.bytes]));
  await writeFile(path, fillSizes(await readFile(path, 'utf8'), sizes));
}
