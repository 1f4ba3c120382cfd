// The SCORM vocabulary in one place: the versions built, how the manifest's launch parameter names
// them, and the package file names. Pure.
import type { Course } from '../schemas/course.ts';

export const SCORM_VERSIONS = ['1.2', '2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

interface VersionInfo {
  /** `player.html?scorm=<launch>`: tells the player which API to use should an LMS offer both. */
  launch: string;
  /** File name suffix of the zip. */
  suffix: string;
  /** Name shown to HR. */
  label: string;
}
export const SCORM_VERSION: Record<ScormVersion, VersionInfo> = {
  '1.2': { launch: '12', suffix: 'scorm12', label: 'SCORM 1.2' },
  '2004': { launch: '2004', suffix: 'scorm2004', label: 'SCORM 2004 (4. painos)' },
};

/** The version a launch parameter names, if any. */
export function versionOfLaunch(param: string | null | undefined): ScormVersion | undefined {
  return SCORM_VERSIONS.find((v) => SCORM_VERSION[v].launch === param);
}

export function packageFileName(course: Pick<Course, 'id' | 'version'>, version: ScormVersion): string {
  return `${course.id}-${course.version}-${SCORM_VERSION[version].suffix}.zip`;
}
