// Usage: node src/cli/readability.ts content/lessons/*.mdx  (or npm run readability; Node 24 runs TypeScript directly)
import { readFileSync } from 'node:fs';
import { measure } from '../course/readability.ts';

for (const file of process.argv.slice(2)) {
  const r = measure(readFileSync(file, 'utf8'));
  console.log(
    `${file}: ${r.words} words, ${r.sentences} sentences, ${r.avgSentenceWords.toFixed(1)} words/sentence, ` +
      `${(r.longWordShare * 100).toFixed(1)} % words over 12 letters\n  longest: ${r.longestSentence}`,
  );
}
