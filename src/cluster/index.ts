/**
 * The cluster stage: does this article report an event already in the store? Candidates come from the
 * store's key index (names and strongest terms, within a date window), never from a scan of all events.
 * The article joins the most probable event when the join model's probability reaches its threshold;
 * when it reaches it for several, they were one event all along and are merged into the best one (its
 * id survives).
 */
import { isOpinion } from './opinion.js';
import { noEventOf, noEventWarning } from './no-event.js';
import type { NewsDocument } from '../model/document.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';
import { articleSectionKeys, clusterLookup } from './lock-keys.js';
import { articleVector } from './pair-features.js';
import { joinThreshold, type Score, similarity } from './similarity.js';
import type { JoinModel } from './join-model.js';
import { eventsToMerge, MERGE_MAX_BOTH } from './merges.js';
import { shiftDays } from '../util/dates.js';

export interface ClusterOptions {
  /** Join probability from which an article joins an event (default: the shipped model's). */
  threshold?: number;
  /**
   * Probability from which a second matching event is merged into the best one (default 0.5): a merge
   * joins two whole events on one article's evidence, so it asks for more than a join.
   */
  mergeThreshold?: number;
  /** Size from which two events are not merged when both have it (default 3 articles). */
  mergeMaxBoth?: number;
  /** Days either side of the article's event date within which events are candidates. */
  windowDays?: number;
  candidates?: number;
}

const MERGE_THRESHOLD = 0.5;
/** Days either side of the article's date within which events are candidates, by default. */
const WINDOW_DAYS = 30;
/** Events found by shared people's names alone, at any date. */
const FOLLOW_UP_CANDIDATES = 10;
/** Of each person's name, the latest events read for follow-ups: a famous name would otherwise read thousands. */
const FOLLOW_UP_PER_NAME = 50;
/**
 * Of each key, the latest events read for an article with no date at all (no publication date, none
 * in its text): with no window, every event that ever shared a word was read, a cost that grows with
 * the store (thousands of events a lookup by the scale run's 12,000th article). The latest are the
 * likeliest for a pasted text.
 */
const UNDATED_ARTICLE_PER_KEY = 500;
/**
 * How long after a story began a follow-up may join it: four years. GVA's longest, a trial's report
 * 1,413 days after the shooting, is inside it; an event that a wrong join carried forward stops
 * gathering articles years on (the scale run's generated stream showed events of 187 articles).
 */
const FOLLOW_UP_DAYS = 1461;

/**
 * Whether an article may be a follow-up of an event long before it. A charge, a hearing, a sentence
 * is the crime's own story (GVA dates a trial by its shooting). A meeting of the same leaders months
 * after a summit is another event, which the record links as an earlier one it refers to; so are a
 * disaster's anniversary and next year's budget. Articles without a theme keep the lookup. A report of
 * diplomacy is a meeting's own story even when it tells of crimes ("the three discussed last month's
 * theft"): the fourth session of a working group two months after the third, with the same three
 * envoys, had joined the third at a probability of 0.40 through this lookup.
 */
export function followsUpAtAnyDate(themes: readonly string[]): boolean {
  // The infrastructure theme says what was hit, not what kind of story tells it: a cable cut's arrests
  // and a blackout's repairs are its own, so it alone leaves the lookup as no theme does.
  const told = themes.filter((t) => t !== 'infrastructure');
  return told.length === 0 || (told.includes('crime') && !told.includes('diplomacy'));
}

export interface ScoredCandidate {
  eventId: string;
  profile: EventProfile;
  score: Score;
}

/** The article's features and every candidate event scored, best first. */
export async function scoreCandidates(
  doc: NewsDocument,
  context: PipelineContext,
  options: { windowDays: number; limit: number; model?: JoinModel },
): Promise<{ features: ArticleFeatures; candidates: ScoredCandidate[] }> {
  // The lookup the store's section was locked by (lock-keys.ts), where there is one: the same keys,
  // and the statistics read just before the lock (one round trip fewer inside it).
  const { features, stats, keys } = doc.lookup ?? (await clusterLookup(doc, context));
  const vector = articleVector(features, stats);
  const found = await context.store.candidateEvents({ keys, date: features.date, windowDays: options.windowDays, limit: options.limit, ...(features.date ? {} : { latestPerKey: UNDATED_ARTICLE_PER_KEY }) });
  // Follow-ups (a charge, a hearing, a sentence) come weeks or months after the event and share its
  // people, not its date: people's names are looked up at any date, the latest events of each name.
  const people = keys.filter((k) => k.startsWith('n:p:'));
  if (features.date && people.length > 0 && followsUpAtAnyDate(doc.article.themes)) {
    const seen = new Set(found.map((c) => c.eventId));
    for (const c of await context.store.candidateEvents({ keys: people, date: null, windowDays: 0, limit: FOLLOW_UP_CANDIDATES, latestPerKey: FOLLOW_UP_PER_NAME, startedSince: shiftDays(features.date, -FOLLOW_UP_DAYS) })) {
      if (!seen.has(c.eventId)) found.push(c);
    }
  }
  const candidates = found
    .map((c) => ({ eventId: c.eventId, profile: c.profile, score: similarity(features, c.profile, stats, vector, options.model) }))
    .sort((a, b) => b.score.total - a.score.total || (a.eventId < b.eventId ? -1 : 1));
  return { features, candidates };
}

