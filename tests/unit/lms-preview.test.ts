import { describe, expect, it } from 'vitest';
import { launchCmi } from '../../src/lms-preview/relaunch.ts';

const base = { masteryScore: 80, learnerId: 'u1', learnerName: 'Virtanen, Anna', review: false };

describe('LMS preview relaunch', () => {
  it('first launch is ab-initio with credit (1.2) and carries the mastery score', () => {
    expect(launchCmi(undefined, { ...base, version: '1.2' })).toEqual({
      core: { student_id: 'u1', student_name: 'Virtanen, Anna', lesson_mode: 'normal', credit: 'credit', entry: 'ab-initio' },
      student_data: { mastery_score: '80' },
    });
  });

  it('a suspended attempt resumes; the old session time and exit are dropped', () => {
    const stored = { core: { exit: 'suspend', session_time: '00:05:00', lesson_location: 'a.html', total_time: '00:05:00' }, suspend_data: '1|a|' };
    const next = launchCmi(stored, { ...base, version: '1.2' }) as { core: Record<string, unknown>; suspend_data: string };
    expect(next.core).toMatchObject({ entry: 'resume', lesson_location: 'a.html', total_time: '00:05:00' });
    expect(next.core['exit']).toBeUndefined();
    expect(next.core['session_time']).toBeUndefined();
    expect(next.suspend_data).toBe('1|a|');
  });

  it('2004 gets thresholds from the manifest and review mode gives no credit', () => {
    const next = launchCmi({ exit: 'normal', completion_status: 'completed' }, { ...base, version: '2004', review: true });
    expect(next).toMatchObject({ entry: '', mode: 'review', credit: 'no-credit', completion_threshold: '1', scaled_passing_score: '0.80', completion_status: 'completed' });
  });
});
