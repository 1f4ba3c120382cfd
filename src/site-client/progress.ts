// The script of the pages that show progress (front page, lesson list, exercise list, refresher):
// it fills in the status tags, the progress bar and the start button from the saved progress. Without
// it (or before it runs) they stay hidden: the page never claims progress nobody can know.
// Inside the SCORM player's frame the store is the player's session (courseStore), so the same page
// shows what the LMS holds.
import { markLessonSeen, type SavedProgress } from '../course/progress.ts';
import { progressUi } from '../strings/fi.ts';
import { courseStore } from '../tracking/runtime.ts';
import { lessonState, nextLesson, hasStarted, progressCounts, scenarioState } from '../course/part-state.ts';
import { showPartState } from './part-tag.ts';
import { readVisits, registerVisitWorker } from './visits.ts';

/** What a page carries in data-outline (written by src/components/CourseProgress.astro). */
export interface PageOutline {
  courseId: string;
  masteryScore: number;
  lessons: { id: string; title: string; scenarios: string[] }[];
  scenarios: { id: string; maxPoints: number }[];
}

/** The player's frame: the player notes lesson visits itself. */
function inPlayer(): boolean {
  try {
    return window.parent !== window && !!window.parent.kurssiPlayer;
  } catch {
    return false;
  }
}

/** The words of a button that also holds an arrow. */
function label(button: HTMLElement, text: string) {
  const words = button.querySelector('span') ?? button;
  words.textContent = text;
}

export async function showProgress(): Promise<void> {
  const bar = document.querySelector<HTMLElement>('[data-outline]');
  if (!bar) return;
  const outline = JSON.parse(bar.dataset['outline']!) as PageOutline;
  registerVisitWorker(outline.courseId);
  const store = courseStore(outline.courseId);
  let progress: SavedProgress = store.load();
  const player = inPlayer();
  const visits = player ? undefined : await readVisits(outline.courseId);
  const visitsKnown = player || visits !== undefined;
  if (visits) {
    // Lessons this browser opened join the saved progress (the player without an LMS reads it too).
    let merged = progress;
    for (const id of visits) if (outline.lessons.some((l) => l.id === id)) merged = markLessonSeen(merged, id);
    if (merged !== progress) store.save((progress = merged));
  }

  for (const el of document.querySelectorAll<HTMLElement>('[data-part="lesson"]')) {
    const lesson = outline.lessons.find((l) => l.id === el.dataset['id']);
    const state = lesson && lessonState(progress, lesson.id, lesson.scenarios, visitsKnown);
    if (state) showPartState(el, state);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-part="scenario"]')) {
    const id = el.dataset['id']!;
    const state = scenarioState(progress, id);
    const max = outline.scenarios.find((s) => s.id === id)?.maxPoints ?? 0;
    const result = progress.scenarios[id]?.result;
    showPartState(el, state, result ? progressUi.points(Math.min(result.points, max), max) : '');
  }

  const counts = progressCounts(progress, { lessons: outline.lessons.map((l) => l.id), scenarios: outline.scenarios, masteryScore: outline.masteryScore });
  const words = [
    ...(visitsKnown && counts.lessons > 0 ? [progressUi.lessons(counts.lessonsSeen, counts.lessons)] : []),
    ...(counts.scenarios > 0 ? [progressUi.exercises(counts.scenariosDone, counts.scenarios)] : []),
  ];
  const text = bar.querySelector<HTMLElement>('[data-progress-text]');
  const meter = bar.querySelector<HTMLProgressElement>('progress');
  if (text) text.textContent = words.join(' · ');
  if (meter)
    meter.value = visitsKnown ? counts.share : counts.scenarios ? counts.scenariosDone / counts.scenarios : 0;
  const note = bar.querySelector<HTMLElement>('[data-progress-note]');
  if (note) note.textContent = player ? store.description : visitsKnown ? progressUi.browserOnly : progressUi.lessonsUnknown;
  const started = hasStarted(progress, outline.lessons, visitsKnown) || Object.keys(progress.scenarios).some((id) => outline.scenarios.some((s) => s.id === id));
  bar.hidden = bar.dataset['onceStarted'] !== undefined && !started;

  // The front page: "Aloita kurssi" becomes "Jatka siitä mihin jäit" once something is saved.
  const start = document.querySelector<HTMLAnchorElement>('a[data-start]');
  if (start && started) {
    const next = nextLesson(progress, outline.lessons, visitsKnown);
    const startNote = document.querySelector<HTMLElement>('[data-start-note]');
    const link = next && document.querySelector<HTMLAnchorElement>(`a[data-lesson-link="${next.id}"]`);
    if (next && link) {
      label(start, progressUi.resume);
      start.href = link.href;
      if (startNote) {
        startNote.textContent = progressUi.resumeTo(`${outline.lessons.indexOf(next) + 1}. ${next.title}`);
        startNote.hidden = false;
      }
    } else if (!next) {
      label(start, progressUi.review);
      start.href = document.querySelector<HTMLAnchorElement>('a[data-all-lessons]')?.href ?? start.href;
      if (startNote) {
        startNote.textContent = progressUi.allDone;
        startNote.hidden = false;
      }
    }
  }
  // Everything on the page now shows the saved progress (the browser tests measure the page only then).
  bar.dataset['progress'] = 'shown';
}
