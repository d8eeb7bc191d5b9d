/**
 * Test helper: ingest named texts one file at a time in a given order into a fresh in-memory store and
 * give back the events as groups of those names, so a clustering test can compare arrival orders.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { createStages } from '../src/pipeline.js';
import { ingestPaths } from '../src/ingest/batch.js';

/** Each event's article names, sorted, the events sorted by their first name. */
export async function groupsInOrder(files: Readonly<Record<string, string>>, order: readonly string[], now: string): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-order-'));
  const store = new SqliteStore(':memory:');
  try {
    const idOf = new Map<string, string>();
    for (const name of order) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, files[name]!);
      await ingestPaths([file], createStages(), { store, now: () => now }, { maintain: false, onDocument: (doc) => idOf.set(doc.article.id, name) });
    }
    const events = await store.listEvents({ limit: 50, offset: 0 });
    return events.map((e) => e.articles.map((id) => idOf.get(id) ?? id).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
