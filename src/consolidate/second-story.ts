/**
 * Finding a second story inside an event (split.ts) and building the event it moves to: shared by the
 * consolidate stage, which asks when an article joins, and the review after a batch (review.ts), which
 * asks again once the batch's word counts are in.
 */
import { createHash } from 'node:crypto';
import type { ArticleFeatures } from '../cluster/features.js';
import { buildProfile, indexKeys } from '../cluster/features.js';
import { articleVector, idf } from '../cluster/pair-features.js';
import type { Article } from '../model/types.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { EventMember, SplitOff, Store } from '../store/store.js';
import { buildEventWithPassages, byPublication } from './build-event.js';
import type { EventLookup } from './related.js';
import { sourceGroups } from './sources.js';
import { findSplit, findSplitByPeople, SPLIT_MIN_GROUP } from './split.js';

/**
 * The articles of a second story among an event's articles, in publication order, or null. The group
 * without the event's first report moves, so the first story keeps the event's id.
 */
export async function secondStory(articles: readonly Article[], featuresOf: (article: Article) => ArticleFeatures, context: PipelineContext): Promise<Article[] | null> {
  if (articles.length < 2 * SPLIT_MIN_GROUP) return null;
  const ordered = [...articles].sort(byPublication);
  const features = ordered.map(featuresOf);
  const people = features.map((f) => f.names.filter((n) => n.startsWith('p:')).map((n) => `n:${n}`));
  const stats = await context.store.termStats([...new Set(features.flatMap((f, i) => [...f.terms.keys(), ...people[i]!]))]);
  const vectors = features.map((f) => {
    const v = articleVector(f, stats);
    return new Map([...v.weights].map(([t, w]) => [t, v.norm === 0 ? 0 : w / v.norm]));
  });
  // The words first; when they find one story, who is named may still find two (split.ts).
  const moved = findSplit(vectors) ?? findSplitByPeople(vectors, people.map((keys) => keys.map((k) => [k, idf(k, stats)] as const)));
  return moved ? moved.map((i) => ordered[i]!) : null;
}

/**
 * The id a split-off event takes: from the event it leaves and its first article, so the same split
 * of the same store makes the same id. Never the id of a live event: a part split off once may be
 * merged back and split again with the same first article while the id it took the first time has
 * gone on to hold another story; the next candidate (a counter added) is taken then.
 */
export async function splitOffId(eventId: string, moved: readonly Article[], store: Store): Promise<string> {
  for (let n = 0; ; n++) {
    const id = `evt_${createHash('sha256').update(`${eventId}/${moved[0]!.id}${n ? `/${n}` : ''}`).digest('hex').slice(0, 16)}`;
    if (id !== eventId && !(await store.getEvent(id))) return id;
  }
}

/** The new event of a second story, built from its articles (`members`: theirs, as the store lists them). */
export async function buildSplitOff(
  id: string,
  moved: readonly Article[],
  members: EventMember[],
  featuresOf: (article: Article) => ArticleFeatures,
  lookup: EventLookup,
  now: string,
): Promise<SplitOff> {
  const built = await buildEventWithPassages(id, moved, lookup, now, { members, groups: sourceGroups(moved) });
  const profile = buildProfile(moved.map(featuresOf));
  return { event: built.event, profile, keys: indexKeys(profile.names, Object.entries(profile.terms), 40), articleIds: moved.map((a) => a.id), passages: built.passages };
}
