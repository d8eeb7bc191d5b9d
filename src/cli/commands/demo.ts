/**
 * `triangulate demo`: ingests the example articles that ship with Triangulate (written for the project:
 * several events, each told by two to four fictional outlets, in text and HTML with their page clutter)
 * into a fresh database, and prints the events found.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { CliError } from '../context.js';
import { json } from '../format.js';
import { eventsTable, renderEvent } from '../render.js';
import { runIngest } from './ingest.js';
import { serveCommand, type ServeOptions } from './serve.js';

export function examplesFolder(): string {
  // dist/src/cli/commands -> package root
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples');
}

export interface DemoOptions extends ServeOptions {
  serve?: boolean;
}

export async function demoCommand(options: DemoOptions): Promise<number> {
  const examples = examplesFolder();
  if (!existsSync(examples)) throw new CliError(`the examples folder is missing: ${examples}`);
  const path = resolve(options.db || 'triangulate-demo.db');
  // The demo starts from an empty database; it replaces only its own default file, never one named.
  if (options.db && existsSync(path)) throw new CliError(`${path} already exists; the demo needs a new database file (or omit --db)`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  const store = new SqliteStore(path);
  try {
    const report = await runIngest([examples], store, { progress: true });
    const events = await store.listEvents();
    if (options.json) {
      process.stdout.write(`${json(events)}\n`);
      return report.errors.length ? 2 : 0;
    }
    const out = [`Ingested ${report.stored} example articles from ${examples}`, `into ${path}: ${events.length} events.`, '', eventsTable(events)];
    const richest = [...events].sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1))[0];
    if (richest) out.push('', `The event with the most sources (triangulate show ${richest.id} --db ${path}):`, '', renderEvent(richest, await store.articlesOfEvent(richest.id)));
    out.push('', `Try: npx triangulate search "ransomware" --db ${path}`, `     npx triangulate export --format csv --db ${path}`);
    for (const e of report.errors) out.push(`error: ${e.input}: ${e.problem}`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (options.serve) {
      await store.close();
      process.stdout.write('\n');
      // The server opens the database afresh and closes it when it stops.
      await serveCommand({ ...options, db: path });
    }
    return report.errors.length ? 2 : 0;
  } finally {
    await store.close();
  }
}
