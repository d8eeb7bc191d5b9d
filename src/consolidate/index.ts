/**
 * The consolidate stage: rebuild the record of the article's event from its articles (the stored ones,
 * those of events being merged into it, and this one). A very large event is rebuilt from a bounded
 * sample (its earliest and latest articles) so the cost per article stays flat as a story grows; its
 * article list and outlet count still cover every article. The clustering profile is extended, not
 * recomputed, for the same reason.
 */
import type { NewsDocument } from '../model/document.js';
import type { Article } from '../model/types.js';
import type { PipelineContext } from '../pipeline-context.js';
import { buildProfile, extendProfile, indexKeys } from '../cluster/features.js';
import { storedFeatures } from './stored-features.js';
import { buildEventWithPassages } from './build-event.js';
import { type CandidateRank, commonWords, type EventLookup, outranks, rankCandidate } from './related.js';
import { linkEarlierMentions } from './earlier-links.js';
import { buildSplitOff, secondStory, splitOffId } from './second-story.js';
import { storedSameArticle } from './same-article.js';
import { outletKey, sourceGroups } from './sources.js';
import type { EventMember, EventRewrite } from '../store/store.js';

/** Articles read to rebuild one event. */
export const REBUILD_SAMPLE = 40;

/**
 * Stored events of the mentioned date compared with a mention, newest first. 50 missed the event
 * whenever its month held more (a store of 100,000 articles has about 500 events a month); a year is
 * still read only in part.
 */
const RELATED_CANDIDATES = 2000;

/** Finds the stored event an earlier event an article mentions is (by date prefix and shared words). */
export function eventLookup(context: PipelineContext): EventLookup {
  return async (datePrefix, words, names = [], notAfter, notBefore) => {
    const wanted = new Set(words);
    const named = new Set(names.filter((n) => !wanted.has(n)));
    // Most of a busy month's events share no word with the mention: a look for each stem's start in
    // the lower-cased text passes over them before their words are stemmed (a stem is its word's
    // start but for its last letter: "citi" of "city").
    const start = (w: string): string => w.slice(0, Math.max(3, w.length - 1));
    const starts = [...wanted].map(start);
    const nameStarts = [...named].map(start);
    const common = commonWords(await context.store.termStats([...wanted, ...named]));
    let best: CandidateRank | null = null;
    for (const event of await context.store.eventsByDatePrefix(datePrefix, RELATED_CANDIDATES)) {
      // "Earlier" is earlier than the report: not an event dated after it ("the shooting in Chubbuck
      // earlier this year" is no shooting there a month after the report).
      if (notAfter && event.date.slice(0, 10) > notAfter) continue;
      // "last weekend" told on a Thursday: not an event of the month before that weekend either.
      if (notBefore && event.date.slice(0, 10) < notBefore) continue;
      // Its title and summary, and the event nouns of its facts and themes ("indictment" of a charging
      // whose summary says "charged"): mentionScore's protections hold for these words as for the others.
      const text = `${event.title} ${event.summary} ${event.answers}`;
      const lower = text.toLowerCase();
      // A mention of a day needs one word where the event's title holds it (related.ts mentionScore).
      if (starts.filter((s) => lower.includes(s)).length + 2 * nameStarts.filter((s) => lower.includes(s)).length < (datePrefix.length === 10 ? 1 : 2)) continue;
      // The best by a total order (outranks), not the first of equals met: the store lists newest first,
      // which made the link depend on the order the candidates arrived in.
      const rank = rankCandidate(event.id, event.title, text, wanted, named, datePrefix, common);
      if (rank.score > 0 && (!best || outranks(rank, best))) best = rank;
    }
    return best?.id ?? null;
  };
}

/**
 * `defer`: the build of an event already stored, joined with no merge or split, is put off to the
 * store (Commit.deferred), which runs it when anything needs the record or drops it when the next
 * article rebuilds the same event; the record is the one built here but for its own stale record's
 * part in the build's lookups and the waiting mentions an overwritten build would have linked.
 */
