// The pages' one way to the course: the model the build loaded and checked (virtual:course), the
// compiled MDX of lessons and guideline summaries, and the site's link helpers. Build time only.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import model from 'virtual:course';
import type { ModelGuideline, ModelLesson, ModelScenario, PublicReference } from '../course/index.ts';

export { model };
export const course = model.course;

type MdxModule = { default: AstroComponentFactory };
// Vite compiles the MDX bodies; their front matter was already read and checked with the model.
const mdx = {
  ...import.meta.glob<MdxModule>('/content/lessons/*.mdx', { eager: true }),
  ...import.meta.glob<MdxModule>('/content/guideline/*.mdx', { eager: true }),
};

/** The compiled body of a lesson or guideline summary. */
export function contentOf(entry: ModelLesson | ModelGuideline): AstroComponentFactory {
  const m = mdx[`/${entry.file}`];
  if (!m) throw new Error(`${entry.file}: MDX-tiedostoa ei löytynyt buildista`);
  return m.default;
}

const referenceById = new Map(model.references.map((r) => [r.id, r]));
export function reference(id: string): PublicReference {
  const r = referenceById.get(id);
  if (!r) throw new Error(`tuntematon lähde "${id}"`);
  return r;
}

export function lesson(id: string): ModelLesson {
  const l = model.lessons.find((x) => x.id === id);
  if (!l) throw new Error(`tuntematon oppitunti "${id}"`);
  return l;
}

export function scenario(id: string): ModelScenario {
  const s = model.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`tuntematon harjoitus "${id}"`);
  return s;
}

/** Where a citation points: guideline sections to their anchor on the guideline page, the rest to the sources page. */
export function referenceHref(ref: { id: string; kind: string }): string {
  return ref.kind === 'guideline' ? `/ohje.html#${ref.id}` : `/lahteet.html#${ref.id}`;
}
export const lessonHref = (l: { id: string }) => `/oppitunnit/${l.id}.html`;
export const scenarioHref = (s: { id: string }) => `/harjoitukset/${s.id}.html`;

/** A duration as a busy reader takes it: "noin 40 minuuttia", "noin 1,5 tuntia" (to the half hour). */
export function durationFi(minutes: number): string {
  if (minutes < 60) return `noin ${Math.max(5, Math.round(minutes / 5) * 5)} minuuttia`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `noin ${String(hours).replace('.', ',')} ${hours === 1 ? 'tunti' : 'tuntia'}`;
}

/** Finnish date: 2026-11-22 → 22.11.2026 */
export function fiDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** The oldest check date among the cited legal sources that carry one (only V1 rows do). */
export function legalCheckedOn(sources: readonly string[]): string | undefined {
  return sources
    .map((id) => referenceById.get(id))
    .filter((r) => r && r.kind !== 'guideline' && r.checked)
    .map((r) => r!.checked!)
    .sort()[0];
}
