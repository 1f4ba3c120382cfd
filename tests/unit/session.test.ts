// The LMS session: what it writes, when it commits, and that nothing is lost when the LMS stumbles.
// FakeLms records calls; MoodleLike models Moodle 4.3.0's own handling (tests/fixtures/moodle-like.ts).
import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/course/state-codec.ts';
import { createScorm12Adapter } from '../../src/tracking/scorm12.ts';
import { createScorm2004Adapter } from '../../src/tracking/scorm2004.ts';
import { COMMIT_DELAY, CourseSession, retryDelay, type KeyValueStore, type SaveState, type Tracking } from '../../src/tracking/session.ts';
import { FakeLms } from '../fixtures/fake-lms.ts';
import { MoodleLike } from '../fixtures/moodle-like.ts';

const outline = { lessons: ['eka', 'toka'], scenarios: [{ id: 'testi', maxPoints: 4 }], masteryScore: 80 };
const known = {
  lessons: new Set(['eka', 'toka']),
  scenarios: new Map([['testi', { choices: new Set(['hyva', 'hyva-2', 'huono', 'korjaa']), endings: new Set(['paras', 'ok']), maxPoints: 4 }]]),
};
type Api = { api12: FakeLms['api12']; api2004: FakeLms['api2004'] };

function memoryKv(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
}

function setup(lms: Api, version: '1.2' | '2004' = '1.2', backup = memoryKv(), tracking: Tracking = 'score') {
  let timers: { fn: () => void; at: number; id: number }[] = [];
  let id = 0;
  const states: SaveState[] = [];
  let now = 1_000_000;
  const session = new CourseSession({
    adapter: version === '1.2' ? createScorm12Adapter(lms.api12) : createScorm2004Adapter(lms.api2004),
    tracking,
    outline,
    known,
    courseId: 'kurssi',
    backup,
    now: () => now,
    schedule: (fn, ms) => (timers.push({ fn, at: now + ms, id: ++id }), id),
    cancel: (h) => void (timers = timers.filter((t) => t.id !== h)),
    onState: (s) => states.push(s),
  });
  /** Lets `ms` of time pass, running the timers that fall due (and those they schedule). */
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      now = Math.max(now, next.at);
      next.fn();
    }
    now = until;
  };
  return { session, states, backup, advance, pending: () => timers.length };
}

function decide(session: CourseSession, choiceId: string, at: number) {
  session.recordDecision({ scenarioId: 'testi', nodeId: 'alku', choiceId, choiceIndex: 0, rating: 'best', description: 'Alku', shownAt: at - 2000, answeredAt: at });
}

function completeCourse(session: CourseSession, points = 4) {
  session.visit('oppitunnit/eka.html', 'eka');
  session.visit('oppitunnit/toka.html', 'toka');
  decide(session, 'hyva', 1_002_000);
  session.saveScenario('testi', { path: ['hyva', 'hyva-2'], feedbackOpen: false, finished: { ending: 'paras', points } });
}

const commits = (lms: FakeLms) => lms.calls.filter((c) => c === 'LMSCommit' || c === 'Commit').length;

