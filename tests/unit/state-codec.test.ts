import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCheckedContent, type CheckedContent } from '../../src/content-check/index.ts';
import { courseStatus, forgetScenario, markLessonSeen, mergeProgress, updateScenario } from '../../src/machines/course-progress.ts';
import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  SCORM12_SUSPEND_LIMIT,
  type KnownContent,
  type SavedProgress,
} from '../../src/tracking/state-codec.ts';
import { fixtureRoot } from '../support/content-fixture.ts';
import { allEndingPaths } from '../support/scenario-paths.ts';
import { worstCaseProgress } from '../../src/tracking/worst-case.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function known(c: CheckedContent): KnownContent {
  return {
    lessons: new Set(c.lessons.map((l) => l.id)),
    scenarios: new Map(
      c.scenarios.map((s) => [
        s.id,
        { choices: new Set(s.nodes.flatMap((n) => n.choices.map((x) => x.id))), endings: new Set(s.endings.map((e) => e.id)), maxPoints: s.graph.maxPoints },
      ]),
    ),
  };
}

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

  it('ignores ids the republished course no longer knows', () => {
    const k: KnownContent = {
      lessons: new Set(['salassapito']),
      scenarios: new Map([['toimittaja-soittaa', { choices: new Set(['kerro-oma-kanta']), endings: new Set(['hyva-loppu']), maxPoints: 6 }]]),
    };
    expect(decodeProgress(encodeProgress(sample), k)).toEqual({
      lessons: ['salassapito'],
      // "ohjaa" is gone: the attempt starts fresh, the finished result stays.
      scenarios: { 'toimittaja-soittaa': { path: [], feedbackOpen: false, result: { ending: 'hyva-loppu', points: 6 } } },
    });
  });

  it('never throws on corrupt or old data', () => {
    for (const bad of ['', 'garbage', '0|a|b', '2|x|y', '1|', '1|||||', '1|A B|x:y:z', '1|ok|s:a..b!!:e.999;;:::', '{"json":true}', '\u0000\uffff']) {
      expect(() => decodeProgress(bad)).not.toThrow();
    }
    expect(decodeProgress('1|ok|s:a..b:e.x')).toEqual({ lessons: ['ok'], scenarios: { s: { path: ['a', 'b'], feedbackOpen: false, result: undefined } } });
    expect(decodeProgress('9|a|b')).toEqual(emptyProgress());
  });

  it(`stays within the SCORM 1.2 limit of ${SCORM12_SUSPEND_LIMIT} characters in the worst case`, () => {
    const content = loadCheckedContent(ROOT);
    // The same worst case `npm run bench` reports (paths from the content graph) …
    const worst = worstCaseProgress(content);
    for (const s of content.scenarios) {
      // … cross-checked against the paths the real machine can take (xstate/graph).
      const longestFromMachine = Math.max(...allEndingPaths(s).map((p) => p.state.context.path.map((d) => d.choiceId).join('.').length));
      expect(worst.scenarios[s.id]!.path.join('.').length, s.id).toBe(longestFromMachine);
    }
    const text = encodeProgress(worst);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(decodeProgress(text, known(content))).toEqual(worst);
  });
});

describe('course progress', () => {
  const content = loadCheckedContent(fixtureRoot());
  const outline = { lessons: ['eka'], scenarios: [{ id: 'testi', maxPoints: 4 }], masteryScore: 80 };

  it('merges two saved states without losing progress, and forgets one scenario only', () => {
    const lms: SavedProgress = {
      lessons: ['eka', 'toka'],
      scenarios: { a: { path: [], feedbackOpen: false, result: { ending: 'paras', points: 4 } }, b: { path: ['x'], feedbackOpen: true, result: undefined } },
    };
    const copy: SavedProgress = {
      lessons: ['eka', 'kolmas'],
      scenarios: { a: { path: ['y'], feedbackOpen: false, result: { ending: 'ok', points: 2 } }, c: { path: ['z'], feedbackOpen: false, result: undefined } },
    };
    const merged = mergeProgress(lms, copy);
    expect(merged.lessons).toEqual(['eka', 'toka', 'kolmas']);
    expect(merged.scenarios['a']).toEqual({ path: ['y'], feedbackOpen: false, result: { ending: 'paras', points: 4 } });
    expect(merged.scenarios['b']).toEqual(lms.scenarios['b']);
    expect(merged.scenarios['c']).toEqual(copy.scenarios['c']);
    const forgotten = forgetScenario(merged, 'a');
    expect(Object.keys(forgotten.scenarios).sort()).toEqual(['b', 'c']);
    expect(forgotten.lessons).toEqual(merged.lessons);
  });

  it('is completed only when every lesson is seen and every scenario finished', () => {
    let p = emptyProgress();
    expect(courseStatus(p, outline)).toEqual({ lessonsSeen: 0, scenariosFinished: 0, completed: false, score: 0, passed: undefined });
    p = markLessonSeen(p, 'eka');
    p = updateScenario(p, 'testi', { path: ['hyva', 'hyva-2'], feedbackOpen: false, finished: { ending: 'paras', points: 4 } });
    expect(courseStatus(p, outline)).toEqual({ lessonsSeen: 1, scenariosFinished: 1, completed: true, score: 100, passed: true });
    expect(content.scenarios[0]!.graph.maxPoints).toBe(4);
  });

  it('fails below the mastery score and keeps the best result over a worse retry', () => {
    let p = markLessonSeen(emptyProgress(), 'eka');
    p = updateScenario(p, 'testi', { path: ['huono', 'korjaa'], feedbackOpen: false, finished: { ending: 'ok', points: 1 } });
    expect(courseStatus(p, outline)).toMatchObject({ completed: true, score: 25, passed: false });
    p = updateScenario(p, 'testi', { path: ['hyva', 'kohtalainen'], feedbackOpen: false, finished: { ending: 'ok', points: 3 } });
    p = updateScenario(p, 'testi', { path: ['huono'], feedbackOpen: true });
    expect(p.scenarios['testi']!.result).toEqual({ ending: 'ok', points: 3 });
    expect(courseStatus(p, outline)).toMatchObject({ score: 75, passed: false });
  });
});
