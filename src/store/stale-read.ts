/**
 * A commit refused because what it was decided from changed meanwhile (Commit.readEvents): another
 * writer committed to one of its events, or merged it away. Nothing of it is written; the pipeline runs
 * the article's clustering again on the store as it is now (pipeline.ts).
 */
export class StaleRead extends Error {
  constructor(
    readonly eventId: string,
    why = 'changed since it was read for this article',
  ) {
    super(`event ${eventId} ${why}`);
    this.name = 'StaleRead';
  }
}

export function isStaleRead(error: unknown): error is StaleRead {
  return error instanceof StaleRead;
}

/**
 * A commit that a keyed section may not make (a split of a stored event: the new event's keys are not
 * among the section's locks, and another writer looking the story up by them would not wait for it).
 * Nothing of it is written; the pipeline runs the article again with the whole store to itself, where
 * every key is covered (pipeline.ts).
 */
export class NeedsWholeStore extends Error {
  constructor(readonly eventId: string) {
    super(`event ${eventId} is split by this article: its commit needs the whole store`);
    this.name = 'NeedsWholeStore';
  }
}

export function needsWholeStore(error: unknown): error is NeedsWholeStore {
  return error instanceof NeedsWholeStore;
}

/**
 * A section that lost its hold on the store before its commit was sent (PostgreSQL: the session holding
 * its locks ended): nothing of the commit was written. The pipeline runs the article again in a new
 * section (pipeline.ts), as for NeedsWholeStore.
 */
export class SectionLost extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SectionLost';
  }
}

export function sectionLost(error: unknown): error is SectionLost {
  return error instanceof SectionLost;
}
