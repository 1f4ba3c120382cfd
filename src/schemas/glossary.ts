import { z } from 'zod';
import { idSchema, nonEmpty } from './common.ts';

export const glossaryEntrySchema = z
  .object({
    id: idSchema,
    term: nonEmpty,
    definition: nonEmpty,
    sources: z.array(idSchema).optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);
