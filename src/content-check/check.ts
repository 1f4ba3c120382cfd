// Validates loaded content: each file against its Zod schema, then the links between files
// (cited ids, glossary terms, guideline summaries). Pure: no file system.
import type { z } from 'zod';
import { courseSchema, type Course } from '../schemas/course.ts';
import { glossaryFileSchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { guidelineSummarySchema, type GuidelineSummary } from '../schemas/guideline.ts';
import { lessonSchema, type Lesson } from '../schemas/lesson.ts';
import { referencesFileSchema, type PrimarySource, type Reference } from '../schemas/reference.ts';
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { encodeProgress, SCORM12_SUSPEND_LIMIT } from '../tracking/state-codec.ts';
import { worstCaseProgress } from '../tracking/worst-case.ts';
import { checkScenarioGraph, type ScenarioGraphInfo } from './scenarios.ts';
import { zodProblems, type ContentProblem } from './format.ts';
import type { RawContent, RawFile, RawMdx } from './load.ts';

export interface CheckedLesson extends Lesson {
  id: string;
  file: string;
  body: string;
  /** Ids cited inline with <Lahde id="…"/>. */
  inlineSources: string[];
  terms: string[];
}
export interface CheckedGuideline extends GuidelineSummary {
  file: string;
  body: string;
  inlineSources: string[];
  terms: string[];
}
export interface CheckedScenario extends Scenario {
  file: string;
  graph: ScenarioGraphInfo;
}
export interface CheckedContent {
  course: Course | undefined;
  references: Reference[];
  /** What the legal check covered (shown with the sources). */
  checkCoverage: string;
  primarySources: PrimarySource[];
  glossary: GlossaryEntry[];
  lessons: CheckedLesson[];
  guideline: CheckedGuideline[];
  scenarios: CheckedScenario[];
}

export const LESSON_FILE = /(?:^|\/)(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** Ids used by MDX components in a body. Attribute order is free; only literal strings count. */
export function componentIds(body: string, component: string): string[] {
  const ids: string[] = [];
  for (const tag of body.matchAll(new RegExp(`<${component}\\b[^>]*>`, 'g'))) {
    const m = /\bid="([^"]*)"/.exec(tag[0]);
    ids.push(m ? m[1]! : '');
  }
  return ids;
}

