// Which cmi.objectives index each objective id uses, and what was last written there, so that only
// changes are sent. Ids the LMS already holds (from an earlier session, or the manifest's primary
// objective) keep their index; the course's own are appended after them.
import type { ObjectiveRecord } from './lms.ts';

export class ObjectiveLedger {
  #index = new Map<string, number>();
  #written = new Map<number, string>();

  constructor(lmsIds: readonly string[], ownIds: readonly string[]) {
    lmsIds.forEach((id, i) => {
      if (id && !this.#index.has(id)) this.#index.set(id, i);
    });
    let next = Math.max(-1, ...this.#index.values()) + 1;
    for (const id of ownIds) if (!this.#index.has(id)) this.#index.set(id, next++);
  }

  /** The objectives that differ from what was last written, with their index. */
  changed(objectives: readonly ObjectiveRecord[]): { index: number; objective: ObjectiveRecord }[] {
    return objectives
      .map((objective) => ({ index: this.#index.get(objective.id)!, objective }))
      .filter(({ index, objective }) => this.#written.get(index) !== JSON.stringify(objective));
  }

  markWritten(index: number, objective: ObjectiveRecord): void {
    this.#written.set(index, JSON.stringify(objective));
  }
}
