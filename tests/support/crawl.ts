// The per-page browser checks run in shards (tests/e2e/pages.spec.ts), so that both workers share
// them; each shard records the links of the pages it visited here, and tests/e2e/crawl.spec.ts
// (which runs after all of them) walks that link graph from the front page.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';

export const PAGE_SHARDS = 8;
/** Not linked from any page: the 404 page, and the SCORM launch page (opened by an LMS). */
export const UNLINKED = ['404.html', 'player.html'];

export interface ShardLinks {
  shard: number;
  /** Each visited page and the same-site pages it links to, as the browser resolved them. */
  links: Record<string, string[]>;
}

/** Shard k of the pages: every PAGE_SHARDS-th page, so that lessons and scenarios spread evenly. */
export const shardOf = (pages: string[], k: number) => pages.filter((_, i) => i % PAGE_SHARDS === k);

const dir = (info: TestInfo) => join(info.project.outputDir, 'crawl-links');

export function saveShardLinks(info: TestInfo, data: ShardLinks): void {
  mkdirSync(dir(info), { recursive: true });
  writeFileSync(join(dir(info), `shard-${data.shard}.json`), JSON.stringify(data));
}

export function loadShardLinks(info: TestInfo): ShardLinks[] {
  return readdirSync(dir(info))
    .filter((f) => /^shard-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(dir(info), f), 'utf8')) as ShardLinks);
}
