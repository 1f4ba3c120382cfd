// Imports run one way (README, "Architecture"):
//   schemas, strings → course → machines, tracking → site-client (open-site page scripts) → islands, player,
//   lms-preview, search, site →
//   components, layouts → pages → integrations → cli
// and no file imports itself through others.
import { describe, expect, it } from 'vitest';
import { fileCycles, importGraph, layerOf } from '../support/import-graph.ts';
import { ROOT } from '../support/course.ts';

/** Which folders each folder of src/ may import from (besides itself). */
const ALLOWED: Record<string, string[]> = {
  schemas: [],
  strings: [],
  styles: [],
  course: ['schemas'],
  machines: ['course', 'schemas'],
  tracking: ['course', 'schemas', 'strings'],
  islands: ['machines', 'tracking', 'course', 'schemas', 'strings', 'site-client'],
  player: ['site-client', 'tracking', 'course', 'schemas', 'strings'],
  'lms-preview': ['course', 'strings'],
  search: ['strings'],
  'site-client': ['tracking', 'course', 'schemas', 'strings'],
  site: ['course', 'schemas', 'strings'],
  components: ['site', 'islands', 'site-client', 'course', 'schemas', 'strings'],
  layouts: ['site', 'components', 'styles', 'strings'],
  pages: ['layouts', 'components', 'islands', 'site', 'site-client', 'player', 'lms-preview', 'search', 'course', 'schemas', 'strings', 'styles'],
  integrations: ['course', 'schemas', 'strings'],
  cli: ['integrations', 'course', 'schemas', 'strings'],
  src: [],
};

describe('architecture', () => {
  const edges = importGraph(ROOT);

  it('reads a real import graph', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual({ from: 'src/course/check.ts', to: 'src/course/model.ts' });
    expect(edges).toContainEqual({ from: 'src/pages/player.astro', to: 'src/player/player.ts' });
  });

  it('has no import cycle between files', () => {
    expect(fileCycles(edges)).toEqual([]);
  });

  it('imports run one way between the folders', () => {
    const wrong = edges
      .filter((e) => layerOf(e.from) !== layerOf(e.to))
      .filter((e) => !(ALLOWED[layerOf(e.from)] ?? []).includes(layerOf(e.to)))
      .map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('the checks can fail: a cycle and a wrong-way import are caught', () => {
    const made = [
      { from: 'src/course/a.ts', to: 'src/tracking/b.ts' },
      { from: 'src/tracking/b.ts', to: 'src/course/a.ts' },
    ];
    expect(fileCycles(made)).toEqual([['src/course/a.ts', 'src/tracking/b.ts', 'src/course/a.ts']]);
    expect(ALLOWED['course']).not.toContain(layerOf(made[0]!.to));
  });
});
