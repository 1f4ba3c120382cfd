// Driving the LMS preview (lms-esikatselu.html: scorm-again plays the LMS) from the browser tests:
// launch a package as an LMS would, read what the LMS stored, and the API log.
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { packageTitle } from '../../src/course/packages.ts';
import { loadCourse } from '../../src/course/index.ts';
import { ROOT } from './course.ts';
import { packageDir } from './unzip-packages.ts';

export type Version = '1.2' | '2004';
export type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const course = loadCourse(ROOT).course;

export interface PreviewOptions {
  review?: boolean;
  /** Commits that fail before the LMS accepts one. */
  failures?: number;
  /** Keep the LMS data of earlier launches (a relaunch). */
  keep?: boolean;
  /** Every commit takes this long (a slow LMS). */
  slowMs?: number;
  /** Initialize answers false. */
  refuseInit?: boolean;
  /** Values Moodle 4.3 refuses are refused. */
  moodle?: boolean;
}

/** Opens the preview and launches the unzipped package (served at /lms/, three levels above /a/b/c/). */
export async function openPreview(page: Page, pkg: string, version: Version, o: PreviewOptions = {}): Promise<{ player: FrameLocator; inner: FrameLocator }> {
  await page.goto(`lms-esikatselu.html?src=../../../lms/${packageDir(pkg, version)}/player.html`);
  if (!o.keep) await page.evaluate(() => localStorage.clear());
  const spec = course.packages.find((p) => p.id === pkg)!;
  await page.getByLabel(packageTitle(course, spec), { exact: true }).check();
  await page.getByLabel(version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 (4. painos)').check();
  await page.getByLabel(o.review ? 'Kertaus (review, ei vaikuta arvosanaan)' : 'Tavallinen suoritus').check();
  await page.getByLabel('Epäonnistuvien tallennusten määrä').fill(String(o.failures ?? 0));
  await page.getByLabel(/Tallennuksen kesto/).fill(String((o.slowMs ?? 0) / 1000));
  await page.getByLabel(/Moodle 4.3:n muotosäännöt/).setChecked(!!o.moodle);
  await page.getByLabel(/Yhteyden avaus epäonnistuu/).setChecked(!!o.refuseInit);
  await page.getByRole('button', { name: 'Käynnistä kurssi' }).click();
  const player = page.frameLocator('#esikatselu-kehys');
  await expect(player.locator('#tallennus')).not.toHaveText('Yhdistetään…');
  return { player, inner: player.frameLocator('#sisalto') };
}

/** What the LMS stored for the package (the last committed data). */
export const stored = (page: Page, pkg: string, version: Version) =>
  page.evaluate(([v, p]) => window.lmsEsikatselu!.stored(v as Version, p!), [version, pkg] as const) as Promise<Cmi | undefined>;

export const previewState = (page: Page) =>
  page.evaluate(() => ({
    counts: window.lmsEsikatselu!.counts,
    errors: window.lmsEsikatselu!.errors,
    log: window.lmsEsikatselu!.log,
    blocked: window.lmsEsikatselu!.blocked,
  }));

/** Reads the same facts from 1.2 and 2004 CMI. */
export function cmiOf(version: Version, cmi: Cmi) {
  const core = version === '1.2' ? ((cmi['core'] ?? {}) as Cmi) : cmi;
  const interactions = () => Object.values((cmi['interactions'] ?? {}) as Record<string, Cmi>).filter((i) => typeof i === 'object' && i['id']);
  return {
    exit: () => String(core['exit'] ?? ''),
    score: () => {
      const s = (core['score'] ?? {}) as Cmi;
      return { raw: Number(s['raw']), min: Number(s['min']), max: Number(s['max']) };
    },
    interactions,
    responses: () => interactions().map((i) => String(i[version === '1.2' ? 'student_response' : 'learner_response'])),
    initialize: (counts: Record<string, number>) => counts[version === '1.2' ? 'LMSInitialize' : 'Initialize'] ?? 0,
    terminate: (counts: Record<string, number>) => counts[version === '1.2' ? 'LMSFinish' : 'Terminate'] ?? 0,
  };
}

/** Puts an earlier launch's data in the preview's LMS storage (a suspended, incomplete attempt). */
export async function seedPreview(page: Page, pkg: string, version: Version, data: { suspendData: string; location?: string }): Promise<void> {
  await page.goto('lms-esikatselu.html');
  await page.evaluate(
    ([v, p, d, l]) =>
      localStorage.setItem(
        `lms-esikatselu:${p}:${v}`,
        JSON.stringify(
          v === '1.2'
            ? { core: { exit: 'suspend', lesson_status: 'incomplete', ...(l ? { lesson_location: l } : {}) }, suspend_data: d }
            : { exit: 'suspend', completion_status: 'incomplete', ...(l ? { location: l } : {}), suspend_data: d },
        ),
      ),
    [version, pkg, data.suspendData, data.location ?? ''] as const,
  );
}