/** Whether an event holds digests only (digest.ts): no report's story, which a report joins only as its plain story. */
function digestAlone(profile: EventProfile): boolean {
  return (profile.digests ?? 0) >= profile.size;
}

/**
 * Whether the article is plainly the event's story: its day, its town and a person it names are the
 * event's. A digest's mark alone never keeps such a report from its event, either way round (review73:
 * a storm's report read as a digest had split the storm in two).
 */
function sameStory(features: ArticleFeatures, profile: EventProfile): boolean {
  const sameDay = features.date !== null && profile.dates.includes(features.date);
  const sameTown = features.scene !== null && (profile.scenes ?? []).includes(features.scene);
  return sameDay && sameTown && features.names.some((n) => n.startsWith('p:') && profile.names.includes(n));
}

/** The join probability an opinion piece needs: that of a report that is plainly about the event. */
const OPINION_THRESHOLD = 0.8;

export function createCluster(options: ClusterOptions = {}) {
  const threshold = options.threshold ?? joinThreshold();
  const mergeThreshold = Math.max(threshold, options.mergeThreshold ?? MERGE_THRESHOLD);
  const mergeMaxBoth = options.mergeMaxBoth ?? MERGE_MAX_BOTH;
  const windowDays = options.windowDays ?? WINDOW_DAYS;
  const limit = options.candidates ?? 25;
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`cluster threshold must be between 0 and 1, got ${threshold}`);
  return async function cluster(doc: NewsDocument, context: PipelineContext): Promise<void> {
    // A page known for certain to report no event (a column, a table of contents) joins none and starts
    // none: it is stored as an article alone, its warning saying why (no-event.ts).
    const noEvent = noEventOf(doc.article);
    if (noEvent) {
      doc.features = (doc.lookup ?? (await clusterLookup(doc, context))).features;
      doc.article.eventId = null;
      doc.noEvent = noEvent;
      const warning = noEventWarning(noEvent);
      doc.message(warning.stage, warning.rule, warning.message, warning.severity);
      return;
    }
    const { features, candidates } = await scoreCandidates(doc, context, { windowDays, limit });
    doc.features = features;
    // A column joins only an event it is plainly about (opinion.ts).
    // A digest of several incidents joins none of them, and no report joins the event a digest started
    // alone (it would gather the incidents the digest tells, or merge their events: digest.ts), but where
    // the two are plainly one story.
    const bar = isOpinion(doc.article) ? Math.max(threshold, OPINION_THRESHOLD) : threshold;
    const digestApart = (c: ScoredCandidate): boolean => (features.digest === true || digestAlone(c.profile)) && !sameStory(features, c.profile);
    const joined = candidates.filter((c) => c.score.total >= bar && !digestApart(c));
    if (joined.length === 0) {
      doc.article.eventId = `evt_${doc.raw.contentHash.slice(0, 16)}`;
      doc.message('cluster', 'new-event', `started event ${doc.article.eventId}`, 'info');
      return;
    }
    const best = joined[0]!;
    doc.article.eventId = best.eventId;
    doc.eventProfiles.set(best.eventId, best.profile);
    doc.mergedEventIds = eventsToMerge(joined, mergeThreshold, mergeMaxBoth);
    doc.message('cluster', 'joined-event', `joined event ${best.eventId} (probability ${best.score.total.toFixed(2)})`, 'info');
    for (const merged of doc.mergedEventIds) doc.eventProfiles.set(merged, joined.find((c) => c.eventId === merged)!.profile);
    for (const merged of doc.mergedEventIds) doc.message('cluster', 'merged-event', `event ${merged} merged into ${best.eventId}`, 'info');
  };
}

/**
 * The keys the store's section locks for an article this stage will cluster with these options
 * (lock-keys.ts): its lookup keys over its window, its new event's index keys, its people's names.
 */
export function createClusterSectionKeys(options: ClusterOptions = {}) {
  return articleSectionKeys(options.windowDays ?? WINDOW_DAYS, (doc) => followsUpAtAnyDate(doc.article.themes));
}