function parse<T>(schema: z.ZodType<T>, raw: RawFile | RawMdx, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  problems.push(...zodProblems(raw.file, result.error));
  return undefined;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

export function checkContent(raw: RawContent): { content: CheckedContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const course = raw.course ? parse(courseSchema, raw.course, problems) : undefined;
  const refs = raw.references && parse(referencesFileSchema, raw.references, problems);
  const references = refs?.references ?? [];
  const glossary = (raw.glossary && parse(glossaryFileSchema, raw.glossary, problems)) || [];

  const refFile = raw.references?.file ?? 'content/references.yaml';
  for (const id of duplicates(references.map((r) => r.id)))
    problems.push({ file: refFile, field: 'id', message: `sama tunnus "${id}" on käytössä useammin kuin kerran` });
  const glossFile = raw.glossary?.file ?? 'content/glossary.yaml';
  for (const id of duplicates(glossary.map((g) => g.id)))
    problems.push({ file: glossFile, field: 'id', message: `sama tunnus "${id}" on käytössä useammin kuin kerran` });

  const refById = new Map(references.map((r) => [r.id, r]));
  const termIds = new Set(glossary.map((g) => g.id));

  /** A citation must name a known, checked reference. */
  const checkCitation = (file: string, field: string, id: string) => {
    const ref = refById.get(id);
    if (!ref) problems.push({ file, field, message: `tuntematon lähde "${id}" (ei löydy tiedostosta ${refFile})` });
    else if (ref.status === 'EI VARMISTETTU')
      problems.push({ file, field, message: `lähde "${id}" on tilassa EI VARMISTETTU, eikä siihen saa viitata` });
  };
  const checkTerm = (file: string, id: string) => {
    if (!termIds.has(id)) problems.push({ file, field: 'Termi', message: `tuntematon sanaston termi "${id}" (ei löydy tiedostosta ${glossFile})` });
  };

  glossary.forEach((g, i) => g.sources?.forEach((id, j) => checkCitation(glossFile, `[${i}].sources[${j}]`, id)));

  const lessons: CheckedLesson[] = [];
  for (const rawLesson of raw.lessons) {
    const name = LESSON_FILE.exec(rawLesson.file);
    if (!name) {
      problems.push({ file: rawLesson.file, field: '', message: 'tiedoston nimen on oltava muotoa NN-nimi.mdx (esim. 02-lojaliteetti.mdx)' });
      continue;
    }
    const data = parse(lessonSchema, rawLesson, problems);
    if (!data) continue;
    const inlineSources = componentIds(rawLesson.body, 'Lahde');
    const terms = componentIds(rawLesson.body, 'Termi');
    data.sources.forEach((id, i) => checkCitation(rawLesson.file, `sources[${i}]`, id));
    for (const id of new Set(inlineSources)) {
      checkCitation(rawLesson.file, 'Lahde', id);
      if (refById.has(id) && !data.sources.includes(id))
        problems.push({ file: rawLesson.file, field: 'sources', message: `tekstissä viitataan lähteeseen "${id}", mutta se puuttuu sources-luettelosta` });
    }
    terms.forEach((id) => checkTerm(rawLesson.file, id));
    lessons.push({ ...data, id: name[2]!, file: rawLesson.file, body: rawLesson.body, inlineSources, terms });
  }
  for (const order of duplicates(lessons.map((l) => String(l.order))))
    problems.push({ file: 'content/lessons', field: 'order', message: `usealla oppitunnilla on sama järjestysnumero ${order}` });
  for (const id of duplicates(lessons.map((l) => l.id)))
    problems.push({ file: 'content/lessons', field: '', message: `usealla oppitunnilla on sama nimi "${id}"` });

  const guideline: CheckedGuideline[] = [];
  for (const rawSummary of raw.guideline) {
    const data = parse(guidelineSummarySchema, rawSummary, problems);
    if (!data) continue;
    const ref = refById.get(data.reference);
    if (!ref || ref.kind !== 'guideline')
      problems.push({ file: rawSummary.file, field: 'reference', message: `"${data.reference}" ei ole ohjeen luku tiedostossa ${refFile}` });
    const inlineSources = componentIds(rawSummary.body, 'Lahde');
    const terms = componentIds(rawSummary.body, 'Termi');
    inlineSources.forEach((id) => checkCitation(rawSummary.file, 'Lahde', id));
    terms.forEach((id) => checkTerm(rawSummary.file, id));
    guideline.push({ ...data, file: rawSummary.file, body: rawSummary.body, inlineSources, terms });
  }
  if (raw.guideline.length > 0) {
    const summarised = guideline.map((g) => g.reference);
    for (const id of duplicates(summarised))
      problems.push({ file: 'content/guideline', field: 'reference', message: `ohjeen luvulla "${id}" on useampi tiivistelmä` });
    for (const ref of references.filter((r) => r.kind === 'guideline' && !summarised.includes(r.id)))
      problems.push({ file: 'content/guideline', field: '', message: `ohjeen luvulta "${ref.id}" puuttuu tiivistelmä` });
  }

  const scenarios: CheckedScenario[] = [];
  const lessonIds = new Set(lessons.map((l) => l.id));
  for (const rawScenario of raw.scenarios) {
    const data = parse(scenarioSchema, rawScenario, problems);
    if (!data) continue;
    const { file } = rawScenario;
    const base = /([^/]+)\.(ya?ml|json)$/.exec(file)?.[1];
    if (base !== data.id) problems.push({ file, field: 'id', message: `tunnuksen on oltava sama kuin tiedoston nimi ("${base}")` });
    if (!lessonIds.has(data.lesson)) problems.push({ file, field: 'lesson', message: `oppituntia "${data.lesson}" ei ole` });
    data.nodes.forEach((n, i) =>
      n.choices.forEach((c, j) =>
        c.sources.forEach((id, k) => checkCitation(file, `nodes[${i}].choices[${j}].sources[${k}] (solmu "${n.id}")`, id)),
      ),
    );
    const graph = checkScenarioGraph(file, data, problems);
    if (graph) scenarios.push({ ...data, file, graph });
  }
  for (const id of duplicates(scenarios.map((x) => x.id)))
    problems.push({ file: 'content/scenarios', field: 'id', message: `usealla harjoituksella on sama tunnus "${id}"` });
  const scenarioIds = new Set(raw.scenarios.map((r) => (r.data as { id?: unknown } | undefined)?.id));
  for (const lesson of lessons)
    for (const id of componentIds(lesson.body, 'Harjoitus'))
      if (!scenarioIds.has(id)) problems.push({ file: lesson.file, field: 'Harjoitus', message: `harjoitusta "${id}" ei ole kansiossa content/scenarios` });

  // The saved state must fit SCORM 1.2's suspend_data in the worst case, or an LMS would refuse it.
  if (problems.length === 0) {
    const worst = encodeProgress(worstCaseProgress({ lessons, scenarios })).length;
    if (worst > SCORM12_SUSPEND_LIMIT)
      problems.push({ file: 'content/scenarios', field: 'nodes', message: `tallennettu tila voi kasvaa ${worst} merkkiin (raja ${SCORM12_SUSPEND_LIMIT}): lyhennä valintojen tunnuksia tai polkuja` });
  }

  lessons.sort((a, b) => a.order - b.order);
  guideline.sort((a, b) => (refById.get(a.reference)?.section ?? 0) - (refById.get(b.reference)?.section ?? 0));
  return {
    content: { course, references, checkCoverage: refs?.checkCoverage ?? '', primarySources: refs?.primarySources ?? [], glossary, lessons, guideline, scenarios },
    problems,
  };
}
