// Deterministic zips: files sorted by path, one fixed timestamp, fixed compression level, so the
// same input always gives the same bytes (fflate writes local time, hence a local Date).
import { zipSync, type Zippable } from 'fflate';

/** 1.1.2020 12:00 local time: inside the DOS date range, and noon keeps it clear of DST edges. */
const FIXED_DATE = new Date(2020, 0, 1, 12, 0, 0);

export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    // Flat keys with "/" create the folders' entries implicitly; fflate keeps insertion order.
    tree[path] = [files.get(path)!, { mtime: FIXED_DATE, level: 9 }];
  }
  return zipSync(tree, { mtime: FIXED_DATE });
}
