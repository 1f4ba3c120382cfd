import { z } from 'zod';
import { idSchema, nonEmpty } from './common.ts';

/** Frontmatter of content/lessons/NN-slug.mdx. */
export const lessonSchema = z
  .object({
    title: nonEmpty,
    description: nonEmpty,
    order: z.number().int().min(1),
    minutes: z.number().int().min(1).max(60),
    objectives: z
      .array(nonEmpty)
      .min(3, 'oppimistavoitteita on oltava vähintään 3')
      .max(5, 'oppimistavoitteita saa olla enintään 5'),
    sources: z.array(idSchema).min(2, 'oppitunnin on viitattava vähintään kahteen lähteeseen'),
  })
  .strict();
export type Lesson = z.infer<typeof lessonSchema>;
