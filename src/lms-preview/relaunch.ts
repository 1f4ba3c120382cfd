// What a real LMS does between launches, for the preview: turn the stored CMI of the last session
// into the data for the next launch (entry from exit, mode and credit, thresholds from the manifest).
// Pure, so that it unit-tests without scorm-again or a browser.

export type PreviewVersion = '1.2' | '2004';
type Json = Record<string, unknown>;

export interface LaunchSettings {
  version: PreviewVersion;
  review: boolean;
  /** From the package's manifest: only packages that track a score have one. */
  masteryScore: number | undefined;
  learnerId: string;
  learnerName: string;
}

/** Data for scorm-again's loadFromJSON (before Initialize). `stored` is the last session's cmi object. */
export function launchCmi(stored: Json | undefined, s: LaunchSettings): Json {
  const mode = s.review ? 'review' : 'normal';
  const credit = s.review ? 'no-credit' : 'credit';
  if (s.version === '1.2') {
    const core = { ...((stored?.['core'] as Json | undefined) ?? {}) };
    const exit = core['exit'];
    // session_time and exit belong to the finished session; reloading them would count time twice.
    delete core['exit'];
    delete core['session_time'];
    return {
      ...(stored ?? {}),
      core: {
        ...core,
        student_id: s.learnerId,
        student_name: s.learnerName,
        lesson_mode: mode,
        credit,
        entry: !stored ? 'ab-initio' : exit === 'suspend' ? 'resume' : '',
      },
      student_data: { ...((stored?.['student_data'] as Json | undefined) ?? {}), mastery_score: s.masteryScore === undefined ? '' : String(s.masteryScore) },
    };
  }
  const rest = { ...(stored ?? {}) };
  const exit = rest['exit'];
  delete rest['exit'];
  delete rest['session_time'];
  delete rest['entry'];
  return {
    ...rest,
    learner_id: s.learnerId,
    learner_name: s.learnerName,
    mode,
    credit,
    entry: !stored ? 'ab-initio' : exit === 'suspend' ? 'resume' : '',
    // From the manifest: completion by progress measure, passed at the mastery score (if any).
    completion_threshold: '1',
    ...(s.masteryScore === undefined ? {} : { scaled_passing_score: (s.masteryScore / 100).toFixed(2) }),
  };
}
