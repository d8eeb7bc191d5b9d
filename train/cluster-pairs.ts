/**
 * Training pairs for the join model. A clustering set is streamed through the real pipeline with one
 * change: an oracle cluster stage puts every article in its gold event. Before it does, it scores the
 * candidates the store offers exactly as the real stage would, and records each (article, candidate)
 * pair's features with whether the candidate is the article's gold event. So the pairs are the ones
 * the model meets at run time: the same candidate retrieval, event profiles built from gold events.
 * No model is read: the features are what is learned from, so training works while models/cluster.json
 * still lists the features of before a change, and the pairs do not depend on the model being replaced.
 */
import { createHash } from 'node:crypto';
import type { ClusterItem } from '../bench/cluster-data.js';
import { runPipeline } from '../bench/cluster-pipeline.js';
import { extendProfile } from '../src/cluster/features.js';
import { scoreCandidates } from '../src/cluster/index.js';
import { type JoinModel } from '../src/cluster/join-model.js';
import { PAIR_FEATURES } from '../src/cluster/pair-features.js';
import { createStages } from '../src/pipeline.js';
import type { EventProfile } from '../src/store/store.js';

export interface ArticlePairs {
  /** The item's gold event (its own id for an unscored item). */
  gold: string;
  /** Whether the gold event was already in the store when the article arrived (joining is right). */
  goldStored: boolean;
  pairs: { x: number[]; positive: boolean }[];
}

export async function collectPairs(items: readonly ClusterItem[], onProgress?: (done: number) => void): Promise<ArticlePairs[]> {
  const goldOf = new Map(items.map((i) => [i.id, i.gold ?? `item:${i.id}`]));
  const profiles = new Map<string, EventProfile>();
  const out: ArticlePairs[] = [];
  // Every pair scores 0.5 (candidates then in event-id order); the threshold keeps the real stage, which
  // is replaced below, from loading the shipped model.
  const neutral: JoinModel = { features: [...PAIR_FEATURES], weights: PAIR_FEATURES.map(() => 0), threshold: 0.5 };
  const stages = createStages({ cluster: { threshold: 0.5 } }).map((stage) =>
    stage.name !== 'cluster'
      ? stage
      : {
          name: stage.name,
          run: async (doc: Parameters<typeof stage.run>[0], context: Parameters<typeof stage.run>[1]) => {
            const { features, candidates } = await scoreCandidates(doc, context, { windowDays: 30, limit: 25, model: neutral });
            const gold = goldOf.get(doc.raw.source.id ?? '') ?? `hash:${doc.raw.contentHash}`;
            const eventId = `evt_${createHash('sha256').update(gold).digest('hex').slice(0, 16)}`;
            const previous = profiles.get(eventId);
            out.push({ gold, goldStored: previous !== undefined, pairs: candidates.map((c) => ({ x: c.score.features, positive: c.eventId === eventId })) });
            doc.features = features;
            doc.article.eventId = eventId;
            doc.mergedEventIds = [];
            if (previous) doc.eventProfiles.set(eventId, previous);
            // What consolidate will store for the event, kept here for the next article of it.
            profiles.set(eventId, extendProfile(previous ? [previous] : [], features));
          },
        },
  );
  await runPipeline(items, { stages, readBack: false, onProgress });
  return out;
}
