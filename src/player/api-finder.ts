// Finds the LMS's SCORM API the standard way: up the parent frames, then through the opener window
// (and its parents). Works on anything window-like, so that it unit-tests without a browser.
import type { ScormVersion } from '../course/packages.ts';
import type { Scorm12Api } from '../tracking/scorm12.ts';
import type { Scorm2004Api } from '../tracking/scorm2004.ts';

export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  API?: Scorm12Api;
  API_1484_11?: Scorm2004Api;
}

export type FoundApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

const MAX_DEPTH = 10;

function search<K extends 'API' | 'API_1484_11'>(start: WindowLike | null | undefined, key: K): WindowLike[K] | undefined {
  let w = start;
  for (let depth = 0; w && depth <= MAX_DEPTH; depth++) {
    try {
      const api = w[key];
      if (api) return api;
    } catch {
      return undefined; // another origin: stop here
    }
    if (!w.parent || w.parent === w) break;
    w = w.parent;
  }
  return undefined;
}

/**
 * Each API is looked for in parents first, then the opener. When an LMS offers both, the package's
 * own version wins (the manifest launches player.html?scorm=12 or ?scorm=2004); without it, 2004.
 */
export function findApi(win: WindowLike, prefer: ScormVersion = '2004'): FoundApi | undefined {
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  const api2004 = search(win, 'API_1484_11') ?? search(opener, 'API_1484_11');
  const api12 = search(win, 'API') ?? search(opener, 'API');
  if (api12 && (prefer === '1.2' || !api2004)) return { version: '1.2', api: api12 };
  if (api2004) return { version: '2004', api: api2004 };
  return undefined;
}
