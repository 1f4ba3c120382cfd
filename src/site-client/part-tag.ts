// One status tag ("Ei aloitettu", "Kesken", "Valmis ✓" and any points), as the open site's lists and
// the player's contents sheet both show it. The ✓ is for the eye only: a screen reader hears the word.
import type { PartState } from '../course/part-state.ts';
import { progressUi } from '../strings/fi.ts';

export function showPartState(el: HTMLElement, state: PartState, extra = ''): void {
  el.dataset['state'] = state;
  el.textContent = progressUi.state[state];
  if (state === 'done') {
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = ' ✓';
    el.append(mark);
  }
  if (extra) el.append(` ${extra}`);
  el.hidden = false;
}
