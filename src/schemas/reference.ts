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
    /** The primary source (its host must be on the file's list of primary sources). */
    url: httpsUrl,
    /** Only on V1 rows: the day the row was checked at the primary source. */
    checked: dateSchema.optional(),
    /** For editors only (why a row is kept, what is still open): never shown to learners. */
    note: nonEmpty.optional(),
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
    // A date says "checked at the primary source": only V1 rows may carry one, and they must.
    if (r.status !== 'V1' && r.checked !== undefined)
      ctx.addIssue({ code: 'custom', path: ['checked'], message: `tarkistuspäivä kuuluu vain V1-tilaisille lähteille (tämän tila on ${r.status})` });
    if (r.status === 'V1' && r.checked === undefined)
      ctx.addIssue({ code: 'custom', path: ['checked'], message: 'V1-tilaiselle lähteelle on annettava tarkistuspäivä' });
  });
export type Reference = z.infer<typeof referenceSchema>;

/** A site accepted as a primary source: the body that makes the law, the decision or the guidance. */
export const primarySourceSchema = z.object({ host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'verkkotunnus ilman https://-alkua, esim. finlex.fi'), name: nonEmpty }).strict();
export type PrimarySource = z.infer<typeof primarySourceSchema>;

/** The host of a URL is on the list when it is the listed host or one of its subdomains (www.finlex.fi for finlex.fi). */
export function isPrimaryUrl(url: string, sources: readonly PrimarySource[]): boolean {
  const host = new URL(url).hostname;
  return sources.some((s) => host === s.host || host.endsWith(`.${s.host}`));
}

/** content/references.yaml: what the check covered, the primary sources accepted, and the rows. */
export const referencesFileSchema = z
  .object({
    /** Shown to learners under every lesson's sources and on the sources page: what the check covered. */
    checkCoverage: nonEmpty,
    primarySources: z.array(primarySourceSchema).min(1),
    references: z.array(referenceSchema).min(1, 'lähteitä on oltava vähintään yksi'),
  })
  .strict()
  .superRefine((f, ctx) => {
    f.references.forEach((r, i) => {
      // An unreadable URL is already reported by the row's own schema.
      if (URL.canParse(r.url) && !isPrimaryUrl(r.url, f.primarySources))
        ctx.addIssue({
          code: 'custom',
          path: ['references', i, 'url'],
          message: `osoitteen ${new URL(r.url).hostname} pitää olla ensisijainen lähde (lista primarySources); toissijaisia lähteitä ei linkitetä`,
        });
    });
  });
export type ReferencesFile = z.infer<typeof referencesFileSchema>;
