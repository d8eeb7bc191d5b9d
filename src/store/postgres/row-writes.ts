/**
 * The PostgreSQL store's writes as parts of one statement (data-modifying CTEs), so an article with its
 * event, tags and keys goes to the server in one round trip: on a loaded machine each round trip is a
 * wait for the server's turn, and a commit had taken seven. Every part writes a table of its own, or
 * rows of one table that no other part of the statement touches (a statement's parts do not see each
 * other's changes: an insert would take a row a sibling deletes for a conflict).
 */
import { summarizeEvent } from '../../model/event-summary.js';
import type { Article, NewsEvent, SharedPassage } from '../../model/types.js';
import { answerWords } from '../../consolidate/related.js';
import { utcSortKey } from '../../util/dates.js';
import type { EventProfile } from '../store.js';
import { articleCard, articleData, eventSearchText, eventSpanDays, eventTags } from '../stored-records.js';
import type { SqlParams } from './sql-params.js';
import { ARTICLE_LABELS, cappedIndexTexts, EVENT_LABELS, SEARCH_CONFIG } from './text-search.js';

/** The meta row with the most days between any event's first and last date (never lowered), as in SQLite. */
export const LONGEST_EVENT_DAYS = 'longest_event_days';

/** PostgreSQL text holds no NUL character (JSON escapes it; raw columns have it dropped). */
export function noNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/** One statement of the given parts (`name AS (...)`), run for their writes alone. */
export function statementOf(parts: readonly string[]): string {
  return `WITH ${parts.join(',\n')} SELECT 1`;
}

/** A tsvector of the texts, each weighted by its label, their words as the index takes them. */
function tsvector(params: SqlParams, labels: readonly string[], texts: readonly string[]): string {
  const words = cappedIndexTexts(labels.map((_, i) => texts[i] ?? ''));
  return labels.map((label, i) => `setweight(to_tsvector('${SEARCH_CONFIG}', ${params.add(words[i])}::text), '${label}')`).join(' || ');
}

/**
 * An article, unless it is there (WHERE NOT EXISTS keeps the sequence from being drawn for nothing:
 * its highest value counts the documents; ON CONFLICT covers a writer racing this one), and its
 * distinct terms counted only when it was inserted, in one sorted order (two writers counting the same
 * terms never wait on each other in a cycle). `eventId` null: an article without an event (EventlessCommit).
 */
export function articleParts(params: SqlParams, article: Article, eventId: string | null, outletKey: string, copyGroup: string, terms: readonly string[]): string[] {
  const id = params.add(article.id);
  const hash = params.add(article.contentHash);
  const values = [article.eventId ?? eventId, article.publishedAt, utcSortKey(article.publishedAt), outletKey, copyGroup, articleCard(article), articleData(article), JSON.stringify(article.sentences), noNul(article.headline ?? ''), noNul(article.body)].map((v) => params.add(v));
  const search = tsvector(params, ARTICLE_LABELS, [article.headline ?? '', article.body]);
  return [
    `new_article AS (INSERT INTO articles (id, content_hash, event_id, published_at, published_sort, outlet_key, copy_group, card, data, sentences, headline, body, search)
      SELECT ${id}::text, ${hash}::text, ${values.join(', ')}, ${search}
      WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ${id} OR content_hash = ${hash})
      ON CONFLICT DO NOTHING RETURNING seq)`,
    `counted AS (INSERT INTO term_df (term, df) SELECT t, 1 FROM unnest(${params.add([...new Set(terms.map(noNul))].sort())}::text[]) t
      WHERE EXISTS (SELECT 1 FROM new_article) ORDER BY t ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1)`,
  ];
}

/**
 * The values the event feed filters on (stored-records.ts eventTags), writing only what changed: tags
 * no longer wanted go, kept ones take the event's date, new ones are inserted (an event is rewritten
 * with every article it gains, and most of its tags stay).
 */
