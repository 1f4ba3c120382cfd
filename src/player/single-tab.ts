// One player per course in a browser: before it talks to the LMS, a new player asks the others on a
// BroadcastChannel. If one answers, the course is already open in another tab for this learner, and
// this one must not write (the last writer would silently undo the other tab's progress).

export type Claim = 'mine' | 'taken';

type Message = { type: 'claim'; id: string } | { type: 'owned' };

/** Resolves "taken" when another tab holds the course, "mine" otherwise (also without BroadcastChannel). */
export function claimCourse(channelName: string, waitMs = 250): Promise<Claim> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve('mine');
  const channel = new BroadcastChannel(channelName);
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    let decided: Claim | undefined;
    const decide = (claim: Claim) => {
      if (decided) return;
      decided = claim;
      if (claim === 'taken') channel.close();
      resolve(claim);
    };
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m.type === 'owned') decide('taken');
      else if (m.type === 'claim') {
        if (decided === 'mine') channel.postMessage({ type: 'owned' } satisfies Message);
        // Two tabs starting at once: the earlier claim wins.
        else if (!decided && m.id < id) decide('taken');
      }
    };
    channel.postMessage({ type: 'claim', id } satisfies Message);
    setTimeout(() => decide('mine'), waitMs);
  });
}
