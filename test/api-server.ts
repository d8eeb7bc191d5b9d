/** Starts the HTTP app in this process on a free port, on a fresh database, for the API and UI tests. */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHttpServer, type AppOptions } from '../src/server/app.js';
import { SearchPool } from '../src/server/search-pool.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

export interface TestServer {
  url: string;
  store: SqliteStore;
  close: () => Promise<void>;
}

/** `searchThreads`: answer searches on that many threads of their own, as `triangulate serve` does. */
export async function startTestServer(options: Omit<AppOptions, 'store' | 'search'> & { searchThreads?: number } = {}): Promise<TestServer> {
  const dir = tempDir('triangulate-api-');
  const db = join(dir.path, 'api.db');
  const store = new SqliteStore(db);
  const { searchThreads, ...appOptions } = options;
  const search = searchThreads ? new SearchPool(db, searchThreads) : undefined;
  const server = createHttpServer({ ...appOptions, store, ...(search ? { search } : {}) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await search?.close();
      await store.close();
      dir.cleanup();
    },
  };
}

/** A multipart body of files: [name, content]. */
export function filesForm(files: readonly (readonly [string, string | Uint8Array])[]): FormData {
  const form = new FormData();
  for (const [name, content] of files) form.append('files', new Blob([content]), name);
  return form;
}
