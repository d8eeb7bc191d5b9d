/**
 * What the UI reads from the API. The event and article shapes are the model's own (src/model, pure
 * type declarations, erased when compiled); the views the API adds on top are declared here.
 */
import type { Article as ModelArticle } from '../../model/types.js';
import type { EventChange, EventFacets } from '../../store/store.js';

export type { NewsEvent } from '../../model/types.js';
export type { EventSummary } from '../../model/event-summary.js';
import type { EventSummary } from '../../model/event-summary.js';
import type { NewsEvent } from '../../model/types.js';

/** Articles as the API sends them (the working field `sentences` left out). */
export type Article = Omit<ModelArticle, 'sentences'>;

export interface SharedPassage {
  articleId: string;
  start: number;
  end: number;
  group: number;
}

export type { EventChange } from '../../store/store.js';

export interface EventDetail extends NewsEvent {
  articleDetails: Article[];
  shared: SharedPassage[];
  history: EventChange[];
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'vessel';

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  events: number;
  /** Organisations: the country of the people who act for it, when known. */
  country?: string;
  /** Other names (another spelling of a person, a body's short name), when there are any. */
  aliases?: string[];
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  countries: string[];
  organizations: string[];
  roles: { eventId: string; date: string | null; person?: string; role: string | null; organization: string | null; country: string | null }[];
  eventList: EventSummary[];
}

export interface Stats extends EventFacets {
  articles: number;
  events: number;
}

export interface WorldMap {
  width: number;
  height: number;
  countries: { code: string; name: string; d: string }[];
}

export interface IngestResult {
  files: number;
  documents: number;
  stored: number;
  duplicates: number;
  errors: { input: string; problem: string }[];
  warnings: { input: string; article: string; message: { message: string } }[];
  articleIds: string[];
  /** Those of articleIds already stored (absent from older servers' answers). */
  duplicateIds?: string[];
  eventIds: (string | null)[];
  /** What became of each file sent (absent from older servers' answers). */
  inputs?: { name: string; status: 'stored' | 'already-stored' | 'partly-stored' | 'refused'; errors: { input: string; problem: string }[] }[];
}
