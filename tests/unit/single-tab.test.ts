// One player per package in a browser: a second tab learns that the package is already open, until
// the first one's session ends.
import { describe, expect, it } from 'vitest';
import { claimCourse, claimName } from '../../src/player/single-tab.ts';

const unique = () => `kurssi-${Math.random()}`;

describe('single tab', () => {
  it('the first player owns the package; a later one is told it is taken', async () => {
    const name = unique();
    expect((await claimCourse(name, 60)).claim).toBe('mine');
    expect((await claimCourse(name, 60)).claim).toBe('taken');
  });

  it('another package or SCORM version is not affected', async () => {
    const course = unique();
    expect((await claimCourse(claimName(course, 'luottamushenkilot', '1.2'), 30)).claim).toBe('mine');
    expect((await claimCourse(claimName(course, 'kertaus', '1.2'), 30)).claim).toBe('mine');
    expect((await claimCourse(claimName(course, 'luottamushenkilot', '2004'), 30)).claim).toBe('mine');
    expect((await claimCourse(claimName(course, 'luottamushenkilot', '1.2'), 30)).claim).toBe('taken');
  });

  it('a released package can be claimed again (the first tab quit but stays open)', async () => {
    const name = unique();
    const first = await claimCourse(name, 60);
    expect(first.claim).toBe('mine');
    first.release();
    expect((await claimCourse(name, 60)).claim).toBe('mine');
  });

  it('two players starting at once: exactly one owns the package', async () => {
    const name = unique();
    const claims = await Promise.all([claimCourse(name, 80), claimCourse(name, 80)]);
    expect(claims.map((c) => c.claim).sort()).toEqual(['mine', 'taken']);
  });
});