describe('course session: what is written', () => {
  it('writes incomplete first; at completion the status, then the score in the next commit; terminates once', () => {
    const lms = new FakeLms();
    const { session, advance } = setup(lms);
    expect(session.start().state).toBe('saved');
    expect(lms.values['cmi.core.lesson_status']).toBe('incomplete');
    expect(lms.values['cmi.core.score.raw']).toBeUndefined(); // no partial score while incomplete
    completeCourse(session);
    advance(90_000);
    session.finish();
    session.finish();
    expect(lms.initialized).toBe(1);
    expect(lms.finished).toBe(1);
    expect(lms.values).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '100',
      'cmi.core.exit': '',
      'cmi.core.session_time': '0000:01:30.00',
      'cmi.objectives.0.id': 'oppitunti.eka',
      'cmi.objectives.0.status': 'completed',
      'cmi.objectives.2.id': 'harjoitus.testi',
      'cmi.objectives.2.status': 'passed',
      'cmi.interactions.0.id': 'testi.alku.0',
      'cmi.interactions.0.latency': '0000:00:02.00',
    });
    // The final status is committed before the score is even set (Moodle 4.3.0 completion).
    const status = lms.calls.indexOf('LMSSetValue cmi.core.lesson_status=passed');
    const score = lms.calls.indexOf('LMSSetValue cmi.core.score.raw=100');
    expect(lms.calls.slice(status, score)).toContain('LMSCommit');
    expect(lms.calls.at(-1)).toBe('LMSFinish');
    expect(decodeProgress(lms.values['cmi.suspend_data'])).toMatchObject({ lessons: ['eka', 'toka'] });
  });

  it('completion only (elected officials): no pass/fail, no decisions, no scores on objectives; 100 after the completed status', () => {
    for (const version of ['1.2', '2004'] as const) {
      const lms = new FakeLms();
      const { session, advance } = setup(lms, version, memoryKv(), 'completion');
      session.start();
      completeCourse(session, 1); // a low score: still complete, never failed
      advance(60_000);
      session.finish();
      const written = lms.calls.filter((c) => /SetValue/.test(c)).join('\n');
      expect(written).not.toMatch(/interactions\./);
      expect(written).not.toMatch(/objectives\.\d+\.score/);
      expect(written).not.toMatch(/passed|failed/);
      if (version === '1.2') expect(lms.values).toMatchObject({ 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '100' });
      else expect(lms.values).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown', 'cmi.score.raw': '100' });
    }
  });

  it('suspends while incomplete and offers to resume at the bookmark', () => {
    const lms = new FakeLms();
    const first = setup(lms, '2004');
    first.session.start();
    first.session.visit('oppitunnit/eka.html', 'eka');
    first.session.saveScenario('testi', { path: ['huono'], feedbackOpen: true });
    first.session.finish();
    expect(lms.values['cmi.exit']).toBe('suspend');
    expect(lms.values['adl.nav.request']).toBe('suspendAll');
    expect(lms.values['cmi.completion_status']).toBe('incomplete');
    expect(lms.values['cmi.success_status']).toBe('unknown');
    const again = new FakeLms({ values: { ...lms.values, 'cmi.entry': 'resume' } });
    const second = setup(again, '2004');
    expect(second.session.start().resumeLocation).toBe('oppitunnit/eka.html');
    expect(second.session.progress.scenarios['testi']).toEqual({ path: ['huono'], feedbackOpen: true, result: undefined });
  });

  it('writes nothing in review mode', () => {
    const lms = new FakeLms({ values: { 'cmi.core.lesson_mode': 'review', 'cmi.core.credit': 'no-credit', 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '85' } });
    const { session, advance } = setup(lms);
    expect(session.start().state).toBe('review');
    completeCourse(session, 1);
    advance(60_000);
    session.finish();
    expect(lms.calls.filter((c) => c.startsWith('LMSSetValue'))).toEqual([]);
    expect(lms.values['cmi.core.score.raw']).toBe('85');
    expect(lms.finished).toBe(1);
  });

  it('does not terminate a SCORM 2004 review session (Moodle 4.3.0 would store total time "P")', () => {
    const lms = new FakeLms({ values: { 'cmi.mode': 'review', 'cmi.credit': 'no-credit', 'cmi.completion_status': 'completed' } });
    const { session } = setup(lms, '2004');
    expect(session.start().state).toBe('review');
    session.visit('oppitunnit/eka.html', 'eka');
    session.finish();
    expect(lms.calls.filter((c) => /^(SetValue|Commit|Terminate)/.test(c))).toEqual([]);
    expect(lms.finished).toBe(0);
  });

  it('starts fresh from corrupt suspend data', () => {
    const lms = new FakeLms({ values: { 'cmi.suspend_data': '<<<roskaa>>>', 'cmi.core.entry': 'resume' } });
    const { session } = setup(lms);
    expect(() => session.start()).not.toThrow();
    expect(session.progress).toEqual({ lessons: [], scenarios: {} });
  });

  it('sets exit to suspend from the start (no navigation request), so that a session killed before Terminate resumes', () => {
    const lms = new FakeLms();
    const first = setup(lms, '2004');
    first.session.start();
    expect(lms.values['cmi.exit']).toBe('suspend');
    expect(lms.values['adl.nav.request']).toBeUndefined();
    first.session.visit('oppitunnit/eka.html', 'eka');
    first.advance(1000);
    expect(lms.finished).toBe(0);
    const again = new FakeLms({ values: { ...lms.values, 'cmi.entry': lms.values['cmi.exit'] === 'suspend' ? 'resume' : 'ab-initio' } });
    const second = setup(again, '2004');
    const start = second.session.start();
    expect(second.session.progress.lessons).toEqual(['eka']);
    expect(start.resumeLocation).toBe('oppitunnit/eka.html');
  });

  it('keeps objectives the LMS already holds at their index and appends its own', () => {
    const lms = new FakeLms({ values: { 'cmi.objectives._count': '1', 'cmi.objectives.0.id': 'kurssi-hyvaksytty' } });
    const { session, advance } = setup(lms, '2004');
    session.start();
    session.visit('oppitunnit/eka.html', 'eka');
    advance(1000);
    expect(lms.values['cmi.objectives.0.id']).toBe('kurssi-hyvaksytty');
    expect(lms.calls.some((c) => c.startsWith('SetValue cmi.objectives.0.'))).toBe(false);
    expect(lms.values['cmi.objectives.1.id']).toBe('oppitunti.eka');
    expect(lms.values['cmi.objectives.1.completion_status']).toBe('completed');
    expect(lms.values['cmi.objectives.3.id']).toBe('harjoitus.testi');
  });

  it('never throws when progress would not fit: attempts under way go first', () => {
    const lms = new FakeLms();
    const { session, advance } = setup(lms);
    session.start();
    const lessons = Array.from({ length: 500 }, (_, i) => `oppitunti-numero-${i}`);
    expect(() => session.replaceProgress({ lessons, scenarios: {} })).not.toThrow();
    advance(20_000);
    expect(lms.values['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
    expect(session.state).toBe('retrying');
    const fits = Array.from({ length: 150 }, (_, i) => `oppitunti-${i}`);
    session.replaceProgress({ lessons: fits, scenarios: { testi: { path: Array(2000).fill('hyva'), feedbackOpen: true, result: { ending: 'paras', points: 4 } } } });
    advance(60_000);
    expect(decodeProgress(lms.values['cmi.suspend_data']).scenarios['testi']).toEqual({ path: [], feedbackOpen: false, result: { ending: 'paras', points: 4 } });
    expect(() => session.finish()).not.toThrow();
    expect(lms.finished).toBe(1);
  });

  it('never reports less than the final result the LMS already holds', () => {
    for (const version of ['1.2', '2004'] as const) {
      const values: Record<string, string> =
        version === '1.2'
          ? { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90', 'cmi.suspend_data': '1|eka|' }
          : { 'cmi.entry': 'resume', 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90', 'cmi.suspend_data': '1|eka|' };
      const lms = new FakeLms({ values });
      const { session } = setup(lms, version);
      session.start();
      session.visit('oppitunnit/toka.html', 'toka');
      session.finish();
      if (version === '1.2') expect(lms.values).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90', 'cmi.core.exit': '' });
      else expect(lms.values).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90', 'cmi.exit': 'normal' });
    }
    // Completion only: a completed attempt stays completed when republished content adds something.
    const lms = new FakeLms({ values: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': 'completed', 'cmi.suspend_data': '1|eka|' } });
    const { session } = setup(lms, '1.2', memoryKv(), 'completion');
    session.start();
    expect(lms.values['cmi.core.lesson_status']).toBe('completed');
  });
});

describe('course session: commits that never freeze every click', () => {
  it('coalesces a scenario\'s steps into one commit after a pause, and commits milestones soon', () => {
    const lms = new FakeLms();
    const { session, advance } = setup(lms);
    session.start();
    const before = commits(lms);
    // Three decisions and saved steps within a few seconds: nothing is committed yet.
    for (const [i, c] of ['hyva', 'hyva-2'].entries()) {
      decide(session, c, 1_000_000 + i * 3000);
      session.saveScenario('testi', { path: ['hyva', 'hyva-2'].slice(0, i + 1), feedbackOpen: true });
      advance(3000);
    }
    expect(commits(lms)).toBe(before);
    expect(session.state).toBe('pending');
    advance(COMMIT_DELAY.decision);
    expect(commits(lms)).toBe(before + 1);
    expect(session.state).toBe('saved');
    // A page opened is a milestone: committed within a second.
    session.visit('oppitunnit/eka.html', 'eka');
    advance(COMMIT_DELAY.milestone);
    expect(commits(lms)).toBe(before + 2);
  });

  it('a redo that improves a finished exercise\'s result is a milestone: committed soon', () => {
    const lms = new FakeLms();
    const { session, advance } = setup(lms);
    session.start();
    session.saveScenario('testi', { path: ['huono'], feedbackOpen: false, finished: { ending: 'huono-loppu', points: 0 } });
    advance(COMMIT_DELAY.milestone);
    const before = commits(lms);
    // Redone: the path starts again (a decision), then ends better (the kept result changes).
    session.saveScenario('testi', { path: ['hyva'], feedbackOpen: true, finished: { ending: 'huono-loppu', points: 0 } });
    session.saveScenario('testi', { path: ['hyva', 'hyva-2'], feedbackOpen: false, finished: { ending: 'hyva-loppu', points: 4 } });
    advance(COMMIT_DELAY.milestone);
    expect(commits(lms)).toBe(before + 1);
    expect(decodeProgress(lms.values['cmi.suspend_data']).scenarios['testi']?.result).toEqual({ ending: 'hyva-loppu', points: 4 });
  });

  it('closing a feedback panel alone schedules no commit: it goes with the next one', () => {
    const lms = new FakeLms();
    const { session, advance, pending } = setup(lms);
    session.start();
    decide(session, 'hyva', 1_000_000);
    session.saveScenario('testi', { path: ['hyva'], feedbackOpen: true });
    advance(COMMIT_DELAY.decision);
    const before = commits(lms);
    session.saveScenario('testi', { path: ['hyva'], feedbackOpen: false });
    expect(pending()).toBe(0);
    advance(60_000);
    expect(commits(lms)).toBe(before);
    session.visit('oppitunnit/eka.html', 'eka');
    advance(COMMIT_DELAY.milestone);
    expect(commits(lms)).toBe(before + 1);
    expect(decodeProgress(lms.values['cmi.suspend_data']).scenarios['testi']?.feedbackOpen).toBe(false);
  });

  it('flushes what is pending when the session ends', () => {
    const lms = new FakeLms();
    const { session } = setup(lms);
    session.start();
    decide(session, 'hyva', 1_000_500);
    session.saveScenario('testi', { path: ['hyva'], feedbackOpen: true });
    session.finish();
    expect(lms.values['cmi.interactions.0.id']).toBe('testi.alku.0');
    expect(decodeProgress(lms.values['cmi.suspend_data']).scenarios['testi']?.path).toEqual(['hyva']);
  });
});

describe('course session: nothing lost when the LMS stumbles', () => {
  it('retries failed commits with backoff (one retry at a time) and keeps a local copy until the LMS accepts', () => {
    const lms = new FakeLms({ failCommits: 3 });
    const { session, states, backup, advance, pending } = setup(lms);
    session.start();
    expect(session.state).toBe('retrying');
    session.visit('oppitunnit/eka.html', 'eka');
    expect(pending()).toBe(1); // one retry pending, not one per change
    expect([...backup.data.values()][0]).toContain('eka');
    advance(retryDelay(0));
    advance(retryDelay(1));
    expect(session.state).toBe('retrying');
    advance(retryDelay(2));
    expect(session.state).toBe('saved');
    expect(states).toContain('retrying');
    expect([retryDelay(0), retryDelay(1), retryDelay(2), retryDelay(10)]).toEqual([1000, 2000, 4000, 30_000]);
    expect(decodeProgress(lms.values['cmi.suspend_data']).lessons).toEqual(['eka']);
  });

  it('writes the local copy before the LMS call, so a crash right after a change loses nothing', () => {
    const backup = memoryKv();
    const lms = new FakeLms();
    const first = setup(lms, '1.2', backup);
    first.session.start();
    decide(first.session, 'hyva', 1_000_100);
    first.session.saveScenario('testi', { path: ['hyva'], feedbackOpen: true });
    // The tab dies before the commit: the LMS has neither the step nor the decision, the copy has both.
    expect(lms.values['cmi.interactions._count']).toBeUndefined();
    const next = new FakeLms({ values: { ...lms.values, 'cmi.core.entry': 'resume' } });
    const second = setup(next, '1.2', backup);
    second.session.start();
    expect(second.session.progress.scenarios['testi']?.path).toEqual(['hyva']);
    expect(next.values['cmi.interactions.0.id']).toBe('testi.alku.0');
  });

  it('sends decisions made while commits fail on the next launch, in order and without duplicates', () => {
    const backup = memoryKv();
    const lms = new FakeLms({ failCommits: 99 });
    const first = setup(lms, '1.2', backup);
    first.session.start();
    for (const [i, c] of ['hyva', 'hyva-2', 'huono'].entries()) decide(first.session, c, 1_000_000 + i * 1000);
    first.session.finish();
    // The LMS stored nothing. On the next launch it accepts: the three decisions go in, in order.
    const next = new FakeLms({ values: { 'cmi.core.entry': 'resume' } });
    const second = setup(next, '1.2', backup);
    second.session.start();
    expect([0, 1, 2].map((i) => next.values[`cmi.interactions.${i}.student_response`])).toEqual(['a', 'a', 'a']);
    expect(next.values['cmi.interactions._count']).toBe('3');
    second.session.finish();
    // A third launch sends none of them again.
    const third = new FakeLms({ values: { ...next.values, 'cmi.core.entry': 'resume' } });
    setup(third, '1.2', backup).session.start();
    expect(third.calls.filter((c) => c.startsWith('LMSSetValue cmi.interactions.'))).toEqual([]);
  });

  it('joins a copy kept while Initialize was refused on the next launch that succeeds', () => {
    const backup = memoryKv();
    const refused = new FakeLms({ failInitialize: true });
    const first = setup(refused, '1.2', backup);
    expect(first.session.start()).toMatchObject({ state: 'init-failed' });
    first.session.visit('oppitunnit/eka.html', 'eka');
    first.session.finish();
    expect(refused.calls.filter((c) => c.startsWith('LMSSetValue') || c === 'LMSFinish')).toEqual([]);
    expect(first.session.description).toMatch(/tähän selaimeen/);
    expect(backup.data.has('kurssi:lms-kopio-tuntematon')).toBe(true);
    const lms = new FakeLms();
    const second = setup(lms, '1.2', backup);
    second.session.start();
    expect(second.session.progress.lessons).toEqual(['eka']);
    expect(decodeProgress(lms.values['cmi.suspend_data']).lessons).toEqual(['eka']);
    expect(backup.data.has('kurssi:lms-kopio-tuntematon')).toBe(false);
  });

  it('joins a stale local copy with newer LMS data instead of replacing it', () => {
    const backup = memoryKv();
    const stale = new FakeLms({ failCommits: 99 });
    const laptop = setup(stale, '1.2', backup);
    laptop.session.start();
    laptop.session.visit('oppitunnit/eka.html', 'eka');
    const lms = new FakeLms();
    const other = setup(lms, '1.2', memoryKv());
    other.session.start();
    completeCourse(other.session);
    other.session.finish();
    // The relaunch carries only the saved data, so the status below must come from the merge itself.
    const relaunch = new FakeLms({ values: { 'cmi.suspend_data': lms.values['cmi.suspend_data']!, 'cmi.core.entry': 'resume' } });
    const back = setup(relaunch, '1.2', backup);
    back.session.start();
    back.advance(1000);
    expect(back.session.progress.lessons.sort()).toEqual(['eka', 'toka']);
    expect(back.session.progress.scenarios['testi']?.result).toEqual({ ending: 'paras', points: 4 });
    expect(relaunch.values['cmi.core.lesson_status']).toBe('passed');
    expect(relaunch.values['cmi.core.score.raw']).toBe('100');
  });

  it('treats a refused suspend_data as a failed save and keeps a local copy', () => {
    const lms = new FakeLms({ rejectSet: /^cmi\.suspend_data$/ });
    const { session, backup, advance } = setup(lms);
    session.start();
    session.visit('oppitunnit/eka.html', 'eka');
    advance(1000);
    expect(session.state).toBe('retrying');
    expect([...backup.data.values()][0]).toContain('eka');
  });

  it('finishes even when the LMS throws from its own script (a broken navigation reply)', () => {
    const lms = new FakeLms();
    const api = lms.api2004;
    const throwing = { ...api, Commit: () => { throw new SyntaxError("Unexpected token '<'"); } };
    const { session } = setup({ api12: lms.api12, api2004: throwing }, '2004');
    session.start();
    expect(() => session.finish()).not.toThrow();
    expect(lms.finished).toBe(1);
    expect(session.state).toBe('retrying');
  });

  it('writes nothing when another tab already runs the course', () => {
    const lms = new FakeLms();
    const { session, advance } = setup(lms);
    expect(session.start({ otherTab: true }).state).toBe('other-tab');
    session.visit('oppitunnit/eka.html', 'eka');
    advance(60_000);
    session.finish();
    expect(lms.calls).toEqual([]);
  });
});

describe('course session in Moodle 4.3.0 (modelled)', () => {
  const run = (version: '1.2' | '2004', tracking: Tracking, requiredStatus: ('completed' | 'passed')[], points = 4) => {
    const moodle = new MoodleLike({ version, requiredStatus });
    const { session, advance } = setup(moodle, version, memoryKv(), tracking);
    session.start();
    completeCourse(session, points);
    advance(60_000);
    const beforeFinish = moodle.completionStored;
    session.finish();
    return { moodle, beforeFinish };
  };

  it('records activity completion in the launch that finishes the course, for both versions and audiences', () => {
    expect(run('1.2', 'score', ['passed']).beforeFinish).toBe(true);
    expect(run('2004', 'score', ['passed']).beforeFinish).toBe(true);
    expect(run('1.2', 'completion', ['completed']).beforeFinish).toBe(true);
    expect(run('2004', 'completion', ['completed']).beforeFinish).toBe(true);
    // A fail stays not complete.
    expect(run('1.2', 'score', ['passed'], 1).moodle.completionStored).toBe(false);
  });

  it('the model reproduces the bug this avoids: score and status in one commit never complete a 1.2 pass', () => {
    const moodle = new MoodleLike({ version: '1.2', requiredStatus: ['passed'] });
    const a = createScorm12Adapter(moodle.api12);
    a.initialize();
    a.setStatus({ completed: false, passed: undefined, progress: 0 });
    a.commit();
    a.setScore(100);
    a.setStatus({ completed: true, passed: true, progress: 1 });
    a.commit();
    a.commit();
    expect(moodle.db['cmi.core.lesson_status']).toBe('passed');
    expect(moodle.completionStored).toBe(false);
  });

  it('stores every 2004 learner response (Moodle refuses "-")', () => {
    const { moodle } = run('2004', 'score', ['passed']);
    expect(moodle.errors).toEqual([]);
    expect(moodle.db['cmi.interactions.0.learner_response']).toBe('hyva');
  });

  it('keeps the recorded 2004 total time: a normal session adds to it, a review session leaves it alone', () => {
    const stored = { 'cmi.completion_status': 'completed', 'cmi.exit': 'normal', 'cmi.total_time': 'PT40S' };
    const review = new MoodleLike({ version: '2004', requiredStatus: ['completed'], stored, review: true });
    const r = setup(review, '2004', memoryKv(), 'completion');
    r.session.start();
    r.advance(5000);
    r.session.finish();
    expect(review.db['cmi.total_time']).toBe('PT40S');
    const normal = new MoodleLike({ version: '2004', requiredStatus: ['completed'], stored: { 'cmi.total_time': 'PT40S' } });
    const n = setup(normal, '2004', memoryKv(), 'completion');
    n.session.start();
    n.advance(5000);
    n.session.finish();
    expect(normal.db['cmi.total_time']).toBe('PT45S');
  });

  it('resumes at the last page even after the learner came back to the page of the launch (2004)', () => {
    const moodle = new MoodleLike({ version: '2004', requiredStatus: ['passed'], stored: { 'cmi.location': 'oppitunnit/eka.html~abc', 'cmi.suspend_data': '1|eka|' } });
    const { session, advance } = setup(moodle, '2004');
    session.start();
    session.visit('oppitunnit/toka.html', 'toka');
    advance(1000);
    session.visit('oppitunnit/eka.html', 'eka');
    session.finish();
    expect(moodle.db['cmi.location']!.replace(/~.*$/, '')).toBe('oppitunnit/eka.html');
  });

  it('a 1.2 commit that failed is not resent by Moodle, so its decisions reach the LMS on the next launch', () => {
    const backup = memoryKv();
    const moodle = new MoodleLike({ version: '1.2', requiredStatus: ['passed'], failCommits: 1 });
    const first = setup(moodle, '1.2', backup);
    first.session.start(); // this commit fails
    decide(first.session, 'hyva', 1_000_100);
    first.advance(60_000); // the retry "succeeds", but Moodle sends only what changed since
    first.session.finish();
    const interactionsStored = Object.keys(moodle.db).filter((k) => /interactions\.\d+\.id/.test(k)).length;
    const next = new MoodleLike({ version: '1.2', requiredStatus: ['passed'], stored: moodle.db });
    setup(next, '1.2', backup).session.start();
    const after = Object.keys(next.db).filter((k) => /interactions\.\d+\.id/.test(k)).length;
    expect(after).toBeGreaterThanOrEqual(1);
    expect(after).toBe(Math.max(1, interactionsStored));
  });
});
