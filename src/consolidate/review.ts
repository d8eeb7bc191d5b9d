/**
 * The review after a batch: the events the batch touched are asked once more whether they hold two
 * stories, now that every article of the batch is counted in the word statistics. When an article
 * joins, its event is asked with the counts of that moment; early in a batch a word both stories use
 * may still be rare, and the two halves look alike through it. Asked again at the end, mixed events
 * split that the join-time question kept whole (ECB+ streams in other orders: docs/benchmarks.md).
 * The same rules decide (split.ts). Unlike the join-time question, the review also asks an event that
 * a merge formed in the batch (ECB+ at four orders and GVA: the scores rose or stayed).
 */
import { articleFeatures, buildProfile, indexKeys } from '../cluster/features.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { EventMember } from '../store/store.js';
import { buildEventWithPassages } from './build-event.js';
import { REBUILD_SAMPLE, eventLookup } from './index.js';
import { buildSplitOff, secondStory, splitOffId } from './second-story.js';
import { sourceGroups } from './sources.js';
import { SPLIT_MIN_GROUP } from './split.js';

/** A split the review made. */
export interface ReviewSplit {
  eventId: string;
  newEventId: string;
  /** Articles that moved to the new event. */
  moved: number;
}

/** What a review did: the splits it made, and the events it could not review (each with its problem). */
export interface Review {
  splits: ReviewSplit[];
  failures: { eventId: string; problem: string }[];
}

/**
 * Reviews each event once (an id merged away since is skipped); an event reads whole only when it is
 * no larger than the rebuild sample, as on a join. Each split commits on its own, so an event that
 * fails is left as it was and the others are still reviewed.
 */
export async function reviewEvents(eventIds: Iterable<string>, context: PipelineContext, sample = REBUILD_SAMPLE): Promise<Review> {
  const review: Review = { splits: [], failures: [] };
  for (const eventId of new Set(eventIds)) {
    try {
      // Most events are too small (or too large) to be asked, which a read outside the section tells:
      // a review that would find that does nothing, so skipping it is the same as running it at the
      // read. Only the others take a section, which on PostgreSQL is the whole store's (locks64: with
      // two writers, a whole-store section for every touched event stopped the other writer each time).
      if (!reviewable((await context.store.eventMembers(eventId)).length, sample)) continue;
      // Its read and its split as one section: another writer's article joining meanwhile would be lost from the rebuilt event.
      const split = await context.store.exclusive(() => reviewEvent(eventId, context, sample));
      if (split) review.splits.push(split);
    } catch (error) {
      review.failures.push({ eventId, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return review;
}

/** Whether an event of this many articles is asked: it can hold two groups, and is read whole (no larger than the sample). */
export function reviewable(articles: number, sample: number): boolean {
  return articles >= 2 * SPLIT_MIN_GROUP && articles <= sample;
}

async function reviewEvent(eventId: string, context: PipelineContext, sample: number): Promise<ReviewSplit | null> {
  const { store } = context;
  const members = await store.eventMembers(eventId);
  if (!reviewable(members.length, sample)) return null;
  const articles = await store.articlesOfEvent(eventId, { sample });
  const moved = await secondStory(articles, articleFeatures, context);
  if (!moved) return null;
  const movedIds = new Set(moved.map((a) => a.id));
  const kept = articles.filter((a) => !movedIds.has(a.id));
  const keptMembers: EventMember[] = members.filter((m) => !movedIds.has(m.id));
  const lookup = eventLookup(context);
  const newEventId = await splitOffId(eventId, moved, store);
  const splitOff = await buildSplitOff(newEventId, moved, members.filter((m) => movedIds.has(m.id)), articleFeatures, lookup, context.now());
  const built = await buildEventWithPassages(eventId, kept, lookup, context.now(), { members: keptMembers, groups: sourceGroups(kept) });
  const profile = buildProfile(kept.map(articleFeatures));
  await store.splitEvent({ event: built.event, profile, keys: indexKeys(profile.names, Object.entries(profile.terms), 40), passages: built.passages, splitOff });
  return { eventId, newEventId, moved: moved.length };
}
