// The course model: the checked content and everything derived from it once (the outline, the ids
// the saved state may hold, each scenario's figures, the worst-case saved state, the time it takes).
// Plain data (JSON-safe), so that the build hands it to pages as is. Pure.
import type { Course, PackageSpec } from '../schemas/course.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { GuidelineSummary } from '../schemas/guideline.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { PrimarySource, Reference } from '../schemas/reference.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { CourseOutline } from './progress.ts';
import { proseBlocks, words } from './readability.ts';
import { scenarioPaths, type ScenarioFigures } from './scenario-graph.ts';
import type { KnownContent } from './state-codec.ts';

/** A reference as learners may see it: editors' notes never leave the content check. */
export type PublicReference = Omit<Reference, 'note'> & {
  /** Cited by a lesson, a guideline summary, a scenario or the glossary (only those are listed for learners). */
  cited: boolean;
};

export interface ModelLesson extends Lesson {
  /** From the file name without the NN- prefix: stable in URLs and LMS records when lessons are reordered. */
  id: string;
  file: string;
  body: string;
  /** Ids cited inline with <Lahde id="…"/>, glossary terms linked, scenarios embedded (in text order). */
  inlineSources: string[];
  terms: string[];
  scenarios: string[];
  /** The "Muista nämä" points as plain text (the printable checklist). */
  remember: string[];
  words: number;
  minutes: number;
}
export interface ModelGuideline extends GuidelineSummary {
  file: string;
  body: string;
  inlineSources: string[];
  terms: string[];
}
export interface ModelScenario extends Scenario {
  file: string;
  figures: ScenarioFigures;
  /** Words a learner reads on the longest path (intro, situations, choices, feedback, ending). */
  words: number;
  minutes: number;
}

/** A SCORM package as the player and the HR guide need it: what it covers and where it starts. */
export interface ModelPackage extends PackageSpec {
  outline: CourseOutline;
  /** The page the player opens first. */
  start: string;
  minutes: number;
}

/** The refresher's own page (only when a package is a refresher). */
export const REFRESHER_PAGE = 'kertaus.html';

export interface CourseModel {
  course: Course;
  /** The packages with what each covers (the whole course, or a refresher's exercises). */
  packages: ModelPackage[];
  /** What the legal check covered, in Finnish (shown with the sources). */
  checkCoverage: string;
  primarySources: PrimarySource[];
  references: PublicReference[];
  glossary: GlossaryEntry[];
  lessons: ModelLesson[];
  guideline: ModelGuideline[];
  scenarios: ModelScenario[];
  outline: CourseOutline;
  figures: {
    /** Characters of the largest saved state (SCORM 1.2 allows 4,096). */
    worstCaseSavedState: number;
    minutes: { lessons: number; scenarios: number; total: number };
  };
}

/**
 * Reading speed for the time estimate. Plain-language Finnish read with care by a 40–75-year-old
 * reader: slower than the 180–200 words a minute often quoted for fluent reading, because Finnish
 * words are long and the learner also thinks about the rules.
 */
export const READING_WORDS_PER_MINUTE = 130;
/** Time to weigh one scenario choice, on top of reading it. */
export const SECONDS_PER_DECISION = 20;

const wordCount = (text: string) => proseBlocks(text).reduce((sum, b) => sum + words(b).length, 0);

export function lessonMinutes(lessonWords: number): number {
  return Math.max(1, Math.ceil(lessonWords / READING_WORDS_PER_MINUTE));
}

/** Words and minutes of a scenario's longest path: what one playing through it reads and decides. */
export function scenarioEffort(s: Scenario): { words: number; minutes: number } {
  const plain = (t: string) => words(t).length;
  let most = { words: 0, decisions: 0 };
  for (const p of scenarioPaths(s)) {
    const ending = s.endings.find((e) => e.id === p.endingId)!;
    const w =
      plain(s.intro) + plain(s.objective) +
      p.steps.reduce((sum, st) => sum + plain(st.node.situation) + st.node.choices.reduce((a, c) => a + plain(c.label), 0) + plain(st.choice.feedback), 0) +
      plain(ending.title) + plain(ending.summary);
    if (w > most.words) most = { words: w, decisions: p.steps.length };
  }
  return { words: most.words, minutes: Math.max(1, Math.ceil(most.words / READING_WORDS_PER_MINUTE + (most.decisions * SECONDS_PER_DECISION) / 60)) };
}

export { wordCount };

/** The ids saved progress may hold, as plain data (the player receives it as JSON). */
export interface KnownIds {
  lessons: string[];
  scenarios: { id: string; choices: string[]; endings: string[]; maxPoints: number }[];
}

export function knownIds(model: Pick<CourseModel, 'lessons' | 'scenarios'>): KnownIds {
  return {
    lessons: model.lessons.map((l) => l.id),
    scenarios: model.scenarios.map((s) => ({
      id: s.id,
      choices: s.nodes.flatMap((n) => n.choices.map((c) => c.id)),
      endings: s.endings.map((e) => e.id),
      maxPoints: s.figures.maxPoints,
    })),
  };
}

/** What the saved-state decoder accepts from this content (ids that no longer exist are dropped). */
export function knownContent(ids: KnownIds): KnownContent {
  return {
    lessons: new Set(ids.lessons),
    scenarios: new Map(ids.scenarios.map((s) => [s.id, { choices: new Set(s.choices), endings: new Set(s.endings), maxPoints: s.maxPoints }])),
  };
}

/**
 * The exercises of a refresher: those configured, or one per lesson, the one with the most endings
 * (ties: the first in course order).
 */
export function refresherScenarios(scenarios: readonly ModelScenario[], lessons: readonly { id: string }[], configured?: readonly string[]): ModelScenario[] {
  if (configured) return configured.map((id) => scenarios.find((s) => s.id === id)!).filter(Boolean);
  return lessons.flatMap((l) => {
    const own = scenarios.filter((s) => s.lesson === l.id);
    return own.length ? [own.reduce((best, s) => (s.endings.length > best.endings.length ? s : best))] : [];
  });
}

export function packageModels(course: Course, lessons: readonly ModelLesson[], scenarios: readonly ModelScenario[], outline: CourseOutline, minutes: number): ModelPackage[] {
  return course.packages.map((pkg) => {
    if (!pkg.refresher) return { ...pkg, outline, start: 'index.html', minutes };
    const chosen = refresherScenarios(scenarios, lessons, pkg.refresher.scenarios);
    return {
      ...pkg,
      outline: { lessons: [], scenarios: chosen.map((s) => ({ id: s.id, maxPoints: s.figures.maxPoints })), masteryScore: course.masteryScore },
      start: REFRESHER_PAGE,
      minutes: 1 + chosen.reduce((sum, s) => sum + s.minutes, 0),
    };
  });
}

export function courseOutline(model: Pick<CourseModel, 'lessons' | 'scenarios' | 'course'>): CourseOutline {
  return {
    lessons: model.lessons.map((l) => l.id),
    scenarios: model.scenarios.map((s) => ({ id: s.id, maxPoints: s.figures.maxPoints })),
    masteryScore: model.course.masteryScore,
  };
}
