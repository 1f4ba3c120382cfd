import type { Scenario } from '../schemas/scenario.ts';

/** What a scenario island receives as props: the scenario, its maximum, and labels for cited sources. */
export interface ScenarioData {
  scenario: Scenario;
  maxPoints: number;
  courseId: string;
  /** Source id → short label and site-root-relative link (e.g. "lahteet.html#julkl-23"). */
  sources: Record<string, { label: string; title: string; href: string }>;
  /** Relative path from the page to the site root, e.g. "../". */
  root: string;
  /** On a scenario's own page: the way back to its lesson (site-root-relative) and its title, shown at the ending. */
  lessonHref?: string;
  lessonTitle?: string;
  /** Inside a lesson: the id of the place right after the exercise, where "Jatka oppituntia" leads. */
  afterId?: string;
}
