/** The command line as a user meets it: help everywhere, one-line failures, formats, the database path. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, NewsEvent } from '../src/model/types.js';
import { assertSchema, ROOT, runCli, tempDir } from './helpers.js';

const DUBLIN = join(ROOT, 'examples', 'dublin-hospital-ransomware');

describe('the CLI', () => {
  const dir = tempDir();
  const db = join(dir.path, 'cli.db');

  before(async () => {
    const result = await runCli(['ingest', DUBLIN, '--db', db]);
    assert.equal(result.code, 0, result.stderr);
  });
  after(() => dir.cleanup());

  for (const command of ['ingest', 'extract', 'articles', 'events', 'entities', 'show', 'search', 'export', 'optimize', 'rebuild', 'demo']) {
    it(`should print help for ${command}, with --db and --json`, async () => {
      const result = await runCli([command, '--help']);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /--db <path>/);
      assert.match(result.stdout, /--json/);
    });
  }

  it('should fail with one line and exit 1 for a usage error, saying where the usage is', async () => {
    for (const args of [['events', '--bogus'], ['frob'], ['show']]) {
      const result = await runCli(args);
      assert.equal(result.code, 1, args.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, /^triangulate: .* \(run with --help for usage\)$/m);
    }
  });

  it('should find events by a CVE id in any written form, alone or with words, and refuse a malformed one', async () => {
    const file = join(dir.path, 'gateway.txt');
    // A database of its own: the other tests count the events of the shared one.
    const cveDb = join(dir.path, 'cve.db');
    writeFileSync(file, 'Hackers breach Sligo port gateway\nBy Test Reporter\nPublished: June 3, 2025 09:00\nHackers exploited CVE-2025-8080 in the Sligo port authority mail gateway on Monday, the authority said.\nThe vendor released a fix for the flaw on Tuesday, it said.');
    assert.equal((await runCli(['ingest', file, '--db', cveDb])).code, 0);
    const found = JSON.parse((await runCli(['search', '--cve', 'cve 2025 8080', '--json', '--db', cveDb])).stdout) as NewsEvent[];
    assert.deepEqual(found.map((e) => e.vulnerabilities?.map((v) => v.cve)), [['CVE-2025-8080']]);
    assert.equal(JSON.parse((await runCli(['search', 'Sligo', '--cve', 'CVE-2025-8080', '--json', '--db', cveDb])).stdout).length, 1);
    assert.equal(JSON.parse((await runCli(['search', 'ransomware', '--cve', 'CVE-2025-8080', '--json', '--db', cveDb])).stdout).length, 0);
    assert.match((await runCli(['show', found[0]!.id, '--db', cveDb])).stdout, /\ncves: +CVE-2025-8080 \(1 outlet: /);
    const bad = await runCli(['search', '--cve', '2025-8080', '--db', cveDb]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--cve must be a CVE id/);
  });

  it('should fail with one line and exit 1 for an unknown event', async () => {
    const result = await runCli(['show', 'evt_doesnotexist', '--db', db]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /no event or article 'evt_doesnotexist'/);
  });

  it("should show an article by its id, with the event it went to, and as JSON by the article schema", async () => {
    const articles = JSON.parse((await runCli(['articles', '--json', '--db', db])).stdout) as { id: string; eventId: string | null; headline: string | null }[];
    const article = articles[0]!;
    const result = await runCli(['show', article.id, '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.startsWith(`${article.headline ?? '(no headline)'}\n`));
    assert.match(result.stdout, new RegExp(`id: +${article.id}\n`));
    assert.match(result.stdout, new RegExp(`event: +${article.eventId}\n`));
    const asJson = JSON.parse((await runCli(['show', article.id, '--json', '--db', db])).stdout) as { id: string };
    assertSchema('article', asJson);
    assert.equal(asJson.id, article.id);
  });

  it('should show the surviving event for the id of an event merged into it, and say so', async () => {
    const events = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as NewsEvent[];
    const survivor = events[0]!.id;
    // A merge as the store records it (the cluster stage makes them when an article bridges two events).
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.prepare('INSERT INTO event_merges (merged_id, into_id, merged_at) VALUES (?, ?, ?)').run('evt_00000000000000aa', survivor, '2025-01-01T00:00:00Z');
    raw.close();
    const result = await runCli(['show', 'evt_00000000000000aa', '--json', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as NewsEvent).id, survivor);
    assert.match(result.stderr, new RegExp(`event evt_00000000000000aa was merged into ${survivor}`));
  });

  it("should list the merges and splits an event's id outlived in its history", async () => {
    const events = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as NewsEvent[];
    const id = events[0]!.id;
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.prepare('INSERT OR REPLACE INTO event_merges (merged_id, into_id, merged_at) VALUES (?, ?, ?)').run('evt_00000000000000aa', id, '2025-01-01T00:00:00Z');
    raw.prepare('INSERT INTO event_splits (from_id, to_id, split_at, moved) VALUES (?, ?, ?, ?)').run(id, 'evt_00000000000000bb', '2025-02-01T00:00:00Z', 9);
    raw.close();
    const result = await runCli(['show', id, '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /History\n {2}- 2025-01-01: event evt_00000000000000aa merged into this one\n {2}- 2025-02-01: a second story split off to evt_00000000000000bb \(9 article\(s\) moved\)/);
    const asJson = JSON.parse((await runCli(['show', id, '--json', '--db', db])).stdout) as { history: unknown };
    assertSchema('event-with-articles', asJson);
    assert.deepEqual(asJson.history, [
      { kind: 'merged-in', eventId: 'evt_00000000000000aa', at: '2025-01-01T00:00:00Z' },
      { kind: 'split-off', eventId: 'evt_00000000000000bb', at: '2025-02-01T00:00:00Z', articles: 9 },
    ]);
  });

  it('should refuse a page of no events, and say when a page starts past the last event', async () => {
    const zero = await runCli(['events', '--limit', '0', '--db', db]);
    assert.equal(zero.code, 1);
    assert.match(zero.stderr, /--limit must be a whole number of at least 1, got '0'/);
    const past = await runCli(['events', '--limit', '1', '--offset', '100', '--db', db]);
    assert.equal(past.code, 0);
    assert.match(past.stdout, /no events after the first 100 in /);
  });

  it('should read a search of words to leave out alone, unquoted or after --, as every event without them', async () => {
    const ids = async (args: string[]): Promise<string[]> => {
      const result = await runCli([...args, '--json', '--db', db]);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as NewsEvent[]).map((e) => e.id);
    };
    const [dublin] = await ids(['events']);
    assert.deepEqual(await ids(['search', '-volcano']), [dublin]);
    // After "--" every word is the query's, as a command line reads it: the options go before.
    const afterDashes = await runCli(['search', '--json', '--db', db, '--', '-volcano']);
    assert.deepEqual((JSON.parse(afterDashes.stdout) as NewsEvent[]).map((e) => e.id), [dublin]);
    assert.deepEqual(await ids(['search', '-hospital']), []);
    assert.deepEqual(await ids(['search', 'hospital', '-volcano']), [dublin]);
    const articles = await runCli(['search', '-volcano', '--articles', '--db', db]);
    assert.equal(articles.code, 1);
    assert.match(articles.stderr, /only leaves out; a search of articles needs a word to find/);
    const typo = await runCli(['search', 'hospital', '--limt', '3', '--db', db]);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /unknown option '--limt'/);
  });

  it('should list, search and export only the events the filters select, as the API does, and refuse a bad filter naming it', async () => {
    // The Dublin example: one event in IE, dated 2025-10-14, of theme cyber.ransomware.
    const ids = async (args: string[]): Promise<string[]> => {
      const result = await runCli([...args, '--json', '--db', db]);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as NewsEvent[]).map((e) => e.id);
    };
    const [dublin] = await ids(['events']);
    assert.deepEqual(await ids(['events', '--country', 'ie', '--theme', 'cyber.ransomware', '--from', '2025-10-14', '--to', '2025-10-14']), [dublin]);
    assert.deepEqual(await ids(['events', '--from', '2025-10-15']), []);
    assert.deepEqual(await ids(['search', 'hospital', '--country', 'IE']), [dublin]);
    assert.deepEqual(await ids(['search', 'hospital', '--country', 'NZ']), []);
    assert.deepEqual(await ids(['search', '--theme', 'cyber']), [dublin]);
    const none = await runCli(['events', '--country', 'NZ', '--db', db]);
    assert.match(none.stdout, /^no events in or about NZ in /);
    const csv = await runCli(['export', '--format', 'csv', '--country', 'NZ', '--db', db]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout.trim().split('\r\n').length, 1, 'the header alone');
    const matched = await runCli(['export', '--format', 'jsonl', '--words', 'ambulances', '--theme', 'health', '--db', db]);
    assert.deepEqual(matched.stdout.trim().split('\n').map((line) => (JSON.parse(line) as NewsEvent).id), [dublin]);
    for (const [args, message] of [
      [['events', '--country', 'Ruritania'], /^triangulate: --country must be a two-letter ISO 3166-1 country code/],
      [['search', 'hospital', '--from', '2025-02-30'], /^triangulate: --from: the date '2025-02-30' does not exist/],
      [['export', '--to', '2025-01-01', '--from', '2025-06-01'], /^triangulate: --from \(2025-06-01\) is after --to \(2025-01-01\)/],
      [['search', 'hospital', '--theme', 'cyber', '--articles'], /^triangulate: --theme selects events; it does not combine with --articles/],
      [['search', '"(*'], /^triangulate: the search query '"\(\*' has no words to search for \(a letter or a digit\)$/m],
    ] as const) {
      const bad = await runCli([...args, '--db', db]);
      assert.equal(bad.code, 1, args.join(' '));
      assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
      assert.match(bad.stderr, message);
    }
  });

  it('should refuse an unknown export format with the choices', async () => {
    const result = await runCli(['export', '--format', 'pdf', '--db', db]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /json, jsonl, csv, stix/);
  });

  it('should export events as JSON to a file, and as CSV', async () => {
    const out = join(dir.path, 'events.json');
    assert.equal((await runCli(['export', '--format', 'json', '--out', out, '--db', db])).code, 0);
    const events = JSON.parse(readFileSync(out, 'utf8')) as NewsEvent[];
    assert.equal(events.length, 1);
    for (const e of events) assertSchema('event', e);
    const csv = await runCli(['export', '--format', 'csv', '--db', db]);
    assert.match(csv.stdout.split('\r\n')[0]!, /^\ufeffid,date,date_anchoring,location,country,title/);
    assert.equal(csv.stdout.trim().split('\r\n').length, 2);
    const stix = JSON.parse((await runCli(['export', '--format', 'stix', '--db', db])).stdout) as { type: string; objects: { type: string; name?: string }[] };
    assert.equal(stix.type, 'bundle');
    assert.equal(stix.objects.filter((o) => o.type === 'report').length, 1);
  });

  it('should use $TRIANGULATE_DB when --db is not given', async () => {
    const result = await runCli(['events', '--json'], { cwd: dir.path, env: { TRIANGULATE_DB: db } });
    assert.equal((JSON.parse(result.stdout) as unknown[]).length, 1);
  });

  it('should default to triangulate.db in the working directory', async () => {
    const cwd = join(dir.path);
    await runCli(['ingest', join(DUBLIN, 'liffey-ledger.txt')], { cwd });
    assert.ok(existsSync(join(cwd, 'triangulate.db')));
  });

  it('should extract and enrich without storing anything, in the article schema', async () => {
    const result = await runCli(['extract', join(DUBLIN, 'celtic-wire.html'), '--json'], { cwd: dir.path, env: { TRIANGULATE_DB: join(dir.path, 'untouched.db') } });
    assert.equal(result.code, 0, result.stderr);
    const [article] = JSON.parse(result.stdout) as Article[];
    assert.ok(article);
    assertSchema('article', article);
    assert.equal(article.outlet, 'Celtic Wire');
    assert.ok(!existsSync(join(dir.path, 'untouched.db')));
  });

  it('should report a page with no article text, not print it, beside the articles it does find', async () => {
    const shell = join(ROOT, 'test', 'fixtures', 'no-article', 'empty-shell.html');
    const result = await runCli(['extract', shell, join(DUBLIN, 'celtic-wire.html'), '--json']);
    assert.equal(result.code, 2);
    assert.deepEqual((JSON.parse(result.stdout) as Article[]).map((a) => a.outlet), ['Celtic Wire']);
    assert.match(result.stderr, /empty-shell\.html: extract failed: no article text/);
  });

  it('should refuse to read a database that does not exist, naming it, without creating it', async () => {
    const missing = join(dir.path, 'typo.db');
    const result = await runCli(['events', '--db', missing]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no database at .*typo\.db/);
    assert.ok(!existsSync(missing));
  });

  it('should merge the search indexes on request, searches answering as before, and refuse a database that is not there', async () => {
    const search = async (): Promise<string> => (await runCli(['search', 'ransomware', '--json', '--db', db])).stdout;
    const before = await search();
    const result = await runCli(['optimize', '--json', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { searchIndexMerged: boolean };
    assertSchema('optimize-report', report);
    assert.equal(report.searchIndexMerged, true);
    assert.equal(await search(), before);
    assert.match((await runCli(['optimize', '--db', db])).stdout, /^search indexes of \d+ article\(s\) merged in \d+\.\d s: /);
    const missing = join(dir.path, 'nothing-here.db');
    const refused = await runCli(['optimize', '--db', missing]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /no database at .*nothing-here\.db/);
    assert.ok(!existsSync(missing));
  });

  it('should rebuild a database into a new one with the same events, and refuse to write over one or read one that is not there', async () => {
    const rebuilt = join(dir.path, 'rebuilt.db');
    const result = await runCli(['rebuild', '--db', db, '--out', rebuilt, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { stored: number; events: { before: number; after: number }; ids: { kept: number } };
    assertSchema('rebuild-report', report);
    assert.ok(report.stored > 0);
    assert.equal(report.events.after, report.events.before);
    const ids = async (path: string): Promise<string[]> => (JSON.parse((await runCli(['events', '--json', '--db', path])).stdout) as NewsEvent[]).map((e) => e.id).sort();
    assert.deepEqual(await ids(rebuilt), await ids(db));
    assert.match((await runCli(['rebuild', '--db', rebuilt, '--out', join(dir.path, 'again.db')])).stdout, /^\d+ of \d+ article\(s\) from .*rebuilt\.db read again into .*again\.db\nevents: \d+ before, \d+ now\nold event ids: \d+ kept, 0 now lead/);
    const over = await runCli(['rebuild', '--db', db, '--out', rebuilt]);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /rebuilt\.db already exists/);
    const missing = await runCli(['rebuild', '--db', join(dir.path, 'nothing-here.db'), '--out', join(dir.path, 'from-nothing.db')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no database at .*nothing-here\.db/);
    assert.ok(!existsSync(join(dir.path, 'from-nothing.db')));
  });

  it('should make the folders a new database is named in, and remove them again when nothing was stored', async () => {
    const nested = join(dir.path, 'new-folder', 'inner', 'news.db');
    const stored = await runCli(['ingest', join(DUBLIN, 'liffey-ledger.txt'), '--db', nested]);
    assert.equal(stored.code, 0, stored.stderr);
    assert.ok(existsSync(nested));
    const rebuilt = join(dir.path, 'rebuilt-folder', 'news.db');
    assert.equal((await runCli(['rebuild', '--db', nested, '--out', rebuilt])).code, 0);
    assert.ok(existsSync(rebuilt));
    const empty = join(dir.path, 'nothing-in.txt');
    writeFileSync(empty, '');
    const unused = await runCli(['ingest', empty, '--db', join(dir.path, 'unused-folder', 'deeper', 'x.db')]);
    assert.equal(unused.code, 1);
    assert.ok(!existsSync(join(dir.path, 'unused-folder')), 'the folders it made for nothing are gone');
    const reading = await runCli(['events', '--db', join(dir.path, 'not-made', 'x.db')]);
    assert.equal(reading.code, 1);
    assert.ok(!existsSync(join(dir.path, 'not-made')), 'a reading command makes no folder');
  });

  it('should name a file that is not a database', async () => {
    const notDb = join(dir.path, 'notes.db');
    writeFileSync(notDb, 'just some text, not SQLite at all, long enough to have a header page');
    const result = await runCli(['events', '--db', notDb]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /cannot open database .*notes\.db/);
  });

  it('should exit 1 without creating a database when there is nothing to ingest', async () => {
    const db2 = join(dir.path, 'never.db');
    const result = await runCli(['ingest', join(dir.path, 'no-such-folder'), '--db', db2]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no-such-folder: no such file or folder/);
    assert.ok(!existsSync(db2));
  });

  it('should not leave behind a database it created when nothing could be stored', async () => {
    const empty = join(dir.path, 'empty-input.txt');
    writeFileSync(empty, '');
    const db3 = join(dir.path, 'nothing-stored.db');
    const result = await runCli(['ingest', empty, '--db', db3]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /empty-input\.txt/);
    assert.match(result.stdout, /^0 article\(s\) stored, 0 already stored, 1 refused \(listed below\), from 1 file\(s\)/);
    assert.ok(!existsSync(db3));
  });

  it('should refuse a --threads that is not a whole number, in one line', async () => {
    const result = await runCli(['ingest', DUBLIN, '--db', join(dir.path, 'threads.db'), '--threads', 'many']);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /--threads must be a whole number from 0 to 64, got 'many'/);
  });

  it('should refuse a --search-threads that is not a whole number before opening anything', async () => {
    const result = await runCli(['serve', '--db', db, '--search-threads', '-1']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--search-threads must be a whole number from 0 to 64, got '-1'/);
  });

  it('should never overwrite a database named with demo --db', async () => {
    const result = await runCli(['demo', '--db', db]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /already exists/);
    assert.equal((JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as unknown[]).length, 1);
  });

  it('should print human-readable tables by default', async () => {
    const result = await runCli(['events', '--db', db]);
    assert.match(result.stdout, /^ID\s+DATE\s+PLACE/);
    const articles = await runCli(['articles', '--db', db]);
    assert.match(articles.stdout, /Celtic Wire/);
  });

  it('should search articles as well as events', async () => {
    const result = await runCli(['search', 'ambulances', '--articles', '--json', '--db', db]);
    const hits = JSON.parse(result.stdout) as Article[];
    assert.ok(hits.length >= 2);
    // As text, each hit is followed by the passage that matched, the word marked.
    const text = await runCli(['search', 'ambulances', '--articles', '--db', db]);
    assert.match(text.stdout, /^art_[0-9a-f]{16} {2}.*«ambulances»/im);
  });

  it('should keep a meeting of the same leaders months after a summit an event of its own, referring to the summit', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'summits.jsonl');
      const records = [
        { title: 'Leaders of Japan and South Korea meet at summit in Maryland', outlet: 'Harbor Times', publishedAt: '2025-06-14T10:00:00Z', text: 'President Mark Ellison hosted Prime Minister Kenji Arata of Japan and President Min-jun Seo of South Korea in Maryland on Friday for a summit on security in the Pacific. The three leaders agreed to share missile-warning data in real time, officials said.' },
        { title: 'Summit ends with pledge on missile data', outlet: 'Daily Ledger', publishedAt: '2025-06-14T16:00:00Z', text: 'Leaders from Washington, Tokyo and Seoul ended a one-day summit in Maryland on Friday with a pledge to share missile-warning data, President Mark Ellison said. Prime Minister Kenji Arata and President Min-jun Seo joined Ellison for talks that lasted six hours.' },
        { title: 'Japan and South Korea ministers meet in Tokyo to follow up summit pledges', outlet: 'Harbor Times', publishedAt: '2026-03-10T09:00:00Z', text: 'Japan’s and South Korea’s foreign ministers met in Tokyo on Monday to follow up on the pledges made at the summit in Maryland last June, where Prime Minister Kenji Arata and President Min-jun Seo agreed with President Mark Ellison to share missile-warning data. Foreign Minister Haruto Endo said the data link would start in April.' },
      ];
      writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
      const store = join(dir.path, 'summits.db');
      assert.equal((await runCli(['ingest', file, '--db', store])).code, 0);
      const events = JSON.parse((await runCli(['events', '--json', '--db', store])).stdout) as NewsEvent[];
      assert.equal(events.length, 2, JSON.stringify(events.map((e) => e.title)));
      // The later meeting names the summit as an earlier event of June 2025.
      const tokyo = events.find((e) => e.date?.startsWith('2026'))!;
      const summit = events.find((e) => e.date?.startsWith('2025'))!;
      assert.ok(tokyo.related.some((r) => r.date === '2025-06' && r.eventId === summit.id), JSON.stringify(tokyo.related));

      // The follow-up read first: it links to the summit once the summit's reports come in.
      const reversed = join(dir.path, 'reversed.db');
      const [first, second, followUp] = records.map((r, n) => {
        const path = join(dir.path, `summit-${n}.jsonl`);
        writeFileSync(path, JSON.stringify(r));
        return path;
      });
      for (const path of [followUp!, first!, second!]) assert.equal((await runCli(['ingest', path, '--db', reversed])).code, 0);
      const again = JSON.parse((await runCli(['events', '--json', '--db', reversed])).stdout) as NewsEvent[];
      const laterMeeting = again.find((e) => e.date?.startsWith('2026'))!;
      const earlierSummit = again.find((e) => e.date?.startsWith('2025'))!;
      assert.ok(laterMeeting.related.some((r) => r.date === '2025-06' && r.eventId === earlierSummit.id), JSON.stringify(laterMeeting.related));
    } finally {
      dir.cleanup();
    }
  });
});

