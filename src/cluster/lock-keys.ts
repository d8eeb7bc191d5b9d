/**
 * What an article's store section locks (Store.exclusive's keys), so that several writers of one
 * PostgreSQL store run unrelated articles at once and related ones one after another.
 *
 * The cluster stage finds an article's candidates by its lookup keys (names and its 20 strongest
 * terms by TF-IDF) among events whose dates meet its window, and a person's name at any date for a
 * follow-up. A new event is indexed by its article's names and 40 heaviest terms (consolidate). So:
 * - each lookup key is locked exclusive in every date bucket the window touches;
 * - each other key the article's new event would be indexed by is locked shared in those buckets
 *   (two articles that only share index keys cannot find each other's events through them);
 * - each person's name is also locked at any date: exclusive by an article that looks follow-ups up,
 *   shared by the others (whose new events such an article could find);
 * - but a common term (in at least 5% of the stored articles, and at least 20) is not locked at all.
 *   On GVA's stream every report of a shooting has "shoot" among its keys, so with every term 184 of
 *   225 neighbouring pairs of articles of different events shared a key (all writers in turn), and
 *   without the common ones 29; of the 182 pairs of articles that ended in one event, the same one
 *   shared none either way (first 300 records; docs/benchmarks.md, locks64).
 * The guarantee: when article Y's lookup would find the new event article X makes by a name, or by a
 * term that is not common, X and Y share a key, one of them holding it exclusive, so their sections do
 * not overlap. The lookup inside the section uses these very keys (the lookup is kept on the
 * document), so no change of term statistics between the lock and the lookup can take a key outside
 * the locks. (Whether a term is common is judged by each article from the statistics it read: two
 * articles may judge a term at the edge differently.)
 *
 * An article with no date looks events up at any date: it takes the whole store (null). So does one
 * whose keys number over MAX_SECTION_KEYS: a long page with hundreds of names needed 2,087 locks
 * (review64d), and a few such articles at once filled the server's lock table, which refused them.
 */
import type { NewsDocument } from '../model/document.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { SectionKeys } from '../store/store.js';
import { dayNumber } from '../util/dates.js';
import { type ArticleFeatures, articleFeatures, dfTerms, indexKeys } from './features.js';
import { idf } from './similarity.js';

/** Term statistics as the store answers them (Store.termStats). */
export type TermStats = Awaited<ReturnType<PipelineContext['store']['termStats']>>;

/** An article's features, the term statistics they were weighted with and the keys it looks events up by. */
export interface ClusterLookup {
  features: ArticleFeatures;
  stats: TermStats;
  keys: string[];
}

/** Lookup keys taken from the article's terms: the strongest by TF-IDF. */
export const LOOKUP_TERMS = 20;
/** Terms a new event is indexed by (consolidate's indexKeys of its profile). */
export const EVENT_INDEX_TERMS = 40;
/**
 * Days per date bucket: a 30-day window either side touches four or five. Smaller buckets let fewer
 * articles far apart in time wait on each other, and take more locks each.
 */
export const BUCKET_DAYS = 16;
/** A term in at least this share of the stored articles is common: not locked. */
export const COMMON_SHARE = 0.05;
/** ... and in at least this many: in a young store every term of its few articles is in a large share. */
export const COMMON_MIN_DF = 20;

/**
 * Keys a section locks at most; above it the article takes the whole store (one lock), which costs
 * parallelism, not correctness. At 256, 71 of GVA's first 1,897 stored articles went whole-store, each
 * stopping every other writer (11% of its first 300, where few terms are common yet; 257 to 700 keys,
 * most under 500): 512 leaves that to long pages. Four writers at 512 hold 2,048 locks at most, a
 * sixth of a default server's lock table (12,750 advisory locks; a full table runs whole-store too).
 */
export const MAX_SECTION_KEYS = 512;

/** Whether a term is too common to lock by (COMMON_SHARE). */
export function isCommonTerm(term: string, stats: TermStats): boolean {
  const df = stats.df.get(term) ?? 0;
  return df >= COMMON_MIN_DF && df >= COMMON_SHARE * stats.documents;
}

/** The features, statistics and lookup keys the cluster stage reads an article with. */
export async function clusterLookup(doc: NewsDocument, context: PipelineContext): Promise<ClusterLookup> {
  const features = articleFeatures(doc.article);
  const stats = await context.store.termStats(dfTerms(features));
  const weighted = [...features.terms].map(([t, w]): [string, number] => [t, w * idf(t, stats)]);
  return { features, stats, keys: indexKeys(features.names, weighted, LOOKUP_TERMS) };
}

/**
 * The lock keys of an article's section (see the header), from its lookup; null (the whole store) for
 * an article with no usable date. `followsUp`: whether its people's names are looked up at any date.
 */
export function sectionKeys(lookup: ClusterLookup, windowDays: number, followsUp: boolean): SectionKeys | null {
  const date = lookup.features.date;
  const day = date === null ? Number.NaN : dayNumber(date);
  if (!Number.isFinite(day)) return null;
  const buckets: number[] = [];
  for (let b = Math.floor((day - windowDays) / BUCKET_DAYS); b <= Math.floor((day + windowDays) / BUCKET_DAYS); b++) buckets.push(b);
  const rare = (key: string) => !key.startsWith('t:') || !isCommonTerm(key.slice(2), lookup.stats);
  const looked = new Set(lookup.keys.filter(rare));
  const indexed = indexKeys(lookup.features.names, lookup.features.terms, EVENT_INDEX_TERMS).filter((k) => rare(k) && !looked.has(k));
  const exclusive: string[] = [];
  const shared: string[] = [];
  for (const b of buckets) {
    for (const k of looked) exclusive.push(`${k}@${b}`);
    for (const k of indexed) shared.push(`${k}@${b}`);
  }
  // Names are looked up and indexed both: all of them are in `looked`.
  const people = [...looked].filter((k) => k.startsWith('n:p:'));
  (followsUp ? exclusive : shared).push(...people.map((k) => `${k}@*`));
  if (exclusive.length + shared.length > MAX_SECTION_KEYS) return null;
  return { exclusive, shared };
}

/** The keys function Store.exclusive takes for an article: its lookup kept on the document for the cluster stage to use. */
export function articleSectionKeys(windowDays: number, followsUp: (doc: NewsDocument) => boolean) {
  return async (doc: NewsDocument, context: PipelineContext): Promise<SectionKeys | null> => {
    const lookup = await clusterLookup(doc, context);
    doc.lookup = lookup;
    return sectionKeys(lookup, windowDays, followsUp(doc));
  };
}

/** Whether two sections' keys keep them apart: a key held by both, exclusive by at least one (as the store's locks treat them). */
export function sectionsConflict(a: SectionKeys, b: SectionKeys): boolean {
  const all = (k: SectionKeys) => new Set([...k.exclusive, ...k.shared]);
  const inA = all(a);
  const inB = all(b);
  return a.exclusive.some((k) => inB.has(k)) || b.exclusive.some((k) => inA.has(k));
}
