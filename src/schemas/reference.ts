import { z } from 'zod';
import { dateSchema, httpsUrl, idSchema, nonEmpty } from './common.ts';

/** How well a legal reference was checked (content/README.md explains the statuses to editors). */
export const referenceStatus = z.enum(['V1', 'V2', 'OSIN', 'EI VARMISTETTU']);
export type ReferenceStatus = z.infer<typeof referenceStatus>;

export const referenceKind = z.enum(['guideline', 'statute', 'decision', 'guidance']);

export const referenceSchema = z
  .object({
    id: idSchema,
    kind: referenceKind,
    title: nonEmpty,
    short: nonEmpty,
    summary: nonEmpty,
    status: referenceStatus,
    /** Only for OSIN: which part of the row was checked and may be cited. */
    scope: nonEmpty.optional(),
    /** Only for guideline sections: the section's number in the guideline (1–12). */
    section: z.number().int().min(1).optional(),
    url: httpsUrl,
    checked: dateSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.status === 'OSIN' && !r.scope)
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'OSIN-tilaiselle lähteelle on kerrottava, mikä osa on tarkistettu' });
    if (r.status !== 'OSIN' && r.scope)
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'scope kuuluu vain OSIN-tilaisille lähteille' });
    if (r.kind === 'guideline' && r.section === undefined)
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'ohjeen luvulle on annettava luvun numero' });
    if (r.kind !== 'guideline' && r.section !== undefined)
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'section kuuluu vain ohjeen luvuille' });
  });
export type Reference = z.infer<typeof referenceSchema>;

export const referencesFileSchema = z.array(referenceSchema).min(1, 'lähteitä on oltava vähintään yksi');
