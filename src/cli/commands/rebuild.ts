/**
 * `triangulate rebuild --db OLD --out NEW`: every stored article read again by this version into a new
 * database (ingest/rebuild.ts). The old database is only read; a new one is written, never over one.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { rebuildStore, type RebuildReport } from '../../ingest/rebuild.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { isPostgresUrl } from '../../store/postgres/postgres-store.js';
import { CliError, type CommonOptions, databaseLabel, databasePath, withStore } from '../context.js';
import { json } from '../format.js';

export interface RebuildOptions extends CommonOptions {
  out?: string;
  progress?: boolean;
}

export async function rebuildCommand(options: RebuildOptions): Promise<number> {
  if (!options.out) throw new CliError('--out is required: the new database to write');
  // The new store is built under another name and renamed when whole, which a server's database cannot be.
  if (isPostgresUrl(options.out)) throw new CliError(`--out must be a new SQLite file: a rebuild does not write into PostgreSQL (got ${databaseLabel({ db: options.out })})`);
  const source = databasePath(options);
  const target = resolve(options.out);
  if (target === source) throw new CliError(`--out must name a new database, not the one rebuilt (${source})`);
  if (existsSync(target)) throw new CliError(`${target} already exists: a rebuild writes a new database; remove it or name another`);
  // Written under another name and renamed when complete: a rebuild that is killed or fails part way
  // leaves no store at --out that looks whole. One such leftover is this command's own, begun again.
  const partial = `${target}${PARTIAL_SUFFIX}`;
  removeDatabase(partial);
  const report = await withStore(options, async (from) => {
    // Made once the source opened: a rebuild of a database that is not there leaves nothing behind.
    mkdirSync(dirname(target), { recursive: true });
    const to = new SqliteStore(partial);
    const bar = options.progress !== false && !options.json && process.stderr.isTTY === true ? new cliProgress.SingleBar({ format: 'rebuild [{bar}] {value}/{total} articles', stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
    try {
      bar?.start((await from.counts()).articles, 0);
      return await rebuildStore(from, { store: to, now: () => new Date().toISOString() }, { onProgress: (done) => bar?.update(done) });
    } finally {
      bar?.stop();
      await to.close();
    }
  });
  // A store with no article to read gives no database, as an ingest of nothing does.
  if (report.stored === 0) removeDatabase(partial);
  else for (const suffix of ['-wal', '-shm', '']) if (existsSync(`${partial}${suffix}`)) renameSync(`${partial}${suffix}`, `${target}${suffix}`);
  if (options.json) process.stdout.write(`${json(report)}\n`);
  // A PostgreSQL source is named without its password.
  else printReport(report, databaseLabel(options), target);
  if (report.errors.length === 0) return 0;
  return report.stored === 0 ? 1 : 2;
}

/** The name a rebuild writes under until it is complete. */
export const PARTIAL_SUFFIX = '.rebuilding';

function removeDatabase(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
}

function printReport(report: RebuildReport, source: string, target: string): void {
  const { ids, events } = report;
  process.stdout.write(
    [
      `${report.stored} of ${report.articles} article(s) from ${source} read again into ${target}`,
      `events: ${events.before} before, ${events.after} now${report.splits ? ` (${report.splits} split by the review)` : ''}`,
      `old event ids: ${ids.kept} kept, ${ids.redirected} now lead to the event holding most of their articles${ids.lost ? `, ${ids.lost} lead nowhere (their articles failed)` : ''}${ids.carried ? `; ${ids.carried} merged earlier lead on` : ''}`,
      ...(report.warnings ? [`${report.warnings} warning(s) on the articles: triangulate show ART_ID --db ${target}`] : []),
    ].join('\n') + '\n',
  );
  if (report.errors.length) process.stderr.write(`${report.errors.map((e) => `error: ${e.input}: ${e.problem}`).join('\n')}\n`);
}
