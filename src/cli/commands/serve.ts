/**
 * `triangulate serve`: the HTTP API and the web UI on one embedded database, in one process. Runs
 * until interrupted (Ctrl-C or SIGTERM), then closes the server and the database cleanly.
 */
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../../server/app.js';
import { defaultSearchThreads, SearchPool } from '../../server/search-pool.js';
import type { Store } from '../../store/store.js';
import { CliError, type CommonOptions, databaseLabel, databasePath, isPostgresDatabase } from '../context.js';
import { listenProblem } from '../listen-problem.js';
import { removeIfUnused, toBeMade } from './serve-cleanup.js';
import { openServedStore } from './serve-store.js';

export interface ServeOptions extends CommonOptions {
  port?: string;
  host?: string;
  token?: string;
  maxMb?: string;
  quiet?: boolean;
  /** false with --no-cache: every read is answered from the database. */
  cache?: boolean;
  searchThreads?: string;
  /** --create: make the store in a PostgreSQL database that has none (refused without it; serve-store.ts). */
  create?: boolean;
}

export const DEFAULT_PORT = 7420;

export async function serveCommand(options: ServeOptions): Promise<number> {
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a whole number from 0 to 65535, got '${options.port}'`);
  const maxMb = options.maxMb === undefined ? 20 : Number(options.maxMb);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new CliError(`--max-mb must be a positive number, got '${options.maxMb}'`);
  const searchThreads = options.searchThreads === undefined ? defaultSearchThreads() : Number(options.searchThreads);
  if (!Number.isInteger(searchThreads) || searchThreads < 0 || searchThreads > 64) throw new CliError(`--search-threads must be a whole number from 0 to 64, got '${options.searchThreads}'`);
  // Search threads open the SQLite file read-only beside the writer; PostgreSQL answers searches on the
  // pool's connections in parallel already, so it has none.
  const postgres = isPostgresDatabase(options);
  const path = databasePath(options);
  const made = postgres ? null : toBeMade(path);
  const store = await openServedStore(options);
  try {
    return await serveStore(store, { port, host: options.host ?? '127.0.0.1', token: options.token ?? process.env.TRIANGULATE_TOKEN ?? null, fileBytes: Math.round(maxMb * 1048576), quiet: options.quiet === true, cache: options.cache !== false, db: postgres ? databaseLabel(options) : path, searchThreads: postgres ? 0 : searchThreads });
  } catch (error) {
    // It could not listen (a port in use): a database file this run created is not left behind
    // ("serve --port 8080 --db new.db"), nor the folders made for it, while it is still empty and no
    // other process has it open (serve-cleanup.ts). serveStore closed the store.
    if (made) removeIfUnused(made);
    throw error;
  }
}

/** `searchThreads`: threads answering searches on `db` (search-pool.ts); the store answers them when 0 or not given. */
export async function serveStore(store: Store, o: { port: number; host: string; token: string | null; fileBytes?: number; quiet: boolean; cache?: boolean; db: string; searchThreads?: number }): Promise<number> {
  const search = o.searchThreads ? new SearchPool(o.db, o.searchThreads) : undefined;
  const server = createHttpServer({
    store,
    ...(search ? { search } : {}),
    token: o.token,
    cache: o.cache !== false,
    warmEntities: true,
    limits: o.fileBytes ? { fileBytes: o.fileBytes } : {},
    log: o.quiet ? undefined : ({ method, path, status, ms }) => process.stderr.write(`${status} ${method} ${path.slice(0, 200)} ${ms.toFixed(1)} ms\n`),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, o.host, () => resolve());
    });
  } catch (error) {
    await search?.close();
    await store.close();
    throw new CliError(listenProblem(o.host, o.port, error));
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  process.stdout.write(`Triangulate is serving ${o.db}\n  web UI:  http://${host}:${address.port}/\n  API:     http://${host}:${address.port}/openapi.json\n${o.token ? '  writes need the bearer token\n' : ''}Press Ctrl-C to stop.\n`);
  // A second signal while stopping is ignored, not left to kill the process before the database is
  // closed: Ctrl-C reaches this process and the one that started it (bin/triangulate.js), which passes
  // its own on.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
  };
  await new Promise<void>((resolve) => {
    server.once('close', () => resolve());
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await search?.close();
  await store.close();
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  return 0;
}
