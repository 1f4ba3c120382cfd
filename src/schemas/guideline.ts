import { z } from 'zod';
import { idSchema } from './common.ts';

/** Frontmatter of content/guideline/NN-slug.mdx: our summary of one guideline section. */
export const guidelineSummarySchema = z
  .object({
    reference: idSchema,
    audience: z.array(z.enum(['staff', 'officials'])).min(1),
  })
  .strict();
export type GuidelineSummary = z.infer<typeof guidelineSummarySchema>;
