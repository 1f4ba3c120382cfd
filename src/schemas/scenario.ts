import { z } from 'zod';
import { idSchema, nonEmpty } from './common.ts';
import { sentences } from '../lib/readability.ts';

/** Sentences in a text (the readability tool's rule): keeps feedback to the 2–4 sentences editors are asked for. */
const sentenceCount = (text: string): number => sentences(text).length;

export const choiceSchema = z
  .object({
    id: idSchema,
    label: nonEmpty,
    feedback: nonEmpty.refine((t) => {
      const n = sentenceCount(t);
      return n >= 2 && n <= 4;
    }, 'palautteessa on oltava 2–4 virkettä'),
    points: z.number().int().min(0).max(10),
    /** Id of the next node or of an ending. */
    next: idSchema,
    sources: z.array(idSchema).min(1, 'jokaisen valinnan palautteen on viitattava lähteeseen'),
  })
  .strict();

export const nodeSchema = z
  .object({
    id: idSchema,
    situation: nonEmpty,
    choices: z
      .array(choiceSchema)
      .min(2, 'tilanteessa on oltava vähintään 2 vaihtoehtoa')
      .max(4, 'tilanteessa saa olla enintään 4 vaihtoehtoa'),
  })
  .strict();

export const endingSchema = z
  .object({
    id: idSchema,
    outcome: z.enum(['best', 'acceptable', 'poor']),
    title: nonEmpty,
    summary: nonEmpty,
  })
  .strict();

/** Optional notes for a seminar facilitator (the facilitator guide, kouluttajalle.html). */
export const facilitationSchema = z
  .object({
    /** The one rule the scenario teaches, in one sentence. */
    keyRule: nonEmpty,
    /** Where the rule comes from (reference ids). */
    sources: z.array(idSchema).min(1, 'säännölle on annettava lähde'),
    /** 2–3 questions for the room after the scenario. */
    questions: z.array(nonEmpty).min(2, 'keskustelukysymyksiä on oltava vähintään 2').max(3, 'keskustelukysymyksiä saa olla enintään 3'),
  })
  .strict();

/** content/scenarios/<id>.yaml: one branching situation. */
export const scenarioSchema = z
  .object({
    id: idSchema,
    title: nonEmpty,
    /** Id of the lesson the scenario belongs to (file name without NN- and .mdx). */
    lesson: idSchema,
    intro: nonEmpty,
    objective: nonEmpty,
    start: idSchema,
    nodes: z.array(nodeSchema).min(1),
    endings: z.array(endingSchema).min(1),
    facilitation: facilitationSchema.optional(),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type ScenarioChoice = z.infer<typeof choiceSchema>;
export type ScenarioEnding = z.infer<typeof endingSchema>;
