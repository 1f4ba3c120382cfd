// What an editor sees when content is wrong: `astro build` stops with the list of problems, in
// Finnish from start to end, and nothing else (no English wrapper, no stack trace).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, fixtureRoot } from '../support/content-fixture.ts';
import { ROOT } from '../support/course.ts';

describe('a build with an editor\'s mistakes', () => {
  it('stops with the Finnish list of problems only', { timeout: 60_000 }, () => {
    const root = fixtureRoot();
    edit(root, 'content/lessons/01-eka.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    edit(root, 'content/scenarios/testi.yaml', (t) => t.replace('situation: Ensimmäinen tilanne.', 'situation: ""'));
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, COURSE_CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status).toBe(1);
    expect(output).toContain('Sisällössä on 2 virhettä. Korjaa ne ja aja build uudelleen:');
    expect(output).toContain('  - content/lessons/01-eka.mdx: kenttä "title": puuttuu (pakollinen kenttä)');
    expect(output).toContain('  - content/scenarios/testi.yaml: kenttä "nodes[0].situation": ei saa olla tyhjä');
    // Nothing but the list: no Astro or Zod wrapper text in English, no stack trace.
    expect(output).not.toMatch(/error occurred|Invalid input|expected string|Stack trace|\n\s+at |AstroUserError|hook/i);
  });
});
