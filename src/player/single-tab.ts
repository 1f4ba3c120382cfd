// One player per launch of a package in a browser: before it talks to the LMS, a new player asks the
// others on a BroadcastChannel. If one answers, the same package is already open in another tab for
// this learner, and this one must not write (the last writer would silently undo the other tab's
// progress). The owner lets go when its session ends ("Lopeta", "Palaa", pagehide), so a launch after
// that is not refused while the finished tab is still open.

export type Claim = 'mine' | 'taken';

export interface CourseClaim {
  claim: Claim;
  /** Lets another player take the package (call when the session has ended). */
  release(): void;
}

type Message = { type: 'claim'; id: string } | { type: 'owned' };

/**
 * The channel's name: one per package and SCORM version (two different packages, or one package as
 * two activities of different versions, may be open at once: they are different attempts in the LMS).
 */
export const claimName = (courseId: string, pkg: string, version: string) => `${courseId}:soitin:${pkg}:${version}`;

/** Resolves "taken" when another tab holds the package, "mine" otherwise (also without BroadcastChannel). */
export function claimCourse(channelName: string, waitMs = 250): Promise<CourseClaim> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve({ claim: 'mine', release: () => {} });
  const channel = new BroadcastChannel(channelName);
  const release = () => channel.close();
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    let decided: Claim | undefined;
    const decide = (claim: Claim) => {
      if (decided) return;
      decided = claim;
      if (claim === 'taken') channel.close();
      resolve({ claim, release });
    };
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m.type === 'owned') decide('taken');
      else if (m.type === 'claim') {
        if (decided === 'mine') channel.postMessage({ type: 'owned' } satisfies Message);
        // Two tabs starting at once: the earlier claim wins. The winner repeats its claim, as a channel
        // opened after a message was sent never receives it.
        else if (!decided && m.id < id) decide('taken');
        else if (!decided) channel.postMessage({ type: 'claim', id } satisfies Message);
      }
    };
    channel.postMessage({ type: 'claim', id } satisfies Message);
    setTimeout(() => decide('mine'), waitMs);
  });
}
