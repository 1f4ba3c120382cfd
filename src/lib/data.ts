// The pages' single way to read content. Everything is resolved at build time.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkScenarioGraph, type ScenarioGraphInfo } from '../content-check/scenarios.ts';

export type LessonEntry = CollectionEntry<'lessons'>;
export type ReferenceEntry = CollectionEntry<'references'>;

export async function getCourse() {
  // course.yaml holds one entry whose id is the course id.
  const [entry] = await getCollection('course');
  if (!entry) throw new Error('content/course.yaml puuttuu');
  return entry.data;
}

export async function getLessons(): Promise<LessonEntry[]> {
  return (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
}

export async function getReferences(): Promise<Map<string, ReferenceEntry['data']>> {
  return new Map((await getCollection('references')).map((r) => [r.data.id, r.data]));
}

/** What the legal check covered, in Finnish (content/references.yaml, checkCoverage). */
export async function getCheckCoverage(): Promise<string> {
  const [entry] = await getCollection('referenceCheck');
  return (entry?.data as { checkCoverage?: string } | undefined)?.checkCoverage ?? '';
}

export async function getGuidelineSections() {
  const refs = await getReferences();
  const summaries = await getCollection('guideline');
  return summaries
    .map((s) => {
      const ref = refs.get(s.data.reference);
      if (!ref) throw new Error(`Ohjeen tiivistelmä viittaa tuntemattomaan lukuun ${s.data.reference}`);
      return { entry: s, ref };
    })
    .sort((a, b) => (a.ref.section ?? 0) - (b.ref.section ?? 0));
}

/** Where a citation points: guideline sections to their anchor on the guideline page, the rest to the references page. */
export function referenceHref(ref: { id: string; kind: string }): string {
  return ref.kind === 'guideline' ? `/ohje.html#${ref.id}` : `/lahteet.html#${ref.id}`;
}

export function lessonHref(lesson: { id: string }): string {
  return `/oppitunnit/${lesson.id}.html`;
}

/** Finnish date: 2026-11-22 → 22.11.2026 */
export function fiDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** The oldest check date among the cited legal sources (guideline sections are the document itself). */
export function legalCheckedOn(sources: string[], refs: Map<string, ReferenceEntry['data']>): string | undefined {
  const dates = sources
    .map((id) => refs.get(id))
    .filter((r) => r && r.kind !== 'guideline' && r.checked)
    .map((r) => r!.checked!)
    .sort();
  return dates[0];
}

export type ScenarioEntry = CollectionEntry<'scenarios'>;

export async function getScenarios() {
  const lessons = await getLessons();
  const order = new Map(lessons.map((l) => [l.id, l.data.order]));
  return (await getCollection('scenarios'))
    .map((e) => e.data)
    .sort((a, b) => (order.get(a.lesson) ?? 0) - (order.get(b.lesson) ?? 0) || a.title.localeCompare(b.title, 'fi'));
}

export function scenarioHref(s: { id: string }): string {
  return `/harjoitukset/${s.id}.html`;
}

const graphs = new WeakMap<ScenarioEntry['data'], ScenarioGraphInfo>();

/**
 * A scenario's graph facts (maximum points, endings). The pre-build content check has already
 * failed the build on any graph problem, so this only computes, once per scenario.
 */
export function scenarioGraph(s: ScenarioEntry['data']): ScenarioGraphInfo {
  let graph = graphs.get(s);
  if (!graph) {
    graph = checkScenarioGraph(s.id, s, []);
    if (!graph) throw new Error(`Harjoituksen "${s.id}" rakenne on virheellinen`);
    graphs.set(s, graph);
  }
  return graph;
}
