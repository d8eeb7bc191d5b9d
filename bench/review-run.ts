/**
 * One ingest of a review set as a user runs it (the set's reproduce.sh): a new SQLite store in a temp
 * folder, then `triangulate ingest FILE` for each report in turn, through the command's own code
 * (runIngest, with the wall clock as the reference time, as the command has) and a store opened and
 * closed per file, as each command opens it. Then the store is read: each report's event, each
 * event's record, and the events the entity search (`events --entity`, widened over the entity
 * list's joined names) finds by each truth participant's name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runIngest } from '../src/cli/commands/ingest.js';
import { withStore } from '../src/cli/context.js';
import { widenedEntity } from '../src/server/entity-filter.js';
import { entityGroups } from '../src/server/entity-list.js';
import type { NewsEvent } from '../src/model/types.js';
import type { Store } from '../src/store/store.js';
import type { ReviewSet } from './review-set.js';
import type { SystemEvent, SystemRun } from './review-score.js';

export type Order = 'forward' | 'reverse';

export interface RunOptions {
  /** Keep the store here instead of a temp folder removed afterwards. */
  keep?: string;
}

export async function runReviewSet(set: ReviewSet, order: Order, options: RunOptions = {}): Promise<SystemRun> {
  const dir = options.keep ?? mkdtempSync(join(tmpdir(), `reviews-${set.name}-`));
  const db = { db: join(dir, `${set.name}-${order}.db`) };
  try {
    const files = order === 'forward' ? set.files : [...set.files].reverse();
    const articleOf = new Map<string, string>();
    const refused: string[] = [];
    for (const file of files) {
      // threads 0: a report is far below the size at which the command starts threads (ingest/prepare-pool.ts).
      const report = await withStore(db, (store) => runIngest([file], store, { threads: 0, progress: false }), false);
      const id = report.articleIds[0];
      if (id === undefined) refused.push(basename(file));
      else articleOf.set(basename(file), id);
    }
    return await withStore(db, (store) => readRun(store, set, articleOf, refused));
  } finally {
    if (options.keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function readRun(store: Store, set: ReviewSet, articleOf: ReadonlyMap<string, string>, refused: readonly string[]): Promise<SystemRun> {
  const stored = await store.listEvents();
  const eventOfArticle = new Map<string, string>();
  for (const e of stored) for (const a of e.articles) eventOfArticle.set(a, e.id);
  const eventOf = new Map<string, string | null>();
  for (const file of set.files.map((f) => basename(f))) {
    const article = articleOf.get(file);
    eventOf.set(file, article === undefined ? null : eventOfArticle.get(article) ?? null);
  }
  const events = new Map<string, SystemEvent>();
  for (const e of stored) events.set(e.id, await systemEvent(store, e));
  // The list is worked out once: every name is looked up in the same store.
  const groups = await entityGroups(store);
  const entityEvents = new Map<string, Set<string>>();
  for (const t of Object.values(set.truth.events)) {
    for (const p of t.participants) {
      if (entityEvents.has(p.name)) continue;
      const filters = await widenedEntity({ entity: p.name }, () => Promise.resolve(groups));
      const hits = await store.queryEvents({ ...filters, sort: 'date-desc' });
      entityEvents.set(p.name, new Set(hits.map((h) => h.id)));
    }
  }
  return { eventOf, refused, events, entityEvents };
}

async function systemEvent(store: Store, e: NewsEvent): Promise<SystemEvent> {
  const linkedTo: string[] = [];
  for (const r of e.related) {
    if (!r.eventId) continue;
    // A link may name an event since merged into another: the survivor is the one linked.
    linkedTo.push((await store.survivorOf(r.eventId)) ?? r.eventId);
  }
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    place: e.location?.name ?? null,
    country: e.location?.country ?? null,
    killed: e.casualties?.killed ?? null,
    injured: e.casualties?.injured ?? null,
    linkedTo,
  };
}