export function createConsolidate(options: { sample?: number; defer?: boolean } = {}) {
  const sample = options.sample ?? REBUILD_SAMPLE;
  if (!Number.isInteger(sample) || sample < 2) throw new RangeError(`consolidation sample must be a whole number of at least 2, got ${sample}`);
  return async function consolidate(doc: NewsDocument, context: PipelineContext): Promise<void> {
    const { store } = context;
    // An article without an event (cluster/no-event.ts): nothing to rebuild.
    if (doc.noEvent) return;
    const eventId = doc.article.eventId;
    if (!eventId || !doc.features) throw new Error('the cluster stage assigned no event');
    const members: EventMember[] = [];
    const stored: Article[] = [];
    doc.readEvents = [];
    for (const id of [eventId, ...doc.mergedEventIds]) {
      const read = await store.eventMembers(id);
      doc.readEvents.push({ eventId: id, articles: read.length });
      members.push(...read);
      stored.push(...(await store.articlesOfEvent(id, { sample })));
    }
    // The same outlet's story stored before under another address (its AMP page): a duplicate, which
    // the pipeline stops here (nothing of it is written), as one of the same bytes stops at ingest.
    const same = await storedSameArticle(doc.article, members, stored, (id) => store.getArticle(id));
    if (same !== null) {
      doc.duplicateOf = same;
      return;
    }
    let articles = [...stored.filter((a) => a.id !== doc.article.id), doc.article];
    // Every article is at hand only when the event is no larger than the sample.
    if (doc.mergedEventIds.length === 0 && members.length <= sample) {
      const featuresOf = (a: Article) => (a === doc.article ? doc.features! : storedFeatures(a));
      const moved = await secondStory(articles, featuresOf, context);
      if (moved) {
        const movedIds = new Set(moved.map((a) => a.id));
        const otherId = await splitOffId(eventId, moved, store);
        const otherMembers = members.filter((m) => movedIds.has(m.id));
        if (movedIds.has(doc.article.id)) {
          doc.article.eventId = otherId;
          otherMembers.push({ id: doc.article.id, publishedAt: doc.article.publishedAt, outletKey: outletKey(doc.article), copyGroup: doc.article.id });
        }
        const other = await buildSplitOff(otherId, moved, otherMembers, featuresOf, eventLookup(context), context.now());
        // The new article is written by the commit itself; only stored articles move.
        doc.splitOff = { ...other, articleIds: other.articleIds.filter((id) => id !== doc.article.id) };
        doc.message('consolidate', 'split-event', `event ${eventId} held two stories: ${moved.length} articles moved to new event ${otherId}`, 'info');
        articles = articles.filter((a) => !movedIds.has(a.id));
        members.splice(0, members.length, ...members.filter((m) => !movedIds.has(m.id)));
      }
    }
    const groups = sourceGroups(articles);
    doc.copyGroup = groups.groupOf.get(doc.article.id) ?? doc.article.id;
    // Stored members before this article's: the event has a stored record to stand until the build.
    const joined = members.length > 0;
    if (doc.article.eventId === eventId) members.push({ id: doc.article.id, publishedAt: doc.article.publishedAt, outletKey: outletKey(doc.article), copyGroup: doc.copyGroup });
    const skip = new Set([eventId, ...doc.mergedEventIds, ...(doc.splitOff ? [doc.splitOff.event.id] : [])]);
    const rebuild = async (): Promise<Omit<EventRewrite, 'profile' | 'keys'>> => {
      const built = await buildEventWithPassages(eventId, articles, eventLookup(context), context.now(), { members, groups });
      return { event: built.event, passages: built.passages, relinked: await linkEarlierMentions(built.event, skip, sample, context) };
    };
    if (options.defer && joined && doc.article.eventId === eventId && doc.mergedEventIds.length === 0 && !doc.splitOff) {
      const profile = extendProfile([doc.eventProfiles.get(eventId)].filter((p) => p !== undefined), doc.features);
      const keys = indexKeys(profile.names, Object.entries(profile.terms), 40);
      doc.profile = profile;
      doc.eventKeys = keys;
      doc.deferredBuild = { eventId, build: async () => ({ ...(await rebuild()), profile, keys }) };
      return;
    }
    const built = await rebuild();
    doc.event = built.event;
    doc.passages = built.passages ?? [];
    doc.relinked = built.relinked ?? [];
    // The story split off is an event written now too: mentions waiting for it are linked to it.
    // (A stored event that waits for both keeps the first link; the other waits for the next write.)
    if (doc.splitOff) {
      const seen = new Set(doc.relinked.map((e) => e.id));
      for (const other of await linkEarlierMentions(doc.splitOff.event, skip, sample, context)) if (!seen.has(other.id)) doc.relinked.push(other);
    }
    const profiles = [eventId, ...doc.mergedEventIds].map((id) => doc.eventProfiles.get(id)).filter((p) => p !== undefined);
    // After a split the event's profile is rebuilt from the articles it keeps.
    doc.profile = doc.splitOff
      ? buildProfile(articles.map((a) => (a === doc.article ? doc.features! : storedFeatures(a))))
      : extendProfile(profiles, doc.features);
    doc.eventKeys = indexKeys(doc.profile.names, Object.entries(doc.profile.terms), 40);
  };
}
