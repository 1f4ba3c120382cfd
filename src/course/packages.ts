// The SCORM vocabulary in one place: the versions built, the packages (one per audience), how the
// manifest's launch parameters name them, and the package file names and titles. Pure.
import type { Course, PackageSpec } from '../schemas/course.ts';

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

/** The launch parameters of a package (the manifest appends them to player.html). */
export const LAUNCH_PARAMS = { version: 'scorm', package: 'package' } as const;

/** The version a launch parameter names, if any. */
export function versionOfLaunch(param: string | null | undefined): ScormVersion | undefined {
  return SCORM_VERSIONS.find((v) => SCORM_VERSION[v].launch === param);
}

/** The package a launch parameter names; the first (the safest: completion only) when none or unknown. */
export function packageOfLaunch<P extends { id: string }>(packages: readonly P[], param: string | null | undefined): P {
  return packages.find((p) => p.id === param) ?? packages[0]!;
}

export function launchQuery(pkg: Pick<PackageSpec, 'id'>, version: ScormVersion): string {
  return `?${LAUNCH_PARAMS.version}=${SCORM_VERSION[version].launch}&${LAUNCH_PARAMS.package}=${pkg.id}`;
}

export function packageFileName(course: Pick<Course, 'id' | 'version'>, pkg: Pick<PackageSpec, 'id'>, version: ScormVersion): string {
  return `${course.id}-${course.version}-${pkg.id}-${SCORM_VERSION[version].suffix}.zip`;
}

export function packageTitle(course: Pick<Course, 'title'>, pkg: Pick<PackageSpec, 'label'>): string {
  return `${course.title} (${pkg.label})`;
}

/** Every zip the build writes, in a stable order. */
export function allPackages(course: Pick<Course, 'id' | 'version' | 'packages'>): { pkg: PackageSpec; version: ScormVersion; file: string }[] {
  return course.packages.flatMap((pkg) => SCORM_VERSIONS.map((version) => ({ pkg, version, file: packageFileName(course, pkg, version) })));
}

/**
 * The score a completion-only package reports once the course is complete: not a test score, but
 * Moodle 4.3.0 records SCORM activity completion only when a score arrives.
 */
export const COMPLETION_SCORE = 100;

/** Where the HR guide offers the zips for download, inside the built site. */
export const DOWNLOADS_DIR = 'paketit';
