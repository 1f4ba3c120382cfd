// What the open site's lists and front page say about progress (src/course/part-state.ts), and the
// lesson-visit worker's promises (public/visits-sw.js): it notes lesson navigations and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, markLessonSeen, updateScenario, type SavedProgress } from '../../src/course/progress.ts';
import { hasStarted, lessonState, nextLesson, progressCounts, scenarioState } from '../../src/course/part-state.ts';
import { ROOT } from '../support/course.ts';

const lessons = [
  { id: 'eka', scenarios: [] },
  { id: 'toka', scenarios: ['a'] },
  { id: 'kolmas', scenarios: ['b', 'c'] },
];
const started = (p: SavedProgress, id: string) => updateScenario(p, id, { path: ['x'], feedbackOpen: true });
const finished = (p: SavedProgress, id: string, points = 2) => updateScenario(p, id, { path: ['x', 'y'], feedbackOpen: false, finished: { ending: 'loppu', points } });

describe('progress on the open site', () => {
  it('names each exercise not started, started or done', () => {
    let p = emptyProgress();
    expect(scenarioState(p, 'a')).toBe('not-started');
    p = started(p, 'a');
    expect(scenarioState(p, 'a')).toBe('started');
    p = finished(p, 'a');
    expect(scenarioState(p, 'a')).toBe('done');
    // A finished exercise started again stays done (the best result is kept).
    expect(scenarioState(started(p, 'a'), 'a')).toBe('done');
  });

  it('calls a lesson done only when it was opened and its exercises are finished', () => {
    let p = markLessonSeen(emptyProgress(), 'eka');
    expect(lessonState(p, 'eka', [], true)).toBe('done');
    expect(lessonState(p, 'toka', ['a'], true)).toBe('not-started');
    p = finished(p, 'a');
    // The exercise is done, but nobody knows that the lesson was opened: started, never done.
    expect(lessonState(p, 'toka', ['a'], true)).toBe('started');
    p = markLessonSeen(p, 'toka');
    expect(lessonState(p, 'toka', ['a'], true)).toBe('done');
    p = markLessonSeen(started(p, 'b'), 'kolmas');
    expect(lessonState(p, 'kolmas', ['b', 'c'], true)).toBe('started');
  });

  it('when this browser cannot tell which lessons were opened, shows only what the exercises prove', () => {
    const p = finished(markLessonSeen(emptyProgress(), 'eka'), 'a');
    expect(lessonState(p, 'eka', [], false)).toBeUndefined();
    expect(lessonState(p, 'toka', ['a'], false)).toBe('started');
    expect(lessonState(p, 'kolmas', ['b', 'c'], false)).toBeUndefined();
    expect(lessons.map((l) => lessonState(p, l.id, l.scenarios, false))).not.toContain('done');
  });

  it('offers to continue at the first lesson that is not done, and only once something is saved', () => {
    let p = emptyProgress();
    expect(hasStarted(p, lessons, true)).toBe(false);
    expect(nextLesson(p, lessons, true)?.id).toBe('eka');
    p = markLessonSeen(p, 'eka');
    expect(hasStarted(p, lessons, true)).toBe(true);
    expect(nextLesson(p, lessons, true)?.id).toBe('toka');
    p = finished(markLessonSeen(p, 'toka'), 'a');
    p = finished(finished(markLessonSeen(p, 'kolmas'), 'b'), 'c');
    expect(nextLesson(p, lessons, true)).toBeUndefined();
    // Without visit tracking an exercise under way still counts as started.
    expect(hasStarted(started(emptyProgress(), 'b'), lessons, false)).toBe(true);
  });

  it('counts lessons opened and exercises finished for the bar', () => {
    const outline = { lessons: ['eka', 'toka', 'kolmas'], scenarios: [{ id: 'a', maxPoints: 2 }, { id: 'b', maxPoints: 2 }, { id: 'c', maxPoints: 2 }], masteryScore: 80 };
    const p = finished(started(markLessonSeen(emptyProgress(), 'eka'), 'b'), 'a');
    expect(progressCounts(p, outline)).toEqual({ lessonsSeen: 1, lessons: 3, scenariosDone: 1, scenarios: 3, share: 2 / 6 });
  });
});

describe('the lesson-visit worker', () => {
  const worker = readFileSync(join(ROOT, 'public/visits-sw.js'), 'utf8').replace(/\/\/.*$/gm, '');

  it('answers no request, caches nothing and sends nothing', () => {
    for (const forbidden of ['respondWith', 'caches', 'fetch(', 'importScripts', 'postMessage', 'sendBeacon', 'XMLHttpRequest', 'http'])
      expect(worker, forbidden).not.toContain(forbidden);
  });

  it('notes only top-level navigations to lesson pages, the way the site names them', () => {
    expect(worker).toContain("request.mode !== 'navigate'");
    expect(worker).toContain("request.destination !== 'document'");
    const pattern = /\/\^oppitunnit\\\/\(\[a-z0-9-\]\+\)\\\.html\$\//;
    expect(worker).toMatch(pattern);
    // The lesson pages' addresses (src/site/model.ts lessonHref) match the worker's pattern.
    const model = readFileSync(join(ROOT, 'src/site/model.ts'), 'utf8');
    expect(model).toContain('export const lessonHref = (l: { id: string }) => `/oppitunnit/${l.id}.html`;');
  });
});
