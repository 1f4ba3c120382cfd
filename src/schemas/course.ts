import { z } from 'zod';
import { dateSchema, httpsUrl, idSchema, nonEmpty } from './common.ts';

const email = z.email('sähköpostiosoite ei kelpaa');

/** content/course.yaml: one place for everything that is about this course and city. */
export const courseSchema = z
  .object({
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versio muodossa 1.0.0'),
    title: nonEmpty,
    description: nonEmpty,
    audience: nonEmpty,
    masteryScore: z.number().int().min(0).max(100),
    city: z.object({ name: nonEmpty, website: httpsUrl }).strict(),
    guideline: z
      .object({
        title: nonEmpty,
        approvedBy: nonEmpty,
        approvedOn: dateSchema,
        decision: nonEmpty,
        url: httpsUrl,
      })
      .strict(),
    channels: z
      .array(z.object({ name: nonEmpty, url: httpsUrl.optional(), handle: nonEmpty.optional() }).strict())
      .min(1),
    contacts: z
      .array(z.object({ role: nonEmpty, name: nonEmpty, phone: nonEmpty, email }).strict())
      .min(1),
    hashtags: z.array(z.string().regex(/^#\S+$/, 'aihetunniste alkaa #-merkillä eikä sisällä välilyöntejä')).min(1),
    accessibility: z
      .object({
        feedbackEmail: email,
        responseDays: z.number().int().min(1),
        statementDate: dateSchema,
        supervisor: z.object({ name: nonEmpty, url: httpsUrl }).strict(),
      })
      .strict(),
  })
  .strict();
export type Course = z.infer<typeof courseSchema>;
