/**
 * A cluster set's articles read as the pipeline reads them (extract, then enrich) and grouped by their
 * gold event, for benches that look at what consolidate makes of one event's reports with clustering's
 * errors left out. Each item is an outlet of its own, with an address of its own.
 */
import { NewsDocument } from '../src/model/document.js';
import type { Article } from '../src/model/types.js';
import { createEnrich } from '../src/enrich/index.js';
import { createExtract } from '../src/extract/index.js';
import { rawDocument } from '../src/ingest/read-input.js';
import { loadClusterSet, type ClusterSetName } from './cluster-data.js';

// Every text is read, the one of seven words too, so that samples stay those earlier readings drew.
const extract = createExtract({ minWords: 0 });
const enrich = createEnrich();

/** One text read as an article. */
export function readArticle(text: string, hints: { title?: string; outlet?: string; publishedAt?: string; url?: string }, file: string): Article {
  const doc = new NewsDocument(rawDocument(text, 'body', { file }, hints));
  extract(doc);
  enrich(doc);
  return doc.article;
}

/** The set's scored items (the first `limit`), read and grouped by gold event, in stream order. */
export function goldEvents(name: ClusterSetName, limit = Infinity): Article[][] {
  const set = loadClusterSet(name);
  const byGold = new Map<string, Article[]>();
  let read = 0;
  for (const item of set.items) {
    if (item.gold === null || read >= limit) continue;
    read++;
    const a = readArticle(item.text, { outlet: `Outlet ${item.id}`, ...(item.title ? { title: item.title } : {}), ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}), url: `https://outlet-${item.id}.example/a` }, `${item.id}.txt`);
    byGold.set(item.gold, [...(byGold.get(item.gold) ?? []), a]);
  }
  return [...byGold.values()];
}
