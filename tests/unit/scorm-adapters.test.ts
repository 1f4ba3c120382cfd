import { describe, expect, it } from 'vitest';
import { findApi } from '../../src/player/api-finder.ts';
import { createScorm12Adapter } from '../../src/tracking/scorm12.ts';
import { createScorm2004Adapter } from '../../src/tracking/scorm2004.ts';
import { duration2004, timespan12, timestamp2004 } from '../../src/tracking/scorm-format.ts';
import { moodleAccepts } from '../../src/lms-preview/moodle-rules.ts';
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
    // UTC with one fraction digit: the zone may only follow fractional seconds (and Moodle takes 1–2 digits).
    expect(timestamp2004(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('2026-01-02T03:04:05.6Z');
  });
});

describe('SCORM 1.2 adapter', () => {
  it('reads launch data', () => {
    const lms = new FakeLms({ values: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_mode': 'review', 'cmi.core.credit': 'no-credit', 'cmi.suspend_data': '1||', 'cmi.core.lesson_location': 'a.html', 'cmi.core.student_id': '7', 'cmi.core.student_name': 'Virtanen, Anna' } });
    const a = createScorm12Adapter(lms.api12);
    expect(a.initialize()).toBe(true);
    expect(a.launchData()).toEqual({ entry: 'resume', mode: 'review', credit: false, suspendData: '1||', location: 'a.html', learnerId: '7', recorded: undefined, interactionCount: 0, objectiveIds: [] });
  });

  it('writes 1.2 vocabularies and formats; status and score separately', () => {
    const lms = new FakeLms();
    const a = createScorm12Adapter(lms.api12);
    a.initialize();
    a.setStatus({ completed: true, passed: true, progress: 1 });
    expect(lms.values['cmi.core.lesson_status']).toBe('passed');
    expect(lms.values['cmi.core.score.raw']).toBeUndefined();
    a.setScore(86.4);
    expect(lms.values['cmi.core.score.raw']).toBe('86');
    expect(lms.values['cmi.core.score.min']).toBe('0');
    expect(lms.values['cmi.core.score.max']).toBe('100');
    a.setStatus({ completed: true, passed: undefined, progress: 1 });
    expect(lms.values['cmi.core.lesson_status']).toBe('completed');
    a.setStatus({ completed: false, passed: undefined, progress: 0.5 });
    expect(lms.values['cmi.core.lesson_status']).toBe('incomplete');
    a.addInteraction(0, interaction);
    expect(lms.values['cmi.interactions.0.type']).toBe('choice');
    expect(lms.values['cmi.interactions.0.student_response']).toBe('c');
    expect(lms.values['cmi.interactions.0.result']).toBe('wrong');
    expect(lms.values['cmi.interactions.0.time']).toBe('09:05:07');
    expect(lms.values['cmi.interactions.0.latency']).toBe('0000:01:23.45');
    expect(a.launchData().interactionCount).toBe(1);
    // Moodle's 1.2 CMIIdentifier (printable ASCII, no space) takes our ids.
    expect(moodleAccepts('1.2', 'cmi.interactions.0.id', lms.values['cmi.interactions.0.id']!)).toBe(true);
    a.setObjective(3, { id: 'harjoitus.x', completed: true, passed: false, score: 40 });
    expect(lms.values['cmi.objectives.3.status']).toBe('failed');
    expect(lms.values['cmi.objectives.3.score.raw']).toBe('40');
    expect(moodleAccepts('1.2', 'cmi.objectives.3.id', lms.values['cmi.objectives.3.id']!)).toBe(true);
    a.setExit(false, false);
    expect(lms.values['cmi.core.exit']).toBe('suspend');
    a.setExit(true, true);
    expect(lms.values['cmi.core.exit']).toBe('');
    a.setSessionTime(61_000);
    expect(lms.values['cmi.core.session_time']).toBe('0000:01:01.00');
  });
});

describe('SCORM 2004 adapter', () => {
  it('writes 2004 names, scaled score, progress and only the navigation requests that help', () => {
    const lms = new FakeLms();
    const a = createScorm2004Adapter(lms.api2004);
    a.initialize();
    a.setStatus({ completed: true, passed: false, progress: 1 });
    a.setScore(55);
    expect(lms.values).toMatchObject({
      'cmi.score.raw': '55',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.55',
      'cmi.progress_measure': '1.00',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
    });
    a.addInteraction(4, interaction);
    // Moodle 4.3 refuses "-" in a choice response (error 406): the choice id is written with "_".
    expect(lms.values['cmi.interactions.4.learner_response']).toBe('kerro_oma_kanta');
    expect(moodleAccepts('2004', 'cmi.interactions.4.learner_response', 'kerro-oma-kanta')).toBe(false);
    expect(moodleAccepts('2004', 'cmi.interactions.4.learner_response', lms.values['cmi.interactions.4.learner_response']!)).toBe(true);
    expect(lms.values['cmi.interactions.4.result']).toBe('incorrect');
    expect(lms.values['cmi.interactions.4.timestamp']).toBe(timestamp2004(interaction.timestamp));
    expect(lms.values['cmi.interactions.4.timestamp']).toMatch(/Z$/);
    expect(moodleAccepts('2004', 'cmi.interactions.4.timestamp', lms.values['cmi.interactions.4.timestamp']!)).toBe(true);
    expect(moodleAccepts('2004', 'cmi.interactions.4.timestamp', '2026-11-22T09:05:07Z')).toBe(false);
    expect(lms.values['cmi.interactions.4.latency']).toBe('PT1M23.45S');
    expect([...lms.values['cmi.interactions.4.description']!].length).toBe(250);
    // At the start: exit suspend, no navigation request (none could be taken back in Moodle).
    a.setExit(false, false);
    expect(lms.values['cmi.exit']).toBe('suspend');
    expect(lms.values['adl.nav.request']).toBeUndefined();
    // A finished course: exit normal and no request (Moodle 4.3 breaks its own Terminate on exitAll).
    a.setExit(true, true);
    expect(lms.values['cmi.exit']).toBe('normal');
    expect(lms.values['adl.nav.request']).toBeUndefined();
    // Suspending at the end of a session asks the LMS to suspend.
    a.setExit(false, true);
    expect(lms.values['adl.nav.request']).toBe('suspendAll');
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