export function tagParts(params: SqlParams, event: NewsEvent): string[] {
  const rows = [...eventTags(event).values()];
  const id = params.add(event.id);
  const date = `${params.add(event.date)}::text`;
  return [
    `want_tag AS (SELECT k AS kind, v AS value FROM unnest(${params.add(rows.map((r) => r[0]))}::text[], ${params.add(rows.map((r) => noNul(r[1])))}::text[]) t(k, v))`,
    `gone_tag AS (DELETE FROM event_tags t WHERE t.event_id = ${id} AND NOT EXISTS (SELECT 1 FROM want_tag w WHERE w.kind = t.kind AND w.value = t.value))`,
    `redated_tag AS (UPDATE event_tags t SET date = ${date} WHERE t.event_id = ${id} AND t.date IS DISTINCT FROM ${date} AND EXISTS (SELECT 1 FROM want_tag w WHERE w.kind = t.kind AND w.value = t.value))`,
    `new_tag AS (INSERT INTO event_tags (kind, value, event_id, date) SELECT kind, value, ${id}, ${date} FROM want_tag ON CONFLICT DO NOTHING)`,
  ];
}

/**
 * The event's candidate keys with its date range ('' for an undated event's last date), writing only
 * what changed: keys no longer wanted, or of another last date (part of the key's order), go; a kept
 * key given a new first date is updated in place; the rest are inserted. The longest span is raised.
 */
export function keyParts(params: SqlParams, eventId: string, keys: readonly string[], dates: readonly string[]): string[] {
  const id = params.add(eventId);
  const last = `${params.add(dates.at(-1) ?? '')}::text`;
  const first = `${params.add(dates[0] ?? null)}::text`;
  const span = params.add(eventSpanDays(dates[0] ?? null, dates.at(-1) ?? null));
  return [
    `want_key AS (SELECT DISTINCT unnest(${params.add([...new Set(keys.map(noNul))])}::text[]) AS key)`,
    `gone_key AS (DELETE FROM event_keys k WHERE k.event_id = ${id} AND (k.date_max <> ${last} OR NOT EXISTS (SELECT 1 FROM want_key w WHERE w.key = k.key)))`,
    `moved_key AS (UPDATE event_keys k SET date_min = ${first} WHERE k.event_id = ${id} AND k.date_max = ${last} AND k.date_min IS DISTINCT FROM ${first} AND EXISTS (SELECT 1 FROM want_key w WHERE w.key = k.key))`,
    `longest AS (UPDATE meta SET value = ${span}::text WHERE key = '${LONGEST_EVENT_DAYS}' AND value::integer < ${span}::integer)`,
    `new_key AS (INSERT INTO event_keys (key, date_max, event_id, date_min) SELECT key, ${last}, ${id}, ${first} FROM want_key ON CONFLICT DO NOTHING)`,
  ];
}

/** An event's row with its searched text (inserted or rewritten), its filter tags and its candidate keys. */
export function eventParts(params: SqlParams, event: NewsEvent, profile: EventProfile, keys: readonly string[], passages: readonly SharedPassage[] | undefined): string[] {
  const dates = [...profile.dates].sort();
  const text = eventSearchText(event).map(noNul);
  const values = [event.id, event.date, dates[0] ?? null, dates.at(-1) ?? null, event.updatedAt, event.outlets, event.articles.length, JSON.stringify(summarizeEvent(event)), JSON.stringify(event), JSON.stringify(profile), passages ? JSON.stringify(passages) : null, noNul(answerWords(event)), ...text].map((v) => params.add(v));
  const search = tsvector(params, EVENT_LABELS, text);
  return [
    `written_event AS (INSERT INTO events (id, date, date_min, date_max, updated_at, outlets, article_count, card, data, profile, passages, answers, title, summary, facts, people, places, themes, search)
      VALUES (${values.join(', ')}, ${search})
      ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_min = excluded.date_min, date_max = excluded.date_max, updated_at = excluded.updated_at,
      outlets = excluded.outlets, article_count = excluded.article_count, card = excluded.card, data = excluded.data, profile = excluded.profile, passages = excluded.passages,
      answers = excluded.answers, title = excluded.title, summary = excluded.summary, facts = excluded.facts, people = excluded.people, places = excluded.places,
      themes = excluded.themes, search = excluded.search)`,
    ...tagParts(params, event),
    ...keyParts(params, event.id, keys, dates),
  ];
}
