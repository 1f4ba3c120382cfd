import { describe, expect, it } from 'vitest';
import { findApi } from '../../src/player/api-finder.ts';
import { createScorm12Adapter } from '../../src/tracking/scorm12.ts';
import { createScorm2004Adapter } from '../../src/tracking/scorm2004.ts';
import { duration2004, timespan12, timestamp2004 } from '../../src/tracking/scorm-format.ts';
import { FakeLms } from '../fixtures/fake-lms.ts';

const interaction = {
  id: 'toimittaja-soittaa.soitto.0',
  choiceIndex: 2,
  choiceId: 'kerro-oma-kanta',
  result: 'incorrect' as const,
  timestamp: new Date(2026, 10, 22, 9, 5, 7),
  latencyMs: 83_450,
  description: 'x'.repeat(400),
};

describe('value formats', () => {
  it('SCORM 1.2 timespan and 2004 duration', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(duration2004(5000)).toBe('PT5S');
    expect(timestamp2004(new Date(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05');
  });
});

describe('SCORM 1.2 adapter', () => {
  it('reads launch data', () => {
    const lms = new FakeLms({ values: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_mode': 'review', 'cmi.core.credit': 'no-credit', 'cmi.suspend_data': '1||', 'cmi.core.lesson_location': 'a.html', 'cmi.core.student_id': '7', 'cmi.core.student_name': 'Virtanen, Anna' } });
    const a = createScorm12Adapter(lms.api12);
    expect(a.initialize()).toBe(true);
    expect(a.launchData()).toEqual({ entry: 'resume', mode: 'review', credit: false, suspendData: '1||', location: 'a.html', learnerId: '7' });
  });

  it('writes score before status, 1.2 vocabularies and formats', () => {
    const lms = new FakeLms();
    const a = createScorm12Adapter(lms.api12);
    a.initialize();
    a.setStatus({ completed: true, passed: true, score: 86.4, progress: 1 });
    expect(lms.values['cmi.core.score.raw']).toBe('86');
    expect(lms.values['cmi.core.score.min']).toBe('0');
    expect(lms.values['cmi.core.score.max']).toBe('100');
    expect(lms.values['cmi.core.lesson_status']).toBe('passed');
    expect(lms.indexOf('LMSSetValue cmi.core.score.raw')).toBeLessThan(lms.indexOf('LMSSetValue cmi.core.lesson_status'));
    a.setStatus({ completed: false, passed: undefined, score: undefined, progress: 0.5 });
    expect(lms.values['cmi.core.lesson_status']).toBe('incomplete');
    a.addInteraction(0, interaction);
    expect(lms.values['cmi.interactions.0.type']).toBe('choice');
    expect(lms.values['cmi.interactions.0.student_response']).toBe('c');
    expect(lms.values['cmi.interactions.0.result']).toBe('wrong');
    expect(lms.values['cmi.interactions.0.time']).toBe('09:05:07');
    expect(lms.values['cmi.interactions.0.latency']).toBe('0000:01:23.45');
    expect(a.interactionCount()).toBe(1);
    a.setObjective(3, { id: 'harjoitus.x', completed: true, passed: false, score: 40 });
    expect(lms.values['cmi.objectives.3.status']).toBe('failed');
    expect(lms.values['cmi.objectives.3.score.raw']).toBe('40');
    a.setExit(false);
    expect(lms.values['cmi.core.exit']).toBe('suspend');
    a.setExit(true);
    expect(lms.values['cmi.core.exit']).toBe('');
    a.setSessionTime(61_000);
    expect(lms.values['cmi.core.session_time']).toBe('0000:01:01.00');
  });
});

describe('SCORM 2004 adapter', () => {
  it('writes 2004 names, scaled score, progress and navigation request', () => {
    const lms = new FakeLms();
    const a = createScorm2004Adapter(lms.api2004);
    a.initialize();
    a.setStatus({ completed: true, passed: false, score: 55, progress: 1 });
    expect(lms.values).toMatchObject({
      'cmi.score.raw': '55',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.55',
      'cmi.progress_measure': '1.00',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
    });
    expect(lms.indexOf('SetValue cmi.score.raw')).toBeLessThan(lms.indexOf('SetValue cmi.success_status'));
    a.addInteraction(4, interaction);
    expect(lms.values['cmi.interactions.4.learner_response']).toBe('kerro-oma-kanta');
    expect(lms.values['cmi.interactions.4.result']).toBe('incorrect');
    expect(lms.values['cmi.interactions.4.timestamp']).toBe('2026-11-22T09:05:07');
    expect(lms.values['cmi.interactions.4.latency']).toBe('PT1M23.45S');
    expect([...lms.values['cmi.interactions.4.description']!].length).toBe(250);
    a.setExit(false);
    expect(lms.values['cmi.exit']).toBe('suspend');
    expect(lms.values['adl.nav.request']).toBe('suspendAll');
    a.setExit(true);
    expect(lms.values['cmi.exit']).toBe('normal');
    expect(lms.values['adl.nav.request']).toBe('exitAll');
  });

  it('reports the LMS error code', () => {
    const lms = new FakeLms({ failInitialize: true });
    const a = createScorm2004Adapter(lms.api2004);
    expect(a.initialize()).toBe(false);
    expect(a.lastError()).toEqual({ code: '101', message: 'virhe 101' });
  });
});

describe('API finder', () => {
  it('searches parents first, then the opener, preferring 2004', () => {
    const lms = new FakeLms();
    const top = { API: lms.api12 } as Record<string, unknown>;
    top['parent'] = top;
    const middle = { parent: top };
    const frame = { parent: middle };
    expect(findApi(frame)?.version).toBe('1.2');
    const opener = { API_1484_11: lms.api2004 };
    expect(findApi({ parent: null, opener })?.version).toBe('2004');
    expect(findApi({ parent: null, opener: null })).toBeUndefined();
  });

  it("prefers the package's own version when the LMS offers both APIs", () => {
    const lms = new FakeLms();
    const both = { API: lms.api12, API_1484_11: lms.api2004, parent: null };
    expect(findApi(both)?.version).toBe('2004');
    expect(findApi(both, '1.2')?.version).toBe('1.2');
    expect(findApi(both, '2004')?.version).toBe('2004');
    expect(findApi({ API: lms.api12, parent: null }, '2004')?.version).toBe('1.2');
  });
});
