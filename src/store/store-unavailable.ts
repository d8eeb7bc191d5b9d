import { storeCannotWrite } from './write-failure.js';

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

/** write-failure.ts's words for a database server that may take connections again shortly. */
const SERVER_AWAY = /cannot be reached|shut down|is starting or stopping|takes no more connections|ended this session/;

/**
 * Why a reader should try again later, in general words (no store address), or null when `error` is
 * no such failure: a StoreUnavailable, or a server that cannot be reached or takes no connections now
 * (a new connection whose opening timed out among them).
 */
export function whyUnavailable(error: unknown): string | null {
  if (storeUnavailable(error)) return error.publicReason;
  const stop = storeCannotWrite(error);
  return stop !== null && SERVER_AWAY.test(stop) ? 'the database server cannot be reached or takes no connections now; try again shortly' : null;
}
