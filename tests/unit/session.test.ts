import { describe, expect, it } from 'vitest';
import { createScorm12Adapter } from '../../src/tracking/scorm12.ts';
import { createScorm2004Adapter } from '../../src/tracking/scorm2004.ts';
import { CourseSession, retryDelay, type KeyValueStore, type SaveState } from '../../src/tracking/session.ts';
import { decodeProgress } from '../../src/course/state-codec.ts';
import { FakeLms } from '../fixtures/fake-lms.ts';

const outline = { lessons: ['eka', 'toka'], scenarios: [{ id: 'testi', maxPoints: 4 }], masteryScore: 80 };
const known = {
  lessons: new Set(['eka', 'toka']),
  scenarios: new Map([['testi', { choices: new Set(['hyva', 'hyva-2', 'huono', 'korjaa']), endings: new Set(['paras', 'ok']), maxPoints: 4 }]]),
};

function memoryKv(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
}

function setup(lms: FakeLms, version: '1.2' | '2004' = '1.2', backup = memoryKv()) {
  const timers: { fn: () => void; ms: number }[] = [];
  const states: SaveState[] = [];
  let now = 1_000_000;
  const session = new CourseSession({
    adapter: version === '1.2' ? createScorm12Adapter(lms.api12) : createScorm2004Adapter(lms.api2004),
    outline,
    known,
    courseId: 'kurssi',
    backup,
    now: () => now,
    schedule: (fn, ms) => timers.push({ fn, ms }),
    onState: (s) => states.push(s),
  });
  return { session, timers, states, backup, advance: (ms: number) => (now += ms) };
}

function completeCourse(session: CourseSession, points = 4) {
  session.visit('oppitunnit/eka.html', 'eka');
  session.visit('oppitunnit/toka.html', 'toka');
  session.recordDecision({ scenarioId: 'testi', nodeId: 'alku', choiceId: 'hyva', choiceIndex: 0, rating: 'best', description: 'Alku', shownAt: 0, answeredAt: 2000 });
  session.saveScenario('testi', { path: ['hyva', 'hyva-2'], feedbackOpen: false, finished: { ending: 'paras', points } });
}

