/**
 * A rebuild: every article of a store read again into a new store by this version's stages after
 * extract (enrich, cluster, consolidate), in the order they were first stored. It is how a store made
 * by an older version gets this version's names, dates and events without the original files: the
 * stored article keeps what extract found (body, headline, outlet, dates), and that is taken as it is.
 *
 * Event ids stay where they can: an event's id comes from the article that founded it, so an event
 * founded by the same article again keeps its id. Every old id that is no event afterwards (merged,
 * or its articles now spread differently) leads to the new event holding most of its articles, as a
 * merged event's id does (Store.addRedirects): bookmarks and links into the old store still resolve.
 */
import type { Article, Message } from '../model/types.js';
import type { NewsDocument } from '../model/document.js';
import { createStages, type Stage } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { EventRedirect, Store } from '../store/store.js';
import { batchReviewer, emptyReport, ingestDocument, type BatchProblem } from './batch.js';

export interface RebuildReport {
  /** Articles read from the old store. */
  articles: number;
  stored: number;
  /** Articles whose content another article of the old store already had (none in a store this project wrote). */
  duplicates: number;
  /** Articles (and reviews) that failed, each named, with its problem; the rest went in. */
  errors: BatchProblem[];
  /** Warnings the stages gave the stored articles (`triangulate show ART_ID` lists an article's). */
  warnings: number;
  /** Events the review after the rebuild found to hold two stories, and split. */
  splits: number;
  events: { before: number; after: number };
  /**
   * The old store's event ids: still events; now leading to the event holding most of their articles;
   * leading nowhere (every article failed). `carried`: ids the old store had merged away, leading on.
   */
  ids: { kept: number; redirected: number; lost: number; carried: number };
}

export interface RebuildOptions {
  /** Called after each article with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Articles read from the old store at a time: memory stays bounded whatever its size. */
const PAGE = 200;

export async function rebuildStore(from: Store, context: PipelineContext, options: RebuildOptions = {}): Promise<RebuildReport> {
  const before = await from.counts();
  const batch = emptyReport(0);
  const reviewer = batchReviewer(context, batch);
  const restoring: { article: Article | null } = { article: null };
  const stages = rebuildStages(restoring);
  let articles = 0;
  let warnings = 0;
  for await (const stored of storedArticles(from)) {
    articles++;
    restoring.article = stored;
    const storedBefore = batch.stored;
    try {
      const doc = await ingestDocument(rawOf(stored), [], stages, context, batch);
      if (batch.stored > storedBefore) await reviewer.stored(doc);
    } catch (error) {
      // A failing write is the article's error, not the rebuild's end: what was stored stays.
      batch.errors.push({ input: stored.id, problem: error instanceof Error ? error.message : String(error) });
    }
    // Counted and let go: a rebuild of a million articles keeps no list of them.
    warnings += batch.warnings.length;
    batch.warnings.length = 0;
    batch.articleIds.length = 0;
    batch.duplicateIds.length = 0;
    options.onProgress?.(articles, before.articles);
    // The new store cannot be written any more (a full disk): the rest would fail the same way.
    if (batch.stopped) break;
  }
  if (!batch.stopped) await reviewer.finish();
  const ids = await carryIds(from, context.store, context.now());
  const after = await context.store.counts();
  return {
    articles,
    stored: batch.stored,
    duplicates: batch.duplicates,
    errors: batch.errors,
    warnings,
    splits: batch.splits.length,
    events: { before: before.events, after: after.events },
    ids,
  };
}

/** The pipeline's stages, with extract taking what the old store kept of the page instead of reading it. */
function rebuildStages(restoring: { article: Article | null }): Stage[] {
  return createStages().map((stage) => (stage.name === 'extract' ? { name: 'extract', run: (doc: NewsDocument) => restoreExtracted(doc, restoring.article!) } : stage));
}

function rawOf(article: Article): Parameters<typeof ingestDocument>[0] {
  // The same content hash, so the article keeps its id (and a second copy is still known as one).
  return { source: { ...article.source }, kind: 'body', content: article.body, hints: {}, contentHash: article.contentHash };
}

/** Stages whose findings come from the page itself, which a rebuild does not read again. */
const PAGE_STAGES: ReadonlySet<Message['stage']> = new Set(['ingest', 'extract']);

/**
 * What extract found, as stored. A store written before the site name was kept has none, and a
 * rebuild's place guess for its articles does without it.
 */
function restoreExtracted(doc: NewsDocument, stored: Article): void {
  const a = doc.article;
  a.source = { ...stored.source };
  a.outlet = stored.outlet;
  if (stored.siteName !== undefined) a.siteName = stored.siteName;
  doc.siteName = stored.siteName ?? null;
  a.agency = stored.agency;
  a.headline = stored.headline;
  a.authors = [...stored.authors];
  a.publishedAt = stored.publishedAt;
  a.modifiedAt = stored.modifiedAt;
  a.language = stored.language;
  a.body = stored.body;
  a.captions = [...stored.captions];
  if (stored.liveEntries) a.liveEntries = stored.liveEntries.map((e) => ({ ...e }));
  for (const message of stored.warnings) if (PAGE_STAGES.has(message.stage)) doc.messages.push({ ...message });
}

async function* storedArticles(store: Store): AsyncGenerator<Article> {
  let afterId: string | undefined;
  for (;;) {
    const page = await store.listArticles(afterId === undefined ? { limit: PAGE } : { afterId, limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    afterId = page[page.length - 1]!.id;
  }
}

/**
 * Which new event each old event id leads to: the one holding most of its articles. Both stores list
 * articles in the order stored, and the rebuild stored them in the old order, so the two lists are
 * walked side by side (an article that failed is in the old list only).
 */
async function carryIds(from: Store, to: Store, at: string): Promise<RebuildReport['ids']> {
  const tally = new Map<string, Map<string, number>>();
  const fresh = storedArticles(to)[Symbol.asyncIterator]();
  let next = await fresh.next();
  for await (const old of storedArticles(from)) {
    if (next.done || next.value.id !== old.id) continue;
    const oldEvent = old.eventId;
    const newEvent = next.value.eventId;
    next = await fresh.next();
    if (!oldEvent || !newEvent) continue;
    let counts = tally.get(oldEvent);
    if (!counts) tally.set(oldEvent, (counts = new Map()));
    counts.set(newEvent, (counts.get(newEvent) ?? 0) + 1);
  }
  const target = new Map<string, string>();
  for (const [oldEvent, counts] of tally) target.set(oldEvent, mostArticles(counts));
  let kept = 0;
  const moved: EventRedirect[] = [];
  for (const [oldEvent, newEvent] of target) {
    if (await to.getEvent(oldEvent)) kept++;
    else moved.push({ from: oldEvent, to: newEvent });
  }
  // Ids the old store had already merged away lead where their survivor now leads.
  const merged: EventRedirect[] = [];
  for (const { from: id, to: survivor } of await from.eventRedirects()) {
    const newEvent = target.get(survivor);
    if (newEvent) merged.push({ from: id, to: newEvent });
  }
  const oldLive = (await from.counts()).events;
  return { kept, redirected: await to.addRedirects(moved, at), lost: Math.max(0, oldLive - target.size), carried: await to.addRedirects(merged, at) };
}

/** The new event with the most of an old event's articles; of equals, the first in id order, so a rebuild is repeatable. */
function mostArticles(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [event, n] of counts) {
    if (n > most || (n === most && event < best)) {
      best = event;
      most = n;
    }
  }
  return best;
}
