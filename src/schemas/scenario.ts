import { z } from 'zod';
import { idSchema, text } from './common.ts';

// Length bounds are about three times the longest text written so far: room to write, but a pasted
// document in a field fails with the field named instead of building a page of megabytes.

export const choiceSchema = z
  .object({
    id: idSchema,
    label: text(250),
    /** 2–4 sentences (checked with the other scenario rules in src/course/scenario-rules.ts). */
    feedback: text(800),
    points: z.number().int().min(0).max(10),
    /** Id of the next node or of an ending. */
    next: idSchema,
    sources: z.array(idSchema).min(1, 'jokaisen valinnan palautteen on viitattava lähteeseen'),
  })
  .strict();

export const nodeSchema = z
  .object({
    id: idSchema,
    situation: text(1000),
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
    title: text(120),
    summary: text(800),
  })
  .strict();

/** Optional notes for a seminar facilitator (the facilitator guide, kouluttajalle.html). */
export const facilitationSchema = z
  .object({
    /** The one rule the scenario teaches, in one sentence. */
    keyRule: text(300),
    /** Where the rule comes from (reference ids). */
    sources: z.array(idSchema).min(1, 'säännölle on annettava lähde'),
    /** 2–3 questions for the room after the scenario. */
    questions: z.array(text(300)).min(2, 'keskustelukysymyksiä on oltava vähintään 2').max(3, 'keskustelukysymyksiä saa olla enintään 3'),
  })
  .strict();

/** content/scenarios/<id>.yaml: one branching situation. */
export const scenarioSchema = z
  .object({
    id: idSchema,
    title: text(100),
    /** Id of the lesson the scenario belongs to (file name without NN- and .mdx). */
    lesson: idSchema,
    intro: text(800),
    objective: text(300),
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
