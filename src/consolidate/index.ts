/**
 * The consolidate stage: rebuild the record of the article's event from all its articles (the stored
 * ones, those of events being merged into it, and this one), with its clustering profile.
 */
import type { NewsDocument } from '../model/document.js';
import type { Article } from '../model/types.js';
import type { PipelineContext } from '../pipeline-context.js';
import { articleFeatures, buildProfile, indexKeys } from '../cluster/features.js';
import { buildEvent } from './build-event.js';
import { contentWords } from './facts.js';
import type { EventLookup } from './related.js';

export function createConsolidate() {
  return async function consolidate(doc: NewsDocument, context: PipelineContext): Promise<void> {
    const { store } = context;
    const eventId = doc.article.eventId;
    if (!eventId) throw new Error('the cluster stage assigned no event');
    const stored: Article[] = [];
    for (const id of [eventId, ...doc.mergedEventIds]) stored.push(...(await store.articlesOfEvent(id)));
    const articles = [...stored.filter((a) => a.id !== doc.article.id), doc.article];
    const lookup: EventLookup = async (datePrefix, words) => {
      const wanted = new Set(words);
      let best: { score: number; event: Awaited<ReturnType<typeof store.getEvent>> } = { score: 0, event: null };
      for (const event of await store.eventsByDatePrefix(datePrefix, 50)) {
        const have = contentWords(`${event.title} ${event.summary}`);
        const score = [...wanted].filter((w) => have.has(w)).length;
        if (score > best.score) best = { score, event };
      }
      return best.score >= 2 ? best.event : null;
    };
    doc.event = await buildEvent(eventId, articles, lookup, context.now());
    doc.profile = buildProfile(articles.map((a) => (a === doc.article && doc.features ? doc.features : articleFeatures(a))));
    doc.eventKeys = indexKeys(doc.profile.names, Object.entries(doc.profile.terms), 40);
  };
}
