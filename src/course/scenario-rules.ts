// What makes a scenario fair to the learner, beyond a sound graph: enough decisions and endings, an
// ending that never rewards a poor choice as the best outcome, one scoring rule for putting things
// right, and feedback of the length editors are asked for. Pure; call on a sound graph only.
import type { Scenario } from '../schemas/scenario.ts';
import type { ContentProblem } from './problems.ts';
import { sentences } from './readability.ts';
import { nodeMax, scenarioPaths, type ScenarioPath } from './scenario-graph.ts';

export const SCENARIO_LIMITS = {
  minDecisions: 2,
  minEndings: 3,
  minFeedbackSentences: 2,
  maxFeedbackSentences: 4,
  /** Points of the best choice in a recovery situation (reachable only through poor choices). */
  recoveryBestPoints: 1,
} as const;

const describePath = (p: ScenarioPath) => p.steps.map((s) => s.choice.id).join(' → ');

export function checkScenarioRules(file: string, s: Scenario, problems: ContentProblem[]): void {
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const L = SCENARIO_LIMITS;
  const paths = scenarioPaths(s);
  const outcome = new Map(s.endings.map((e) => [e.id, e.outcome]));

  for (const [i, n] of s.nodes.entries())
    for (const [j, c] of n.choices.entries()) {
      const count = c.feedback ? sentences(c.feedback).length : 0;
      if (count < L.minFeedbackSentences || count > L.maxFeedbackSentences)
        add(`nodes[${i}].choices[${j}].feedback`, `solmu "${n.id}": palautteessa on ${count} virkettä, sopiva määrä on ${L.minFeedbackSentences}–${L.maxFeedbackSentences}`);
    }

  const short = paths.find((p) => p.steps.length < L.minDecisions);
  if (short) add('nodes', `polulla ${describePath(short)} on vain ${short.steps.length} valinta: jokaisella polulla on oltava vähintään ${L.minDecisions}`);
  if (s.endings.length < L.minEndings) add('endings', `loppuja on ${s.endings.length}: niitä on oltava vähintään ${L.minEndings}`);
  if (!s.endings.some((e) => e.outcome === 'best')) add('endings', 'loppujen joukossa on oltava paras loppu (outcome: best)');
  if (!s.endings.some((e) => e.outcome === 'poor')) add('endings', 'loppujen joukossa on oltava huono loppu (outcome: poor)');

  for (const p of paths) {
    const ending = outcome.get(p.endingId);
    const poor = p.steps.find((st) => st.rating === 'poor');
    if (poor && ending === 'best')
      add(
        `nodes[${poor.nodeIndex}].choices`,
        `polku ${describePath(p)} päättyy parhaaseen loppuun "${p.endingId}", vaikka valinta "${poor.choice.id}" (solmu "${poor.node.id}") on huono: huonon valinnan jälkeen paras loppu ei ole mahdollinen`,
      );
    if (p.steps.every((st) => st.rating === 'best') && ending !== 'best')
      add('endings', `polku ${describePath(p)} koostuu parhaista valinnoista, mutta loppu "${p.endingId}" ei ole paras (outcome: best)`);
  }

  // Recovery situations: every way in is a poor choice. Putting things right counts, but less than not erring.
  const incoming = new Map<string, number[]>();
  for (const n of s.nodes) for (const c of n.choices) incoming.set(c.next, [...(incoming.get(c.next) ?? []), c.points]);
  for (const [i, n] of s.nodes.entries()) {
    const ways = incoming.get(n.id) ?? [];
    if (ways.length === 0 || ways.some((points) => points > 0)) continue;
    const best = nodeMax(n);
    if (best !== L.recoveryBestPoints)
      add(
        `nodes[${i}].choices`,
        `solmuun "${n.id}" pääsee vain huonon valinnan kautta (korjaustilanne): sen parhaan valinnan on annettava ${L.recoveryBestPoints} piste, nyt ${best}`,
      );
  }
}
