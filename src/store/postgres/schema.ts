/**
 * The PostgreSQL schema, created on opening. As in SQLite, articles and events are stored whole as JSON
 * text (the public shapes, kept as written: jsonb would reorder keys) with the columns queries need
 * beside them. Search is PostgreSQL's own full-text search: a tsvector per row, with a GIN index.
 * Every column compared or sorted as text collates "C" (bytewise), as SQLite's BINARY does, so orders
 * and ranges ("2025-02" up to "2025-02\uffff") are the same in both stores whatever the database's locale.
 *
 * Versions (meta's schema_version):
 * 1: the first PostgreSQL schema (the SQLite store's schema 19 in content).
 */
import { SEARCH_CONFIG } from './text-search.js';

export const SCHEMA_VERSION = 1;

/** The text search configuration: a copy of `english` whose words are stemmed with no stop words (as FTS5's porter tokenizer). */
export const SEARCH_CONFIG_SQL = `
CREATE TEXT SEARCH DICTIONARY triangulate_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG} (COPY = english);
ALTER TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG} ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part WITH triangulate_stem;
`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key text COLLATE "C" PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  content_hash text COLLATE "C" NOT NULL UNIQUE,
  event_id text COLLATE "C",
  published_at text,
  published_sort text COLLATE "C" NOT NULL DEFAULT '9999',
  outlet_key text NOT NULL DEFAULT '',
  copy_group text NOT NULL DEFAULT '',
  card text NOT NULL DEFAULT '',
  data text NOT NULL,
  sentences text,
  headline text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  search tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_event ON articles (event_id, published_sort, id);
CREATE INDEX IF NOT EXISTS articles_search ON articles USING gin (search);
CREATE TABLE IF NOT EXISTS events (
  id text COLLATE "C" PRIMARY KEY,
  seq bigserial NOT NULL UNIQUE,
  date text COLLATE "C",
  date_min text COLLATE "C",
  date_max text COLLATE "C",
  updated_at text COLLATE "C" NOT NULL,
  outlets integer NOT NULL DEFAULT 0,
  article_count integer NOT NULL DEFAULT 0,
  card text NOT NULL DEFAULT '',
  data text NOT NULL,
  profile text NOT NULL,
  passages text,
  answers text,
  title text NOT NULL DEFAULT '',
  summary text NOT NULL DEFAULT '',
  facts text NOT NULL DEFAULT '',
  people text NOT NULL DEFAULT '',
  places text NOT NULL DEFAULT '',
  themes text NOT NULL DEFAULT '',
  search tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_by_date_asc ON events (date NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_by_update ON events (updated_at DESC, id);
CREATE INDEX IF NOT EXISTS events_by_sources ON events (outlets DESC, article_count DESC, date DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_search ON events USING gin (search);
CREATE TABLE IF NOT EXISTS event_keys (
  key text COLLATE "C" NOT NULL,
  date_max text COLLATE "C" NOT NULL,
  event_id text COLLATE "C" NOT NULL,
  date_min text COLLATE "C",
  PRIMARY KEY (key, date_max, event_id)
);
CREATE INDEX IF NOT EXISTS event_keys_event ON event_keys (event_id);
CREATE TABLE IF NOT EXISTS event_merges (
  merged_id text COLLATE "C" PRIMARY KEY,
  into_id text COLLATE "C" NOT NULL,
  merged_at text NOT NULL
);
CREATE INDEX IF NOT EXISTS event_merges_into ON event_merges (into_id);
CREATE TABLE IF NOT EXISTS event_splits (
  from_id text COLLATE "C" NOT NULL,
  to_id text COLLATE "C" NOT NULL,
  split_at text NOT NULL,
  moved integer NOT NULL,
  PRIMARY KEY (from_id, to_id)
);
CREATE INDEX IF NOT EXISTS event_splits_to ON event_splits (to_id);
CREATE TABLE IF NOT EXISTS term_df (
  term text COLLATE "C" PRIMARY KEY,
  df integer NOT NULL
);
CREATE TABLE IF NOT EXISTS event_tags (
  kind text COLLATE "C" NOT NULL,
  value text COLLATE "C" NOT NULL,
  event_id text COLLATE "C" NOT NULL,
  date text COLLATE "C",
  PRIMARY KEY (kind, value, event_id)
);
CREATE INDEX IF NOT EXISTS event_tags_event ON event_tags (event_id);
CREATE INDEX IF NOT EXISTS event_tags_by_date ON event_tags (kind, value, date DESC NULLS LAST, event_id);
CREATE SEQUENCE IF NOT EXISTS change_mark;
`;
