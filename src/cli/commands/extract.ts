/** `triangulate extract PATH...`: extract and enrich, print the articles, store nothing. */
import { discoverInputs } from '../../ingest/discover.js';
import { InputError } from '../../ingest/errors.js';
import { readInput } from '../../ingest/read-input.js';
import { NewsDocument } from '../../model/document.js';
import type { Article } from '../../model/types.js';
import { createStages, runStages } from '../../pipeline.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { CommonOptions } from '../context.js';
import { json } from '../format.js';
import { publicArticle } from '../present.js';
import { renderArticle } from '../render.js';

export async function extractCommand(paths: string[], options: CommonOptions): Promise<number> {
  const { files, errors } = discoverInputs(paths);
  const problems = errors.map((e) => `${e.input}: ${e.problem}`);
  const stages = createStages().filter((s) => s.name === 'extract' || s.name === 'enrich');
  // Extract and enrich never touch the store; an in-memory one satisfies the context.
  const store = new SqliteStore(':memory:');
  const articles: Article[] = [];
  try {
    for (const file of files) {
      try {
        const read = readInput(file);
        problems.push(...read.errors.map((e) => `${e.input}: ${e.problem}`));
        for (const raw of read.documents) {
          const doc = new NewsDocument(raw);
          for (const note of read.notes) doc.message('ingest', 'encoding', note);
          const outcome = await runStages(doc, stages, { store, now: () => new Date().toISOString() });
          if (outcome.status === 'failed') problems.push(`${file}: ${outcome.error!.stage} failed: ${outcome.error!.message}`);
          else articles.push(doc.article);
        }
      } catch (error) {
        if (error instanceof InputError) problems.push(`${error.input}: ${error.problem}`);
        else throw error;
      }
    }
  } finally {
    await store.close();
  }
  if (options.json) process.stdout.write(`${json(articles.map(publicArticle))}\n`);
  else process.stdout.write(`${articles.map(renderArticle).join('\n\n----\n\n')}\n`);
  if (problems.length) process.stderr.write(`${problems.map((p) => `error: ${p}`).join('\n')}\n`);
  return problems.length > 0 ? 2 : 0;
}
