// Content collections read the top-level content/ folder. The same Zod schemas are used by the
// stricter pre-build check (src/content-check), which names file and field on any error.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { courseSchema } from './schemas/course.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { guidelineSummarySchema } from './schemas/guideline.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { referenceSchema } from './schemas/reference.ts';
import { scenarioSchema } from './schemas/scenario.ts';

const lessons = defineCollection({
  // Lesson ids drop the NN- ordering prefix so that reordering never changes URLs or LMS ids.
  loader: glob({
    base: './content/lessons',
    pattern: '*.mdx',
    generateId: ({ entry }) => entry.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

const guideline = defineCollection({
  loader: glob({ base: './content/guideline', pattern: '*.mdx' }),
  schema: guidelineSummarySchema,
});

// references.yaml holds the check's coverage, the primary sources and the rows; the collection is the rows.
const references = defineCollection({
  loader: file('content/references.yaml', { parser: (text) => (parse(text) as { references: unknown[] }).references }),
  schema: referenceSchema,
});
const referenceCheck = defineCollection({
  loader: file('content/references.yaml', { parser: (text) => { const { checkCoverage } = parse(text) as { checkCoverage: string }; return [{ id: 'tarkistus', checkCoverage }]; } }),
});
const glossary = defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryEntrySchema });

const course = defineCollection({
  loader: file('content/course.yaml', { parser: (text) => [parse(text)] }),
  schema: courseSchema,
});

const scenarios = defineCollection({
  loader: glob({ base: './content/scenarios', pattern: '*.{yaml,yml,json}' }),
  schema: scenarioSchema,
});

export const collections = { lessons, guideline, references, referenceCheck, glossary, course, scenarios };
