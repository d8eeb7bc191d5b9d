/**
 * A store that cannot answer now but may shortly: a database server that did not answer in time, or
 * a pool whose connections were all busy. A reader is told to try again (the HTTP API answers 503,
 * not 500 internal error) rather than that something is broken; a batch fails the article alone.
 */
export class StoreUnavailable extends Error {
  /** What an HTTP client is told: the reason in general words, without the store's address. */
  readonly publicReason: string;
  constructor(message: string, publicReason: string) {
    super(message);
    this.name = 'StoreUnavailable';
    this.publicReason = publicReason;
  }
}

export function storeUnavailable(error: unknown): error is StoreUnavailable {
  return error instanceof StoreUnavailable;
}
