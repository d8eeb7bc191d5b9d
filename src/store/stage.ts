/** The store stage: the article, its rebuilt event and any merges, written in one transaction (or an article without an event, alone). */
import type { NewsDocument } from '../model/document.js';
import type { PipelineContext } from '../pipeline-context.js';
import { dfTerms } from '../cluster/features.js';
import { outletKey } from '../consolidate/sources.js';

export function createStoreStage() {
  return async function store(doc: NewsDocument, context: PipelineContext): Promise<void> {
    // An article without an event (cluster/no-event.ts) is written alone.
    if (doc.noEvent && doc.features) {
      await context.store.commitWithoutEvent({ article: doc.article, outletKey: outletKey(doc.article), articleTerms: dfTerms(doc.features) });
      return;
    }
    if ((!doc.event && !doc.deferredBuild) || !doc.profile || !doc.features) throw new Error('nothing to store: the consolidate stage did not run');
    await context.store.commit({
      article: doc.article,
      ...(doc.event ? { event: doc.event } : { deferred: doc.deferredBuild! }),
      profile: doc.profile,
      keys: doc.eventKeys,
      articleTerms: dfTerms(doc.features),
      outletKey: outletKey(doc.article),
      copyGroup: doc.copyGroup || doc.article.id,
      mergedEventIds: doc.mergedEventIds,
      passages: doc.passages,
      ...(doc.splitOff ? { splitOff: doc.splitOff } : {}),
      ...(doc.relinked.length > 0 ? { relinked: doc.relinked } : {}),
      ...(doc.readEvents.length > 0 ? { readEvents: doc.readEvents } : {}),
    });
  };
}
