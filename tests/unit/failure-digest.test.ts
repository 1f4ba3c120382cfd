// The CI failure digest (tests/support/failure-digest.ts) must leave a readable error: no colour
// codes, no blank lines, and a long message cut short rather than dropped.
import { describe, expect, it } from 'vitest';
import { errorDigest } from '../support/failure-digest.ts';

describe('errorDigest', () => {
  it('strips colour codes and blank lines, keeps the order', () => {
    const message = '\u001b[31mError: expect(received).toEqual(expected)\u001b[39m\n\n  index.html: axe\n- Expected  - 0\n';
    expect(errorDigest(message)).toEqual(['Error: expect(received).toEqual(expected)', '  index.html: axe', '- Expected  - 0']);
  });

  it('keeps the first eight lines and cuts a long line with an ellipsis', () => {
    const message = [...Array.from({ length: 12 }, (_, i) => `line ${i + 1}`)].join('\n').replace('line 2', 'x'.repeat(500));
    const digest = errorDigest(message);
    expect(digest).toHaveLength(8);
    expect(digest[0]).toBe('line 1');
    expect(digest[1]).toBe(`${'x'.repeat(300)}…`);
    expect(digest[7]).toBe('line 8');
  });
});