describe('course session', () => {
  it('initializes once, writes incomplete first, completes with score before status, terminates once', () => {
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
    const lastRaw = lms.calls.lastIndexOf('LMSSetValue cmi.core.score.raw=100');
    const lastStatus = lms.calls.lastIndexOf('LMSSetValue cmi.core.lesson_status=passed');
    expect(lastRaw).toBeLessThan(lastStatus);
    expect(lms.calls.at(-1)).toBe('LMSFinish');
    expect(decodeProgress(lms.values['cmi.suspend_data'])).toMatchObject({ lessons: ['eka', 'toka'] });
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
    // Relaunch: the LMS returns the same data with entry=resume.
    const again = new FakeLms({ values: { ...lms.values, 'cmi.entry': 'resume' } });
    const second = setup(again, '2004');
    expect(second.session.start().resumeLocation).toBe('oppitunnit/eka.html');
    expect(second.session.progress.scenarios['testi']).toEqual({ path: ['huono'], feedbackOpen: true, result: undefined });
  });

  it('writes nothing in review mode', () => {
    const lms = new FakeLms({ values: { 'cmi.core.lesson_mode': 'review', 'cmi.core.credit': 'no-credit', 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '85' } });
    const { session } = setup(lms);
    expect(session.start().state).toBe('review');
    completeCourse(session, 1);
    session.finish();
    expect(lms.calls.filter((c) => c.startsWith('LMSSetValue'))).toEqual([]);
    expect(lms.values['cmi.core.score.raw']).toBe('85');
    expect(lms.finished).toBe(1);
  });

  it('retries failed commits with backoff and keeps a local copy until the LMS accepts', () => {
    const lms = new FakeLms({ failCommits: 3 });
    const { session, timers, states, backup } = setup(lms);
    session.start();
    expect(session.state).toBe('retrying');
    session.visit('oppitunnit/eka.html', 'eka');
    expect(timers).toHaveLength(1); // one retry pending, not one per change
    expect([...backup.data.values()][0]).toContain('eka');
    timers.shift()!.fn();
    timers.shift()!.fn();
    expect(session.state).toBe('retrying');
    timers.shift()!.fn();
    expect(session.state).toBe('saved');
    expect(backup.data.size).toBe(0);
    expect(states).toContain('retrying');
    expect([retryDelay(0), retryDelay(1), retryDelay(2), retryDelay(10)]).toEqual([1000, 2000, 4000, 30_000]);
    expect(decodeProgress(lms.values['cmi.suspend_data']).lessons).toEqual(['eka']);
  });

  it('uses the unaccepted local copy on the next launch', () => {
    const backup = memoryKv();
    const lms = new FakeLms({ failCommits: 99 });
    const first = setup(lms, '1.2', backup);
    first.session.start();
    first.session.visit('oppitunnit/toka.html', 'toka');
    // The window closes before the LMS accepted anything; the LMS still has nothing.
    const second = setup(new FakeLms(), '1.2', backup);
    const start = second.session.start();
    expect(second.session.progress.lessons).toEqual(['toka']);
    expect(start.resumeLocation).toBe('oppitunnit/toka.html');
    expect(backup.data.size).toBe(0);
  });

  it('reports a failed Initialize and writes nothing', () => {
    const lms = new FakeLms({ failInitialize: true });
    const { session } = setup(lms);
    expect(session.start()).toMatchObject({ state: 'init-failed' });
    session.visit('oppitunnit/eka.html', 'eka');
    session.finish();
    expect(lms.calls.filter((c) => c.startsWith('LMSSetValue') || c === 'LMSFinish')).toEqual([]);
  });

  it('starts fresh from corrupt suspend data', () => {
    const lms = new FakeLms({ values: { 'cmi.suspend_data': '<<<roskaa>>>', 'cmi.core.entry': 'resume' } });
    const { session } = setup(lms);
    expect(() => session.start()).not.toThrow();
    expect(session.progress).toEqual({ lessons: [], scenarios: {} });
  });

  it('sets exit to suspend from the start, so that a session killed before Terminate resumes', () => {
    const lms = new FakeLms();
    const first = setup(lms, '2004');
    first.session.start();
    expect(lms.values['cmi.exit']).toBe('suspend');
    first.session.visit('oppitunnit/eka.html', 'eka');
    // The tab is killed: no Terminate. The LMS saw exit=suspend, so it launches the next session as a resume.
    expect(lms.finished).toBe(0);
    const again = new FakeLms({ values: { ...lms.values, 'cmi.entry': lms.values['cmi.exit'] === 'suspend' ? 'resume' : 'ab-initio' } });
    const second = setup(again, '2004');
    const start = second.session.start();
    expect(second.session.progress.lessons).toEqual(['eka']);
    expect(start.resumeLocation).toBe('oppitunnit/eka.html');
  });

  it('joins a stale local copy with newer LMS data instead of replacing it', () => {
    const backup = memoryKv();
    // An old copy from a laptop whose last commit failed: only the first lesson.
    const stale = new FakeLms({ failCommits: 99 });
    const laptop = setup(stale, '1.2', backup);
    laptop.session.start();
    laptop.session.visit('oppitunnit/eka.html', 'eka');
    // Meanwhile the learner finished the course on another device.
    const lms = new FakeLms();
    const other = setup(lms, '1.2', memoryKv());
    other.session.start();
    completeCourse(other.session);
    other.session.finish();
    // The relaunch carries only the saved data, so the status below must come from the merge itself.
    const relaunch = new FakeLms({ values: { 'cmi.suspend_data': lms.values['cmi.suspend_data']!, 'cmi.core.entry': 'resume' } });
    const back = setup(relaunch, '1.2', backup);
    back.session.start();
    expect(back.session.progress.lessons.sort()).toEqual(['eka', 'toka']);
    expect(back.session.progress.scenarios['testi']?.result).toEqual({ ending: 'paras', points: 4 });
    expect(relaunch.values['cmi.core.lesson_status']).toBe('passed');
    expect(relaunch.values['cmi.core.score.raw']).toBe('100');
  });

  it('keeps objectives the LMS already holds at their index and appends its own', () => {
    const lms = new FakeLms({ values: { 'cmi.objectives._count': '1', 'cmi.objectives.0.id': 'kurssi-hyvaksytty' } });
    const { session } = setup(lms, '2004');
    session.start();
    session.visit('oppitunnit/eka.html', 'eka');
    expect(lms.values['cmi.objectives.0.id']).toBe('kurssi-hyvaksytty');
    expect(lms.calls.some((c) => c.startsWith('SetValue cmi.objectives.0.'))).toBe(false);
    expect(lms.values['cmi.objectives.1.id']).toBe('oppitunti.eka');
    expect(lms.values['cmi.objectives.1.completion_status']).toBe('completed');
    expect(lms.values['cmi.objectives.3.id']).toBe('harjoitus.testi');
  });

  it('treats a refused suspend_data as a failed save and keeps a local copy', () => {
    const lms = new FakeLms({ rejectSet: /^cmi\.suspend_data$/ });
    const { session, backup } = setup(lms);
    session.start();
    session.visit('oppitunnit/eka.html', 'eka');
    expect(session.state).toBe('retrying');
    expect([...backup.data.values()][0]).toContain('eka');
  });

  it('never throws when progress would not fit: attempts under way go first', () => {
    const lms = new FakeLms();
    const { session } = setup(lms);
    session.start();
    const lessons = Array.from({ length: 500 }, (_, i) => `oppitunti-numero-${i}`);
    expect(() => session.replaceProgress({ lessons, scenarios: {} })).not.toThrow();
    expect(lms.values['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
    expect(session.state).toBe('retrying');
    // With a scenario under way and results, the attempt under way is dropped first.
    const fits = Array.from({ length: 150 }, (_, i) => `oppitunti-${i}`);
    session.replaceProgress({ lessons: fits, scenarios: { testi: { path: Array(2000).fill('hyva'), feedbackOpen: true, result: { ending: 'paras', points: 4 } } } });
    expect(decodeProgress(lms.values['cmi.suspend_data']).scenarios['testi']).toEqual({ path: [], feedbackOpen: false, result: { ending: 'paras', points: 4 } });
    expect(() => session.finish()).not.toThrow();
    expect(lms.finished).toBe(1);
  });

  it('never reports less than the final result the LMS already holds', () => {
    // A passed attempt relaunched after republishing: the saved data no longer reaches the result.
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
    // A status the course never writes on its own ("completed" with no result) is not taken as a floor.
    const lms = new FakeLms({ values: { 'cmi.core.lesson_status': 'completed' } });
    const { session } = setup(lms);
    session.start();
    expect(lms.values['cmi.core.lesson_status']).toBe('incomplete');
  });
});
