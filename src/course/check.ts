// Checks loaded content and builds the course model: each file against its schema, the links between
// files (cited ids, glossary terms, scenarios, guideline sections), the text and scenario rules, and
// the saved-state budget. Pure: no file system. Problems name the file and the field or line.
import type { z } from 'zod';
import { courseSchema, type Course } from '../schemas/course.ts';
import { glossaryFileSchema } from '../schemas/glossary.ts';
import { guidelineSummarySchema } from '../schemas/guideline.ts';
import { lessonSchema } from '../schemas/lesson.ts';
import { referencesFileSchema, type ReferencesFile } from '../schemas/reference.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import type { RawContent, RawFile, RawMdx } from './load.ts';
import { courseOutline, lessonMinutes, packageModels, scenarioEffort, type CourseModel, type ModelGuideline, type ModelLesson, type ModelScenario } from './model.ts';
import { parseIn, type ContentProblem } from './problems.ts';
import { measure } from './readability.ts';
import { checkScenarioGraph } from './scenario-graph.ts';
import { checkScenarioRules } from './scenario-rules.ts';
import { encodeProgress, SCORM12_SUSPEND_LIMIT } from './state-codec.ts';
import { checkLessonText, checkMdxSafety, checkWording, componentIds, rememberPoints } from './text-rules.ts';
import { worstCaseProgress } from './worst-case.ts';

