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
import { extendProfile, indexKeys } from '../cluster/features.js';
import { buildEvent } from './build-event.js';
import { contentWords } from './facts.js';
import type { EventLookup } from './related.js';
import { outletKey, sourceGroups } from './sources.js';
import type { EventMember } from '../store/store.js';

/** Articles read to rebuild one event. */
export const REBUILD_SAMPLE = 40;

export function createConsolidate(options: { sample?: number } = {}) {
  const sample = options.sample ?? REBUILD_SAMPLE;
  if (!Number.isInteger(sample) || sample < 2) throw new RangeError(`consolidation sample must be a whole number of at least 2, got ${sample}`);
  return async function consolidate(doc: NewsDocument, context: PipelineContext): Promise<void> {
    const { store } = context;
    const eventId = doc.article.eventId;
    if (!eventId || !doc.features) throw new Error('the cluster stage assigned no event');
    const members: EventMember[] = [];
    const stored: Article[] = [];
    for (const id of [eventId, ...doc.mergedEventIds]) {
      members.push(...(await store.eventMembers(id)));
      stored.push(...(await store.articlesOfEvent(id, { sample })));
    }
    const articles = [...stored.filter((a) => a.id !== doc.article.id), doc.article];
    const groups = sourceGroups(articles);
    doc.copyGroup = groups.groupOf.get(doc.article.id) ?? doc.article.id;
    members.push({ id: doc.article.id, publishedAt: doc.article.publishedAt, outletKey: outletKey(doc.article), copyGroup: doc.copyGroup });
    const lookup: EventLookup = async (datePrefix, words) => {
      const wanted = new Set(words);
      let best: { score: number; id: string | null } = { score: 0, id: null };
      for (const event of await store.eventsByDatePrefix(datePrefix, 50)) {
        const have = contentWords(`${event.title} ${event.summary}`);
        const score = [...wanted].filter((w) => have.has(w)).length;
        if (score > best.score) best = { score, id: event.id };
      }
      return best.score >= 2 ? best.id : null;
    };
    doc.event = await buildEvent(eventId, articles, lookup, context.now(), { members, groups });
    const profiles = [eventId, ...doc.mergedEventIds].map((id) => doc.eventProfiles.get(id)).filter((p) => p !== undefined);
    doc.profile = extendProfile(profiles, doc.features);
    doc.eventKeys = indexKeys(doc.profile.names, Object.entries(doc.profile.terms), 40);
  };
}
