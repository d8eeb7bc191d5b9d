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
