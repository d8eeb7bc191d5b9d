/** Starts the HTTP app in this process on a free port, on a fresh database, for the API and UI tests. */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHttpServer, type AppOptions } from '../src/server/app.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

export interface TestServer {
  url: string;
  store: SqliteStore;
  close: () => Promise<void>;
}

export async function startTestServer(options: Omit<AppOptions, 'store'> = {}): Promise<TestServer> {
  const dir = tempDir('triangulate-api-');
  const store = new SqliteStore(join(dir.path, 'api.db'));
  const server = createHttpServer({ ...options, store });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
