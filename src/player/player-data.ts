import type { KnownIds } from '../course/model.ts';
import type { CourseOutline } from '../course/progress.ts';

/** Build-time data the player needs, embedded in player.html as JSON. */
export interface PlayerData {
  courseId: string;
  outline: CourseOutline;
  /** For the saved-state decoder: the ids the published content knows. */
  known: KnownIds;
  scenarios: { id: string; title: string; href: string }[];
  lessons: { id: string; title: string; href: string }[];
  start: string;
}

/** JSON that is safe inside <script>: "<" is escaped, so a title containing "</script>" cannot end the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
