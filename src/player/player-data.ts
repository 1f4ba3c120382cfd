import type { CourseOutline } from '../machines/course-progress.ts';

/** Build-time data the player needs, embedded in player.html as JSON. */
export interface PlayerData {
  courseId: string;
  outline: CourseOutline;
  /** For the decoder: what each scenario knows today. */
  scenarios: { id: string; title: string; choices: string[]; endings: string[]; maxPoints: number; href: string }[];
  lessons: { id: string; title: string; href: string }[];
  start: string;
}
