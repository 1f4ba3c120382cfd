// Compact, versioned text form of the whole course progress, used for SCORM suspend_data (4,096
// characters in SCORM 1.2) and for browser storage. Ids are stable content ids, never indexes, so
// that republishing the course keeps learners' progress; anything the decoder no longer knows is
// dropped instead of failing.
//
// Format, version 1:   1|<lesson>,<lesson>|<scenario>;<scenario>
//   scenario = <id>:<choice>.<choice>[!]:[<ending>.<points>]
//   "!" means the feedback of the last choice is open; the last part is the best finished result.
// Ids contain only a–z, 0–9 and "-", so the separators never clash. Anything after "~" is a mark the
// LMS session adds so that every write differs from the last one (see tracking/session.ts): ignored.

import { emptyProgress, type SavedProgress, type ScenarioResult } from './progress.ts';

export const CODEC_VERSION = 1;
export const SCORM12_SUSPEND_LIMIT = 4096;

/** What the current content knows, so that the decoder can drop stale ids. */
export interface KnownContent {
  lessons: ReadonlySet<string>;
  scenarios: ReadonlyMap<string, { choices: ReadonlySet<string>; endings: ReadonlySet<string>; maxPoints: number }>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function encodeProgress(p: SavedProgress): string {
  const scenarios = Object.entries(p.scenarios)
    .filter(([, s]) => s.path.length > 0 || s.result)
    .map(([id, s]) => {
      const path = s.path.join('.') + (s.feedbackOpen && s.path.length ? '!' : '');
      const result = s.result ? `${s.result.ending}.${s.result.points}` : '';
      return `${id}:${path}:${result}`;
    });
  return `${CODEC_VERSION}|${p.lessons.join(',')}|${scenarios.join(';')}`;
}

/**
 * Reads a saved string. Never throws: an unreadable or unknown-version string gives empty progress.
 * Against republished content: unknown lessons and scenarios are dropped, an attempt under way keeps
 * its steps up to the first choice that no longer exists, and a finished result is kept.
 */
export function decodeProgress(text: string | null | undefined, known?: KnownContent): SavedProgress {
  const progress = emptyProgress();
  if (!text) return progress;
  const [version, lessons = '', scenarios = ''] = text.split('~')[0]!.split('|');
  if (version !== String(CODEC_VERSION)) return progress;
  for (const id of lessons.split(',')) {
    if (ID.test(id) && (!known || known.lessons.has(id)) && !progress.lessons.includes(id)) progress.lessons.push(id);
  }
  for (const part of scenarios.split(';')) {
    const [id = '', pathPart = '', resultPart = ''] = part.split(':');
    if (!ID.test(id)) continue;
    const def = known?.scenarios.get(id);
    if (known && !def) continue;
    let feedbackOpen = pathPart.endsWith('!');
    const saved = (feedbackOpen ? pathPart.slice(0, -1) : pathPart).split('.').filter(Boolean);
    // Republished content: an attempt keeps the steps that still exist (up to the first unknown one).
    const firstUnknown = saved.findIndex((c) => !ID.test(c) || (def !== undefined && !def.choices.has(c)));
    const path = firstUnknown < 0 ? saved : saved.slice(0, firstUnknown);
    if (firstUnknown >= 0) feedbackOpen = false;
    let result: ScenarioResult | undefined;
    const m = /^([a-z0-9-]+)\.(\d{1,3})$/.exec(resultPart);
    // A finished scenario stays finished, even if its ending was renamed or removed: the points are
    // kept (never more than the scenario now gives).
    if (m) result = { ending: m[1]!, points: def ? Math.min(Number(m[2]), def.maxPoints) : Number(m[2]) };
    if (path.length || result) progress.scenarios[id] = { path, feedbackOpen: feedbackOpen && path.length > 0, result };
  }
  return progress;
}
