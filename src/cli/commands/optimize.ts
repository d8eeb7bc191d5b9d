/** `triangulate optimize`: the store's housekeeping now, whatever was written since it last ran (Store.maintain). */
import { type CommonOptions, databaseLabel, withStore } from '../context.js';
import { json } from '../format.js';

export async function optimizeCommand(options: CommonOptions): Promise<number> {
  // The database must exist (withStore's default): a new empty file would be pointless.
  const report = await withStore(options, async (store) => ({ ...(await store.maintain({ force: true })), articles: (await store.counts()).articles }));
  if (options.json) process.stdout.write(`${json({ searchIndexMerged: report.searchIndexMerged, ms: Math.round(report.ms) })}\n`);
  else process.stdout.write(`search indexes of ${report.articles} article(s) merged in ${(report.ms / 1000).toFixed(1)} s: ${databaseLabel(options)}\n`);
  return 0;
}
