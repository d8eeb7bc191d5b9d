/** What stages may use besides the document: the store, and the time to stamp records with. */
import type { Store } from './store/store.js';

export interface PipelineContext {
  store: Store;
  /** The clock, injected: stages never read it themselves (tests pass a fixed one). */
  now: () => string;
}
