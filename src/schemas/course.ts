import { z } from 'zod';
import { dateSchema, httpsUrl, idSchema, text } from './common.ts';

const email = z.email('sähköpostiosoite ei kelpaa');

/**
 * One SCORM package of the course for one audience. `completion`: complete when every lesson is seen
 * and every exercise finished, no pass/fail, no score or decisions to the LMS (elected officials).
 * `score`: passed/failed against the mastery score, with the score and every decision (staff).
 */
export const packageSchema = z
  .object({
    id: idSchema,
    /** Who the package is for, as HR and learners read it (in titles and file names' explanations). */
    label: text(80),
    tracking: z.enum(['completion', 'score']),
    /**
     * A short yearly refresher instead of the whole course: only exercises, opened from the refresher
     * page. `scenarios`: which ones; by default one per lesson (the one with the most endings).
     */
    refresher: z.object({ scenarios: z.array(idSchema).min(1).optional() }).strict().optional(),
  })
  .strict();
export type PackageSpec = z.infer<typeof packageSchema>;

/** content/course.yaml: one place for everything that is about this course and city. */
export const courseSchema = z
  .object({
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versio muodossa 1.0.0'),
    title: text(300),
    description: text(300),
    audience: text(300),
    /** Pass mark (%) for packages that track a score. */
    masteryScore: z.number().int().min(0).max(100),
    /** The SCORM packages built, one per audience; the first is the default. */
    packages: z
      .array(packageSchema)
      .min(1)
      .refine((p) => new Set(p.map((x) => x.id)).size === p.length, 'pakettien tunnusten on oltava eri')
      .refine((p) => p.filter((x) => x.refresher).length <= 1, 'kertauspaketteja voi olla vain yksi'),
    city: z.object({ name: text(300), website: httpsUrl }).strict(),
    guideline: z
      .object({
        title: text(300),
        approvedBy: text(300),
        approvedOn: dateSchema,
        decision: text(300),
        url: httpsUrl,
      })
      .strict(),
    channels: z
      .array(z.object({ name: text(300), url: httpsUrl.optional(), handle: text(300).optional() }).strict())
      .min(1),
    contacts: z
      .array(z.object({ role: text(300), name: text(300), phone: text(300), email }).strict())
      .min(1),
    hashtags: z.array(z.string().regex(/^#\S+$/, 'aihetunniste alkaa #-merkillä eikä sisällä välilyöntejä')).min(1),
    accessibility: z
      .object({
        feedbackEmail: email,
        responseDays: z.number().int().min(1),
        statementDate: dateSchema,
        supervisor: z.object({ name: text(300), url: httpsUrl }).strict(),
      })
      .strict(),
  })
  .strict();
export type Course = z.infer<typeof courseSchema>;
