import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { childrenOf, floodPage as page, ROOT, runCli, tempDir } from '../../../test/helpers.js';
import { sampleArticle, sampleEvent } from '../../store/contract.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { reportHeadline } from './ingest.js';

/** Enough pages that the run is still storing when it is interrupted. */
const PAGES = 150;

describe('triangulate ingest interrupted', () => {
  const dir = tempDir();
  const pages = join(dir.path, 'pages');
  const db = join(dir.path, 'store.db');
  before(() => {
    mkdirSync(pages);
    for (let n = 0; n < PAGES; n++) writeFileSync(join(pages, `page-${String(n).padStart(3, '0')}.txt`), page(n));
  });
  after(() => dir.cleanup());

  it('should say on Ctrl-C what it stored and how to go on, and a second run should store the rest', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.TRIANGULATE_PARALLEL_GC;
    delete env.TRIANGULATE_V8_DEFAULTS;
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'ingest', pages, '--db', db, '--threads', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Interrupted once it has begun to store (the log exists from the first commit).
    while (!existsSync(`${db}-wal`) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // It ingests in a second process started with the pipeline's V8 flags, on two cores or fewer with the
    // single-threaded collector (src/util/v8-flags.ts), to which the signal is passed on.
    const second = childrenOf(child.pid!);
    assert.ok(second.length === 1 && second[0]!.args.includes('--no-regexp-tier-up') && (availableParallelism() > 2 || second[0]!.args.includes('--single-threaded-gc')), JSON.stringify(second));
    child.kill('SIGINT');
    assert.equal(await closed, 130, stderr);
    const said = /^triangulate: interrupted \(SIGINT\): the (\d+) article\(s\) this run stored stay; run the same command again to store the rest \(what is stored is skipped\)\n$/.exec(stderr);
    assert.ok(said, stderr);
    const again = await runCli(['ingest', pages, '--db', db, '--json', '--threads', '0']);
    assert.equal(again.code, 0, again.stderr);
    const report = JSON.parse(again.stdout) as { stored: number; duplicates: number };
    // What the first run said it stored is what the second found stored; together, every page.
    assert.equal(report.duplicates, Number(said[1]));
    assert.equal(report.stored + report.duplicates, PAGES);
  });
});

describe('triangulate ingest that stores nothing into a new store another process writes', () => {
  const dir = tempDir();
  const refused = join(dir.path, 'refused');
  before(() => {
    mkdirSync(refused);
    // Too short to be articles: the run stores nothing, and takes a while to say so.
    for (let n = 0; n < 3000; n++) writeFileSync(join(refused, `note-${n}.txt`), `Police said ${n}.`);
  });
  after(() => dir.cleanup());

  /** Runs the refusing ingest into a new `db`; `meanwhile` is another process's work on it once it exists. */
  const refusingRun = async (db: string, meanwhile: (store: SqliteStore) => Promise<void>): Promise<SqliteStore> => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'ingest', refused, '--db', db, '--threads', '0'], { stdio: 'ignore' });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while (!existsSync(db) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(child.exitCode, null, 'the refusing run ended before the other could open its store');
    const other = new SqliteStore(db);
    await meanwhile(other);
    assert.equal(await closed, 1);
    return other;
  };
  const storeOne = async (store: SqliteStore): Promise<void> => {
    const article = sampleArticle(1);
    const event = sampleEvent('evt_00000000000000b1', [article]);
    await store.commit({ article: { ...article, eventId: event.id }, event, profile: { terms: { flood: 1 }, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o1', copyGroup: article.id, articleTerms: ['flood'], mergedEventIds: [] });
  };

  it('should not remove the store while another process has it open', async () => {
    const db = join(dir.path, 'open.db');
    const other = await refusingRun(db, storeOne);
    assert.equal((await other.counts()).articles, 1);
    await other.close();
    assert.equal((await new SqliteStore(db, { mustExist: true }).counts()).articles, 1);
  });

  it('should not remove the store another process stored into and closed', async () => {
    const db = join(dir.path, 'closed.db');
    await refusingRun(db, async (other) => {
      await storeOne(other);
      await other.close();
    });
    assert.equal((await new SqliteStore(db, { mustExist: true }).counts()).articles, 1);
  });
});

describe('triangulate ingest that creates a database and stores nothing in it', () => {
  const dir = tempDir();
  after(() => dir.cleanup());

  it('should say that no database was created instead of naming the file it removed', async () => {
    const input = join(dir.path, 'blank.txt');
    writeFileSync(input, '   \n\n  ');
    const db = join(dir.path, 'new', 'deeper', 'store.db');
    const result = await runCli(['ingest', input, '--db', db]);
    assert.equal(result.code, 1);
    assert.ok(!existsSync(join(dir.path, 'new')));
    assert.match(result.stdout, /^0 article\(s\) stored, 0 already stored, 1 refused \(listed below\), from 1 file\(s\); nothing stored, so no database was created at /);
    assert.ok(!result.stdout.includes(' into '));
  });

  it('should still name the database it stored into', () => {
    const line = reportHeadline({ stored: 2, duplicates: 1, errors: [], files: 3 }, 'kept.db');
    assert.equal(line, '2 article(s) stored, 1 already stored, from 3 file(s) into kept.db');
  });
});
