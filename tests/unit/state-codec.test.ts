import { describe, expect, it } from 'vitest';
import type { CourseModel } from '../../src/course/index.ts';
import { knownContent, knownIds } from '../../src/course/model.ts';
import { emptyProgress, type SavedProgress } from '../../src/course/progress.ts';
import { decodeProgress, encodeProgress, SCORM12_SUSPEND_LIMIT, type KnownContent } from '../../src/course/state-codec.ts';
import { worstCaseProgress } from '../../src/course/worst-case.ts';
import { realCourse } from '../support/course.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';

const known = (c: CourseModel): KnownContent => knownContent(knownIds(c));

const sample: SavedProgress = {
  lessons: ['ohje-ja-sina', 'salassapito'],
  scenarios: {
    'toimittaja-soittaa': { path: ['kerro-oma-kanta', 'ohjaa'], feedbackOpen: true, result: { ending: 'hyva-loppu', points: 6 } },
    'etakokous-kotona': { path: [], feedbackOpen: false, result: { ending: 'huono', points: 1 } },
    'kuvat': { path: ['kysy-lupa'], feedbackOpen: false },
  },
};

describe('progress codec', () => {
  it('round-trips', () => {
    const text = encodeProgress(sample);
    expect(text).toBe('1|ohje-ja-sina,salassapito|toimittaja-soittaa:kerro-oma-kanta.ohjaa!:hyva-loppu.6;etakokous-kotona::huono.1;kuvat:kysy-lupa:');
    expect(decodeProgress(text)).toEqual({
      ...sample,
      scenarios: { ...sample.scenarios, kuvat: { path: ['kysy-lupa'], feedbackOpen: false, result: undefined } },
    });
  });

  it('ignores ids the republished course no longer knows, keeping what still fits', () => {
    const k: KnownContent = {
      lessons: new Set(['salassapito']),
      scenarios: new Map([['toimittaja-soittaa', { choices: new Set(['kerro-oma-kanta']), endings: new Set(['hyva-loppu']), maxPoints: 6 }]]),
    };
    expect(decodeProgress(encodeProgress(sample), k)).toEqual({
      lessons: ['salassapito'],
      // "ohjaa" is gone: the attempt resumes at the last step that still exists, the finished result stays.
      scenarios: { 'toimittaja-soittaa': { path: ['kerro-oma-kanta'], feedbackOpen: false, result: { ending: 'hyva-loppu', points: 6 } } },
    });
  });

  it('never sets a finished scenario back when its ending is renamed or its points shrink', () => {
    const k: KnownContent = {
      lessons: new Set(),
      scenarios: new Map([['toimittaja-soittaa', { choices: new Set(['kerro-oma-kanta']), endings: new Set(['uusi-loppu']), maxPoints: 4 }]]),
    };
    expect(decodeProgress('1||toimittaja-soittaa::hyva-loppu.6', k).scenarios['toimittaja-soittaa']).toEqual({
      path: [],
      feedbackOpen: false,
      result: { ending: 'hyva-loppu', points: 4 },
    });
  });

  it('ignores the mark the LMS session appends', () => {
    expect(decodeProgress(`${encodeProgress(sample)}~k3x9.1f`)).toEqual(decodeProgress(encodeProgress(sample)));
  });

  it('never throws on corrupt or old data', () => {
    for (const bad of ['', 'garbage', '0|a|b', '2|x|y', '1|', '1|||||', '1|A B|x:y:z', '1|ok|s:a..b!!:e.999;;:::', '{"json":true}', '\u0000\uffff']) {
      expect(() => decodeProgress(bad)).not.toThrow();
    }
    expect(decodeProgress('1|ok|s:a..b:e.x')).toEqual({ lessons: ['ok'], scenarios: { s: { path: ['a', 'b'], feedbackOpen: false, result: undefined } } });
    expect(decodeProgress('9|a|b')).toEqual(emptyProgress());
  });

  it(`stays within the SCORM 1.2 limit of ${SCORM12_SUSPEND_LIMIT} characters in the worst case`, () => {
    const content = realCourse();
    // The same worst case the build checks and `npm run bench` reports (paths from the content graph) …
    const worst = worstCaseProgress(content.lessons.map((l) => l.id), content.scenarios);
    for (const s of content.scenarios) {
      // … cross-checked against the paths the real machine can take (xstate/graph).
      const longestFromMachine = Math.max(...allEndingPaths(s).map((p) => p.state.context.path.map((d) => d.choiceId).join('.').length));
      expect(worst.scenarios[s.id]!.path.join('.').length, s.id).toBe(longestFromMachine);
    }
    const text = encodeProgress(worst);
    expect(text.length).toBe(content.figures.worstCaseSavedState);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(decodeProgress(text, known(content))).toEqual(worst);
  });
});

