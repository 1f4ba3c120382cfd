// One player per course in a browser: a second tab learns that the course is already open.
import { describe, expect, it } from 'vitest';
import { claimCourse } from '../../src/player/single-tab.ts';

describe('single tab', () => {
  it('the first player owns the course; a later one is told it is taken', async () => {
    const name = `kurssi-${Math.random()}`;
    expect(await claimCourse(name, 60)).toBe('mine');
    expect(await claimCourse(name, 60)).toBe('taken');
  });

  it('another course is not affected', async () => {
    expect(await claimCourse(`a-${Math.random()}`, 30)).toBe('mine');
    expect(await claimCourse(`b-${Math.random()}`, 30)).toBe('mine');
  });

  it('two players starting at once: exactly one owns the course', async () => {
    const name = `kurssi-${Math.random()}`;
    const claims = await Promise.all([claimCourse(name, 80), claimCourse(name, 80)]);
    expect(claims.sort()).toEqual(['mine', 'taken']);
  });
});