/** content/lessons/NN-name.mdx: the order prefix is dropped from the id, so reordering keeps URLs and LMS ids. */
export const LESSON_FILE = /(?:^|\/)(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
export const lessonIdOf = (file: string): string | undefined => LESSON_FILE.exec(file)?.[2];
const scenarioIdOf = (file: string) => /([^/]+)\.ya?ml$/.exec(file)?.[1] ?? '';

/** A guideline section counts as covered by its summary when the summary says at least this much. */
const MIN_SUMMARY_WORDS = 60;

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

export function checkContent(raw: RawContent): { model: CourseModel | undefined; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  for (const f of [raw.course, raw.references, raw.glossary, ...raw.scenarios, ...raw.lessons, ...raw.guideline]) if (f) checkWording(f.file, f.text, problems);
  // The editing guide may quote wording in order to forbid it; only placeholders are checked there.
  for (const f of raw.other) checkWording(f.file, f.text, problems, false);

  const parse = <T,>(schema: z.ZodType<T>, f: RawFile | undefined) =>
    f && f.data !== undefined ? parseIn(schema, f.file, f.data, problems) : undefined;
  const course: Course | undefined = parse(courseSchema, raw.course);
  const refsFile: ReferencesFile | undefined = parse(referencesFileSchema, raw.references);
  const glossary = parse(glossaryFileSchema, raw.glossary);

  const refFile = raw.references?.file ?? 'content/references.yaml';
  const glossFile = raw.glossary?.file ?? 'content/glossary.yaml';
  const references = refsFile?.references ?? [];
  const reportDuplicates = (file: string, ids: string[], field: (i: number) => string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => (seen.has(id) ? add(file, field(i), `sama tunnus "${id}" on käytössä useammin kuin kerran`) : seen.add(id)));
  };
  reportDuplicates(refFile, references.map((r) => r.id), (i) => `references[${i}].id`);
  reportDuplicates(glossFile, (glossary ?? []).map((g) => g.id), (i) => `[${i}].id`);

  // Links are checked only against files that could be read: a broken references.yaml is one
  // problem, not one more for every lesson that cites it.
  const refById = new Map(references.map((r) => [r.id, r]));
  const cited = new Set<string>();
  const cite = (file: string, field: string, id: string) => {
    cited.add(id);
    if (!refsFile) return;
    const ref = refById.get(id);
    if (!ref) add(file, field, `tuntematon lähde "${id}" (ei löydy tiedostosta ${refFile})`);
    else if (ref.status === 'EI VARMISTETTU') add(file, field, `lähde "${id}" on tilassa EI VARMISTETTU, eikä siihen saa viitata`);
  };
  const termIds = new Set((glossary ?? []).map((g) => g.id));
  const useTerm = (file: string, id: string) => {
    if (glossary && !termIds.has(id)) add(file, 'Termi', `tuntematon sanaston termi "${id}" (ei löydy tiedostosta ${glossFile})`);
  };

  (glossary ?? []).forEach((g, i) => g.sources?.forEach((id, j) => cite(glossFile, `[${i}].sources[${j}]`, id)));

  const mdxBody = (f: RawMdx) => {
    checkMdxSafety(f.file, f.body, f.bodyLine, problems);
    return { inlineSources: componentIds(f.body, 'Lahde'), terms: componentIds(f.body, 'Termi') };
  };

  const lessons: ModelLesson[] = [];
  for (const f of raw.lessons) {
    const id = lessonIdOf(f.file);
    if (!id) {
      add(f.file, '', 'tiedoston nimen on oltava muotoa NN-nimi.mdx (esim. 02-lojaliteetti.mdx)');
      continue;
    }
    const { inlineSources, terms } = mdxBody(f);
    checkLessonText(f.file, f.body, problems);
    const data = parse(lessonSchema, f);
    if (!data) continue;
    data.sources.forEach((sid, i) => cite(f.file, `sources[${i}]`, sid));
    for (const sid of new Set(inlineSources)) {
      cite(f.file, 'Lahde', sid);
      if (!data.sources.includes(sid)) add(f.file, 'sources', `tekstissä viitataan lähteeseen "${sid}", mutta se puuttuu sources-luettelosta`);
    }
    terms.forEach((t) => useTerm(f.file, t));
    const lessonWords = measure(f.body).words;
    lessons.push({ ...data, id, file: f.file, body: f.body, inlineSources, terms, scenarios: componentIds(f.body, 'Harjoitus'), remember: rememberPoints(f.body), words: lessonWords, minutes: lessonMinutes(lessonWords) });
  }
  for (const order of duplicates(lessons.map((l) => String(l.order)))) add('content/lessons', 'order', `usealla oppitunnilla on sama järjestysnumero ${order}`);
  for (const id of duplicates(lessons.map((l) => l.id))) add('content/lessons', '', `usealla oppitunnilla on sama nimi "${id}"`);
  lessons.sort((a, b) => a.order - b.order);

  const guideline: ModelGuideline[] = [];
  for (const f of raw.guideline) {
    const { inlineSources, terms } = mdxBody(f);
    const data = parse(guidelineSummarySchema, f);
    if (!data) continue;
    const ref = refById.get(data.reference);
    if (refsFile && (!ref || ref.kind !== 'guideline')) add(f.file, 'reference', `"${data.reference}" ei ole ohjeen luku tiedostossa ${refFile}`);
    cited.add(data.reference);
    inlineSources.forEach((sid) => cite(f.file, 'Lahde', sid));
    terms.forEach((t) => useTerm(f.file, t));
    guideline.push({ ...data, file: f.file, body: f.body, inlineSources, terms });
  }
  guideline.sort((a, b) => (refById.get(a.reference)?.section ?? 0) - (refById.get(b.reference)?.section ?? 0));
  for (const id of duplicates(guideline.map((g) => g.reference))) add('content/guideline', 'reference', `ohjeen luvulla "${id}" on useampi tiivistelmä`);

  // Coverage needs every lesson and summary: a file that could not be read is one problem already,
  // not a reason to report the sections and terms it would have covered.
  const allRead = lessons.length === raw.lessons.length && guideline.length === raw.guideline.length;
  // Every guideline section is taught: cited by a lesson, or summarised at some length.
  const citedByLessons = new Set(lessons.flatMap((l) => l.sources));
  const summaryWords = new Map(guideline.map((g) => [g.reference, measure(g.body).words]));
  for (const ref of allRead ? references.filter((r) => r.kind === 'guideline') : []) {
    if (!summaryWords.has(ref.id)) add('content/guideline', '', `ohjeen luvulta "${ref.id}" puuttuu tiivistelmä`);
    else if (!citedByLessons.has(ref.id) && summaryWords.get(ref.id)! < MIN_SUMMARY_WORDS)
      add('content/guideline', '', `ohjeen luku "${ref.id}" ei näy kurssilla: mikään oppitunti ei viittaa siihen, ja sen tiivistelmässä on alle ${MIN_SUMMARY_WORDS} sanaa`);
  }
  // Every glossary term is used somewhere (a term nobody links to is not part of the course).
  const usedTerms = new Set([...lessons, ...guideline].flatMap((x) => x.terms));
  if (glossary && allRead)
    glossary.forEach((g, i) => {
      if (!usedTerms.has(g.id)) add(glossFile, `[${i}].id`, `termiä "${g.id}" ei käytetä missään oppitunnissa tai ohjeen tiivistelmässä (<Termi id="${g.id}">)`);
    });

  const scenarios: ModelScenario[] = [];
  const lessonIds = new Set(raw.lessons.map((f) => lessonIdOf(f.file)).filter(Boolean));
  for (const f of raw.scenarios) {
    const data = parse(scenarioSchema, f);
    if (!data) continue;
    if (scenarioIdOf(f.file) !== data.id) add(f.file, 'id', `tunnuksen on oltava sama kuin tiedoston nimi ("${scenarioIdOf(f.file)}")`);
    if (!lessonIds.has(data.lesson)) add(f.file, 'lesson', `oppituntia "${data.lesson}" ei ole`);
    data.nodes.forEach((n, i) =>
      n.choices.forEach((c, j) => c.sources.forEach((sid, k) => cite(f.file, `nodes[${i}].choices[${j}].sources[${k}] (solmu "${n.id}")`, sid))),
    );
    data.facilitation?.sources.forEach((sid, k) => cite(f.file, `facilitation.sources[${k}]`, sid));
    const figures = checkScenarioGraph(f.file, data, problems);
    if (!figures) continue;
    checkScenarioRules(f.file, data, problems);
    scenarios.push({ ...data, file: f.file, figures, ...scenarioEffort(data) });
  }
  for (const id of duplicates(scenarios.map((s) => s.id))) add('content/scenarios', 'id', `usealla harjoituksella on sama tunnus "${id}"`);
  // A scenario file that could not be read is not reported again as missing.
  const scenarioIds = new Set(raw.scenarios.map((f) => scenarioIdOf(f.file)));
  for (const l of lessons) for (const id of l.scenarios) if (!scenarioIds.has(id)) add(l.file, 'Harjoitus', `harjoitusta "${id}" ei ole kansiossa content/scenarios`);
  // Scenarios are listed in the order of their lessons, then by title.
  const lessonOrder = new Map(lessons.map((l) => [l.id, l.order]));
  scenarios.sort((a, b) => (lessonOrder.get(a.lesson) ?? 0) - (lessonOrder.get(b.lesson) ?? 0) || a.title.localeCompare(b.title, 'fi'));

  // A refresher names exercises that exist.
  course?.packages.forEach((p, i) =>
    p.refresher?.scenarios?.forEach((id, j) => {
      if (!scenarioIds.has(id)) add(raw.course!.file, `packages[${i}].refresher.scenarios[${j}]`, `harjoitusta "${id}" ei ole kansiossa content/scenarios`);
    }),
  );

  if (problems.length > 0 || !course || !refsFile || !glossary) return { model: undefined, problems };

  // The saved state must fit SCORM 1.2's suspend_data in the worst case, or an LMS would refuse it.
  const worst = encodeProgress(worstCaseProgress(lessons.map((l) => l.id), scenarios)).length;
  if (worst > SCORM12_SUSPEND_LIMIT)
    add('content/scenarios', 'nodes', `tallennettu tila voi kasvaa ${worst} merkkiin (raja ${SCORM12_SUSPEND_LIMIT}): lyhennä valintojen tunnuksia tai polkuja`);
  if (problems.length > 0) return { model: undefined, problems };

  const lessonMin = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const scenarioMin = scenarios.reduce((sum, s) => sum + s.minutes, 0);
  const outline = courseOutline({ course, lessons, scenarios });
  const model: CourseModel = {
    course,
    packages: packageModels(course, lessons, scenarios, outline, lessonMin + scenarioMin),
    checkCoverage: refsFile.checkCoverage,
    primarySources: refsFile.primarySources,
    references: references.map(({ note: _editorsOnly, ...r }) => ({ ...r, cited: cited.has(r.id) })),
    glossary,
    lessons,
    guideline,
    scenarios,
    outline,
    figures: { worstCaseSavedState: worst, minutes: { lessons: lessonMin, scenarios: scenarioMin, total: lessonMin + scenarioMin } },
  };
  return { model, problems };
}
