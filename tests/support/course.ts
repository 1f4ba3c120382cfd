// The course model for the unit tests: the real content, and the small good fixture (copied to a
// temporary folder so that a test may break one file of it).
import { fileURLToPath } from 'node:url';
import { loadCourse, type CourseModel } from '../../src/course/index.ts';
import { fixtureRoot } from './content-fixture.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let real: CourseModel | undefined;
/** The project's own content, loaded once per test process. */
export function realCourse(): CourseModel {
  return (real ??= loadCourse(ROOT));
}

export function fixtureCourse(): CourseModel {
  return loadCourse(fixtureRoot());
}
