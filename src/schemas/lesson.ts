import { z } from 'zod';
import { idSchema, text } from './common.ts';

/** Frontmatter of content/lessons/NN-slug.mdx. */
export const lessonSchema = z
  .object({
    title: text(100),
    description: text(300),
    order: z.number().int().min(1),
    objectives: z
      .array(text(250))
      .min(3, 'oppimistavoitteita on oltava vähintään 3')
      .max(5, 'oppimistavoitteita saa olla enintään 5'),
    sources: z.array(idSchema).min(2, 'oppitunnin on viitattava vähintään kahteen lähteeseen'),
  })
  .strict();
export type Lesson = z.infer<typeof lessonSchema>;
