/** What the route modules share: the store, the write queue and the server's limits. */
import type { Store } from '../store/store.js';
import type { EntityWarmer } from './entity-warm.js';
import type { IngestService } from './ingest-service.js';
import type { SearchSource } from './search-pool.js';

export interface ServerLimits {
  /** Bytes of one uploaded file (and of one JSON Lines record in it). */
  fileBytes: number;
  /** Files in one upload request. */
  files: number;
  /** Bytes of a JSON request body. */
  jsonBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = { fileBytes: 20 * 1048576, files: 100, jsonBytes: 5 * 1048576 };

export interface Deps {
  store: Store;
  /** Where searches go: the store itself, or threads with connections of their own (search-pool.ts). */
  search: SearchSource;
  ingest: IngestService;
  limits: ServerLimits;
  /** When set, write endpoints require `Authorization: Bearer <token>`. */
  token: string | null;
  /** Told of ingests that stored something and of requests for the entity list (AppOptions.warmEntities). */
  entityWarm?: EntityWarmer;
}
