/**
 * The cluster stage: does this article report an event already in the store? Candidates come from the
 * store's key index (names and strongest terms, within a date window), never from a scan of all events.
 * The article joins the best event above the threshold; when it matches several, they were one event
 * all along and are merged into the best one (its id survives).
 */
import type { NewsDocument } from '../model/document.js';
import type { PipelineContext } from '../pipeline-context.js';
import { articleFeatures, dfTerms, indexKeys } from './features.js';
import { idf, JOIN_THRESHOLD, similarity } from './similarity.js';

export interface ClusterOptions {
  threshold?: number;
  /** Days either side of the article's event date within which events are candidates. */
  windowDays?: number;
  candidates?: number;
}

export function createCluster(options: ClusterOptions = {}) {
  const threshold = options.threshold ?? JOIN_THRESHOLD;
  const windowDays = options.windowDays ?? 30;
  const limit = options.candidates ?? 25;
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`cluster threshold must be between 0 and 1, got ${threshold}`);
  return async function cluster(doc: NewsDocument, context: PipelineContext): Promise<void> {
    const store = context.store;
    const features = articleFeatures(doc.article);
    doc.features = features;
    const stats = await store.termStats(dfTerms(features));
    const weighted = [...features.terms].map(([t, w]): [string, number] => [t, w * idf(t, stats)]);
    const keys = indexKeys(features.names, weighted, 20);
    const candidates = await store.candidateEvents({ keys, date: features.date, windowDays, limit });
    const scored = candidates
      .map((c) => ({ id: c.event.id, score: similarity(features, c.profile, stats) }))
      .filter((c) => c.score.total >= threshold)
      .sort((a, b) => b.score.total - a.score.total || (a.id < b.id ? -1 : 1));
    if (scored.length === 0) {
      doc.article.eventId = `evt_${doc.raw.contentHash.slice(0, 16)}`;
      doc.message('cluster', 'new-event', `started event ${doc.article.eventId}`, 'info');
      return;
    }
    doc.article.eventId = scored[0]!.id;
    for (const c of candidates) if (scored.some((s) => s.id === c.event.id)) doc.eventProfiles.set(c.event.id, c.profile);
    doc.mergedEventIds = scored.slice(1).map((s) => s.id);
    doc.message('cluster', 'joined-event', `joined event ${scored[0]!.id} (score ${scored[0]!.score.total.toFixed(2)})`, 'info');
    for (const merged of doc.mergedEventIds) doc.message('cluster', 'merged-event', `event ${merged} merged into ${scored[0]!.id}`, 'info');
  };
}
