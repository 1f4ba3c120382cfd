// Runs after pages.spec.ts (its Playwright project depends on that one): every page got its one visit,
// and walking the links those visits found, breadth first from the front page, reaches every page but
// the unlinked ones. No browser is needed here: the links are as the browser resolved them.
import { expect, test } from '@playwright/test';
import { PAGE_SHARDS, UNLINKED, loadShardLinks } from '../support/crawl.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { realCourse } from '../support/course.ts';
import { DIST, builtPages } from '../support/site.ts';

test('every page is reachable from the front page, and every page was visited once', () => {
  const pages = builtPages();
  const shards = loadShardLinks(test.info());
  expect(shards.map((s) => s.shard).sort((a, b) => a - b)).toEqual([...Array(PAGE_SHARDS).keys()]);
  const links = new Map(shards.flatMap((s) => Object.entries(s.links)));
  expect(shards.flatMap((s) => Object.keys(s.links)).sort()).toEqual(pages);

  const queue = ['index.html'];
  const seen = new Set(queue);
  while (queue.length) {
    for (const link of links.get(queue.shift()!) ?? []) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  // Everything is linked from somewhere but the 404 page and the SCORM launch page (opened by an LMS).
  expect([...seen].filter((p) => p.endsWith('.html')).sort()).toEqual(pages.filter((p) => !UNLINKED.includes(p)));
  // The other links are downloads (the HR guide's SCORM zips): each one is a built file.
  const downloads = [...seen].filter((p) => !p.endsWith('.html'));
  expect(downloads.filter((p) => !existsSync(join(DIST, p)))).toEqual([]);
  expect(downloads.filter((p) => p.endsWith('.zip'))).toHaveLength(realCourse().packages.length * 2);
});
