/**
 * The store `serve` opens. On PostgreSQL, a database with no Triangulate store in it is refused, as the
 * reading commands refuse it, unless `--create` is given: a server address names a database that may
 * well belong to something else (or be the server's default one), and serve would have filled it with
 * tables and a text search configuration at start, before anyone uploaded anything. A SQLite path
 * names a file of Triangulate's own, so serve still makes a missing one (the README's "articles can be
 * added from the UI").
 */
import type { Store } from '../../store/store.js';
import { CliError, type CommonOptions, isPostgresDatabase, openStoreReady } from '../context.js';

/** How the PostgreSQL store's refusal begins (postgres-store.ts), to add serve's own way past it. */
const NO_STORE = /^no Triangulate store in database /;

export async function openServedStore(options: CommonOptions & { create?: boolean }): Promise<Store> {
  if (!isPostgresDatabase(options) || options.create === true) return openStoreReady(options);
  try {
    return await openStoreReady(options, true);
  } catch (error) {
    if (error instanceof CliError && NO_STORE.test(error.message)) throw new CliError(`${error.message}; serve --create makes an empty store there, to add articles from the web UI`);
    throw error;
  }
}
