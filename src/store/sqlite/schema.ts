/**
 * The SQLite schema. Articles and events are stored whole as JSON (the public shapes) with the columns
 * that queries need beside them; FTS5 tables index what users search. WAL lets readers run while an
 * ingest writes, and keeps committed transactions through a crash of the process.
 */
/**
 * 2: event_tags, the filter index of the API's event feed (filled from the stored events on upgrade).
 * 3: each event's search row has the event's rowid (older databases' rows are rebuilt on opening).
 * 4: event_keys carry their event's date range, so a candidate lookup reads only the keys of events in
 *    its window (older databases' keys are given their events' dates on opening).
 * 5: events carry their outlet and article counts as columns, and each feed order has an index, so a
 *    page of the feed reads 20 index entries instead of sorting every event (filled on opening).
 * 6: each event's summary for lists (model/event-summary.ts) is stored beside it, so a feed page is
 *    read and sent without parsing any event (filled on opening).
 * 7: event_tags also hold the names of each event's people, organisations and place as written, for
 *    the entity lists and pages (filled on opening).
 * 8: each article's summary for result lists (model/article-summary.ts, without the event id, which is
 *    a column) is stored beside it, so search hits never parse whole articles (filled on opening).
 * 9: an organisation's tag carries its participants' country (name, a tab, the country), so two
 *    ministries of one name in two countries have two pages (rewritten on opening).
 * 10: event_tags carry their event's date, indexed after the tag, so a filtered feed in date order
 *    reads one page of index entries instead of every event with the tag (filled on opening); an
 *    event's articles are indexed in publication order, so its first and latest reports are read
 *    without reading and sorting all of them; each event keeps the passages its articles share, for its
 *    page (older events have none and their pages group them when read). Candidate keys are one
 *    table ordered by (key, date_max, event_id), '' for an undated event, and each event lists its
 *    keys (key_list), so a write touches one B-tree per key instead of three (rebuilt on opening).
 * 11: an article's sentence offsets are a column of their own and its JSON leaves out the event id
 *    (the column is the truth), so the JSON is the article as the API shows it, sent by an event's
 *    page as stored instead of being rewritten by SQLite on every read (split on opening).
 * 12: each split is recorded (event_splits), as merges are in event_merges, for an event's history.
 * 13: the `entity` filter's tags hold a name's words sorted, so any order matches (rewritten on opening).
 * 14: event_tags hold the keys of each event's unlinked mentions of earlier events ('earlier': a date
 *    and a word of the mention), so an earlier event written later links them (rewritten on opening).
 * 15: each event keeps the words it answers mentions of earlier events with beyond its title and
 *    summary (answers: the event nouns of its facts and themes), read with them by date (filled on opening).
 * 16: events list the CVE ids their reports name (vulnerabilities) and event_tags hold them ('cve'), for
 *    the `cve` filter (read from the stored articles that name one, and tags rewritten, on opening).
 * 17: events list the bodies their reports name (organizations), and event_tags hold them as entities
 *    ('entity', 'org') with their aliases ('org-alias'), as they do named threat actors (read from the
 *    stored articles, and tags rewritten, on opening).
 */
/**
 * 18: the `entity` filter's tags hold bodies' short names ("Lazarus" of Lazarus Group), threat actors'
 *    other names from the gazetteer and people's surnames ("Kovacs") (tags rewritten on opening); the
 *    search index gives each theme word once and leaves out aliases that only reorder a name, so
 *    snippets repeat no word, and its people column holds the event's threat actors by their gazetteer
 *    names (rows rewritten and the index merged on opening).
 */
/**
 * 19: the candidate keys of events that ran longer than a month are a table of their own
 *    (event_keys_long), so a backfilled article's windowed lookup reads the month-bounded table for most
 *    events and the long ones apart (moved on opening).
 */
export const SCHEMA_VERSION = 19;

/** A table of candidate keys in window order: the month-bounded one and the long events' have one shape. */
function candidateKeyTable(name: string): string {
  return `CREATE TABLE IF NOT EXISTS ${name} (
  key TEXT NOT NULL,
  date_max TEXT NOT NULL,
  event_id TEXT NOT NULL,
  date_min TEXT,
  PRIMARY KEY (key, date_max, event_id)
) WITHOUT ROWID;`;
}

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  event_id TEXT,
  published_at TEXT,
  published_sort TEXT NOT NULL DEFAULT '9999',
  outlet_key TEXT NOT NULL DEFAULT '',
  copy_group TEXT NOT NULL DEFAULT '',
  card TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL,
  sentences TEXT
);
DROP INDEX IF EXISTS articles_event;
DROP INDEX IF EXISTS articles_by_event;
CREATE INDEX IF NOT EXISTS articles_by_event_members ON articles(event_id, published_sort, id, published_at, outlet_key, copy_group);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  date TEXT,
  date_min TEXT,
  date_max TEXT,
  updated_at TEXT NOT NULL,
  outlets INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  card TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL,
  profile TEXT NOT NULL,
  passages TEXT,
  key_list TEXT,
  answers TEXT
);
DROP INDEX IF EXISTS events_date;
CREATE INDEX IF NOT EXISTS events_by_date ON events(date DESC, id);
CREATE INDEX IF NOT EXISTS events_by_date_asc ON events(date IS NULL, date, id);
CREATE INDEX IF NOT EXISTS events_by_update ON events(updated_at DESC, id);
CREATE INDEX IF NOT EXISTS events_by_sources ON events(outlets DESC, article_count DESC, date DESC, id);
${candidateKeyTable('event_keys')}
${candidateKeyTable('event_keys_long')}
CREATE TABLE IF NOT EXISTS event_merges (
  merged_id TEXT PRIMARY KEY,
  into_id TEXT NOT NULL,
  merged_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_merges_into ON event_merges(into_id);
CREATE TABLE IF NOT EXISTS event_splits (
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  split_at TEXT NOT NULL,
  moved INTEGER NOT NULL,
  PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_splits_to ON event_splits(to_id);
CREATE TABLE IF NOT EXISTS term_df (
  term TEXT PRIMARY KEY,
  df INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_tags (
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  event_id TEXT NOT NULL,
  date TEXT,
  PRIMARY KEY (kind, value, event_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_tags_event ON event_tags(event_id);
CREATE INDEX IF NOT EXISTS event_tags_by_date ON event_tags(kind, value, date DESC, event_id);
CREATE VIRTUAL TABLE IF NOT EXISTS event_fts USING fts5(
  event_id UNINDEXED, title, summary, facts, people, places, themes,
  tokenize = 'porter unicode61'
);
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
  article_id UNINDEXED, headline, body,
  tokenize = 'porter unicode61'
);
`;
