// The course-level rules over saved progress: completion, score, pass, merging and forgetting.
import { describe, expect, it } from 'vitest';
import { courseStatus, emptyProgress, forgetScenario, markLessonSeen, mergeProgress, updateScenario, type SavedProgress } from '../../src/course/progress.ts';
import { fixtureCourse } from '../support/course.ts';

describe('course progress', () => {
  const content = fixtureCourse();
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
    expect(content.scenarios[0]!.figures.maxPoints).toBe(4);
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
