/** `triangulate extract PATH...`: extract and enrich, print the articles, store nothing. */
import { ingestPaths } from '../../ingest/batch.js';
import type { Article } from '../../model/types.js';
import { createStages } from '../../pipeline.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { CommonOptions } from '../context.js';
import { json } from '../format.js';
import { publicArticle } from '../present.js';
import { renderArticle } from '../render.js';

export async function extractCommand(paths: string[], options: CommonOptions): Promise<number> {
  const stages = createStages().filter((s) => s.name === 'extract' || s.name === 'enrich');
  // Extract and enrich never touch the store; an in-memory one satisfies the context.
  const store = new SqliteStore(':memory:');
  const articles: Article[] = [];
  let report;
  try {
    report = await ingestPaths(paths, stages, { store, now: () => new Date().toISOString() }, {
      // A document that failed (no article text found) is reported among the errors, not printed.
      onDocument: (doc) => {
        if (!doc.messages.some((m) => m.severity === 'error')) articles.push(doc.article);
      },
    });
  } finally {
    await store.close();
  }
  if (options.json) process.stdout.write(`${json(articles.map(publicArticle))}\n`);
  else process.stdout.write(`${articles.map(renderArticle).join('\n\n----\n\n')}\n`);
  if (report.errors.length) process.stderr.write(`${report.errors.map((e) => `error: ${e.input}: ${e.problem}`).join('\n')}\n`);
  return report.errors.length > 0 ? 2 : 0;
}
