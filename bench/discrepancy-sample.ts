/**
 * Prints every discrepancy of the ECB+ gold events, each event's articles built as one event (each
 * article its own outlet, seven outlets in turn), with a count by kind, for an analyst to judge which
 * are points where outlets truly differ and which are one thing written two ways.
 * Usage: node dist/bench/discrepancy-sample.js [--kind name|role|location|number|...]
 */
import { NewsDocument } from '../src/model/document.js';
import type { Article } from '../src/model/types.js';
import { createEnrich } from '../src/enrich/index.js';
import { createExtract } from '../src/extract/index.js';
import { rawDocument } from '../src/ingest/read-input.js';
import { buildEvent } from '../src/consolidate/build-event.js';
import { loadClusterSet } from './cluster-data.js';

const at = process.argv.indexOf('--kind');
const only = at >= 0 ? process.argv[at + 1] : undefined;
const extract = createExtract({ minWords: 0 });
const enrich = createEnrich();
const byGold = new Map<string, Article[]>();
let k = 0;
for (const item of loadClusterSet('ecbplus').items) {
  if (item.gold === null) continue;
  const doc = new NewsDocument(rawDocument(item.text, 'body', { file: `${item.id}.txt` }, { outlet: `Outlet ${k++ % 7}`, ...(item.title ? { title: item.title } : {}), ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}), url: `https://outlet-${item.id}.example/a` }));
  extract(doc);
  enrich(doc);
  byGold.set(item.gold, [...(byGold.get(item.gold) ?? []), doc.article]);
}
const kinds = new Map<string, number>();
for (const [gold, articles] of byGold) {
  if (articles.length < 2) continue;
  const event = await buildEvent('evt_0000000000000000', articles, null, '2030-01-01T00:00:00Z');
  for (const d of event.discrepancies) {
    // "name of X", "number of games (...)", "killed": the words before " of " or " (", or the whole.
    const kind = /^(.+?)(?: of | \(|$)/.exec(d.about)?.[1] ?? d.about;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (only !== undefined && kind !== only) continue;
    console.log(`\n[${gold}] ${d.about}`);
    for (const v of d.variants) console.log(`   ${JSON.stringify(v.value)} from ${v.sources.length}`);
  }
}
console.log(`\ndiscrepancies by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
