import { z } from 'zod';
import { idSchema, text } from './common.ts';

export const glossaryEntrySchema = z
  .object({
    id: idSchema,
    term: text(80),
    definition: text(800),
    sources: z.array(idSchema).optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);
