import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { sampleArticle, sampleEvent } from '../contract.js';
import { loadRankFunction, PhraseCounts } from './ranking.js';
import { SqliteStore } from './sqlite-store.js';

/** A table shaped like article_fts, where "police" is in most rows (bm25() floors its weight). */
function table(): Database.Database {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE article_fts USING fts5(article_id UNINDEXED, headline, body, tokenize = 'porter unicode61')");
  const insert = db.prepare('INSERT INTO article_fts (article_id, headline, body) VALUES (?, ?, ?)');
  const places = ['Houston', 'Dayton', 'Plano', 'Catoosa County', 'Lake Placid'];
  for (let i = 0; i < 60; i++) {
    const place = places[i % places.length]!;
    const headline = i % 7 === 0 ? `${place} police shooting` : `Crash near ${place}`;
    const filler = 'the city council met on Tuesday to discuss the budget and roads '.repeat(1 + (i % 4));
    const body = `${i % 5 === 4 ? '' : 'Police said '}a man was hurt in ${place}. ${filler}${i % 3 === 0 ? `Police in ${place} asked for witnesses. ` : ''}`;
    insert.run(`art_${i}`, headline, body);
  }
  return db;
}

describe('rank_bm25', () => {
  it('should be built where a C compiler is (CI requires it), or leave ranking to bm25()', () => {
    const db = new Database(':memory:');
    const loaded = loadRankFunction(db);
    if (process.env.TRIANGULATE_REQUIRE_NATIVE === '1') assert.equal(loaded, true, 'dist/native/fts-rank was not built: see scripts/build-native.mjs');
    if (!loaded) assert.throws(() => db.prepare("SELECT rank_bm25(1, '1')").get(), /no such function/);
  });

  it("should give bm25()'s scores and order with the counts kept by PhraseCounts", (t) => {
    const db = table();
    if (!loadRankFunction(db)) return t.diagnostic('rank_bm25 not built: nothing to compare');
    const counts = new PhraseCounts(db, 'article_fts', () => 'unchanged');
    const ours = db.prepare("SELECT rowid, rank_bm25(article_fts, ?, 0, 5, 1) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank, rowid DESC").raw();
    const stock = db.prepare("SELECT rowid, bm25(article_fts, 0, 5, 1) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank, rowid DESC").raw();
    for (const words of [['police'], ['Houston', 'police'], ['Catoosa', 'County', 'police'], ['shooting'], ['witnesses', 'Plano'], ['nowhere']]) {
      const match = words.map((w) => `"${w}"`).join(' ');
      const expected = stock.all(match) as [number, number][];
      const got = ours.all(counts.list(words), match) as [number, number][];
      assert.deepEqual(got.map((r) => r[0]), expected.map((r) => r[0]), match);
      got.forEach((row, i) => assert.ok(Math.abs(row[1] - expected[i]![1]) < 1e-9, `${match}: ${row[1]} against ${expected[i]![1]}`));
    }
  });

  it('should refuse a frequency list that does not fit the query, and take a count above the rows as all of them', (t) => {
    const db = table();
    if (!loadRankFunction(db)) return t.diagnostic('rank_bm25 not built');
    const ours = db.prepare("SELECT rank_bm25(article_fts, ?) FROM article_fts WHERE article_fts MATCH ?").pluck();
    assert.throws(() => ours.all('12', '"Houston" "police"'), /one number per phrase/);
    assert.throws(() => ours.all('many', '"Houston"'), /one number per phrase/);
    assert.throws(() => ours.all('12 54', '"Houston"'), /one number per phrase/, 'more counts than phrases');
    assert.throws(() => ours.all('nan', '"Houston"'), /one number per phrase/);
    // A count kept from before rows were deleted: every match still gets a score, as a word in every row.
    const scores = ours.all('1000', '"Houston"') as unknown[];
    assert.equal(scores.length, 12);
    assert.ok(scores.every((x) => typeof x === 'number' && Number.isFinite(x)), String(scores));
  });

  it("should keep rows' lengths under a table's name and still score as bm25() after rows change, in a write transaction too", (t) => {
    const db = table();
    if (!loadRankFunction(db)) return t.diagnostic('rank_bm25 not built');
    const ours = db.prepare("SELECT rowid, rank_bm25(article_fts, ?, 0, 5, 1) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank, rowid DESC").raw();
    const stock = db.prepare("SELECT rowid, bm25(article_fts, 0, 5, 1) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank, rowid DESC").raw();
    const count = db.prepare("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?").pluck();
    const same = (why: string): void => {
      const expected = stock.all('"police"') as [number, number][];
      const got = ours.all(`article_fts: ${String(count.get('"police"'))}`, '"police"') as [number, number][];
      assert.deepEqual(got.map((r) => r[0]), expected.map((r) => r[0]), why);
      got.forEach((row, i) => assert.ok(Math.abs(row[1] - expected[i]![1]) < 1e-9, `${why}: ${row[1]} against ${expected[i]![1]}`));
    };
    same('first query: lengths read and kept');
    same('second query: lengths kept');
    // Row 1 made ten times as long: a kept length would now give it the wrong score.
    db.prepare("UPDATE article_fts SET body = ? WHERE rowid = 1").run('Police said a man was hurt. '.repeat(40));
    same('after a commit');
    db.transaction(() => {
      db.prepare("UPDATE article_fts SET body = 'Police.' WHERE rowid = 1").run();
      same('inside the write transaction that changed the row');
    })();
    same('after that transaction');
  });

  it('should notice a change to a table outside main, and one name given to two tables', (t) => {
    const db = new Database(':memory:');
    if (!loadRankFunction(db)) return t.diagnostic('rank_bm25 not built');
    db.exec("CREATE VIRTUAL TABLE temp.t USING fts5(x); CREATE VIRTUAL TABLE u USING fts5(x)");
    const rows = ['police', 'the police chief spoke at length today', 'police came', 'nothing here', 'nor here'];
    for (const [i, x] of rows.entries()) db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)').run(i + 1, x);
    for (const [i, x] of rows.entries()) db.prepare('INSERT INTO u (rowid, x) VALUES (?, ?)').run(i + 1, `${x} ${'filler '.repeat(i * 3)}`);
    const check = (table: string, why: string): void => {
      const n = String(db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH 'police'`).pluck().get());
      const ours = db.prepare(`SELECT rowid, rank_bm25(${table}, ?) FROM ${table} WHERE ${table} MATCH 'police' ORDER BY rowid`).raw().all(`shared: ${n}`) as [number, number][];
      const stock = db.prepare(`SELECT rowid, bm25(${table}) FROM ${table} WHERE ${table} MATCH 'police' ORDER BY rowid`).raw().all() as [number, number][];
      ours.forEach((row, i) => assert.ok(Math.abs(row[1] - stock[i]![1]) < 1e-9, `${why}: row ${row[0]} ${row[1]} against ${stock[i]![1]}`));
    };
    check('t', 'temp table, lengths read');
    db.prepare("UPDATE t SET x = 'police word a b c d e f g h i j k l m n o p' WHERE rowid = 1").run();
    check('t', 'temp table after an update');
    // The same name for another table: its totals differ, so the kept lengths are not taken for its rows.
    check('u', 'a second table under the same name');
    check('t', 'back to the first table');
  });
});

describe('PhraseCounts', () => {
  /** `n` rows, every other one with "crane", the rest "dock". */
  function cranes(n: number): { db: Database.Database; add: (headline: string) => void } {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE article_fts USING fts5(article_id UNINDEXED, headline, body, tokenize = 'porter unicode61')");
    const insert = db.prepare("INSERT INTO article_fts (article_id, headline, body) VALUES ('x', ?, '')");
    for (let i = 0; i < n; i++) insert.run(i % 2 ? 'crane' : 'dock');
    return { db, add: (headline) => void insert.run(headline) };
  }

  it('should keep a common word\'s count until the articles stored since pass a hundredth of it', () => {
    const { db, add } = cranes(1000);
    let commits = 0;
    const counts = new PhraseCounts(db, 'article_fts', () => String(commits));
    assert.equal(counts.list(['crane', 'DOCK']), 'article_fts: 500 500');
    for (let i = 0; i < 5; i++, commits++) add('crane');
    assert.equal(counts.list(['crane']), 'article_fts: 500', 'five articles since a count of 500: kept');
    add('crane');
    commits++;
    assert.equal(counts.list(['crane']), 'article_fts: 506', 'six: counted again');
  });

  it('should keep a rare word\'s count only while nothing is committed', () => {
    const { db, add } = cranes(1000);
    let commits = 0;
    const counts = new PhraseCounts(db, 'article_fts', () => String(commits));
    assert.equal(counts.list(['gantry']), 'article_fts: 0');
    add('gantry');
    assert.equal(counts.list(['gantry']), 'article_fts: 0', 'the mark has not moved (as no store would let it): the kept count stands');
    commits++;
    assert.equal(counts.list(['gantry']), 'article_fts: 1', 'a commit: counted again');
    add('gantry');
    commits++;
    assert.equal(counts.list(['gantry']), 'article_fts: 2');
  });
});

describe('SqliteStore search with rank_bm25', () => {
  it('should rank as bm25() does, and fall back to it when a word makes no phrase of its own', async () => {
    const store = new SqliteStore(':memory:');
    try {
      for (let n = 1; n <= 30; n++) {
        const a = sampleArticle(n, n % 3 === 0 ? { headline: `Harbour crane ${n} falls`, body: `A crane fell at the harbour. The harbour crane was old. ${'Dock workers watched. '.repeat(n % 4)}` } : {});
        await store.commit({ article: a, event: sampleEvent(`evt_${String(n).padStart(16, '0')}`, [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: `o${n}`, copyGroup: `o${n}`, articleTerms: [], mergedEventIds: [] });
      }
      const db = (store as unknown as { db: Database.Database }).db;
      const stock = db.prepare("SELECT a.id FROM article_fts f JOIN articles a ON a.id = f.article_id WHERE article_fts MATCH ? ORDER BY bm25(article_fts, 0, 5, 1), f.rowid DESC").pluck();
      // 'ᦰ' is a letter to JavaScript and nothing to the tokenizer: three words, two phrases.
      for (const [query, match] of [['harbour crane', '"harbour" "crane"'], ['crane', '"crane"'], ['ᦰ harbour crane', '"harbour" "crane"']] as const) {
        const hits = await store.searchArticles(query, { limit: 50 });
        assert.ok(hits.length > 0, query);
        assert.deepEqual(hits.map((h) => h.item.id), stock.all(match), query);
      }
    } finally {
      await store.close();
    }
  });
});

describe('hit_offset', () => {
  it("should give the character where a column's best passage starts, counting characters, not bytes", (t) => {
    const db = new Database(':memory:');
    if (!loadRankFunction(db)) return t.diagnostic('the extension is not built: nothing to test');
    db.exec("CREATE VIRTUAL TABLE article_fts USING fts5(article_id UNINDEXED, headline, body, tokenize = 'porter unicode61')");
    // Accented words before the matches: bytes and characters differ. The first "Okonkwo" stands
    // alone; the window with both words starts at the later "Marguerite".
    const before = 'Le café près de la gare a fermé. '.repeat(40);
    const body = `${before}Okonkwo was not there. ${'The council met. '.repeat(20)}Witness Marguerite Okonkwo said the crane fell.`;
    db.prepare('INSERT INTO article_fts (article_id, headline, body) VALUES (?, ?, ?)').run('art_1', 'Crane falls', body);
    const offset = (match: string, column = 2): unknown => db.prepare('SELECT hit_offset(article_fts, ?, 20) FROM article_fts WHERE article_fts MATCH ? AND rowid = 1').pluck().get(column, match);
    assert.equal(offset('"okonkwo"'), before.length, 'the first match, its character offset');
    assert.equal(offset('"marguerite" "okonkwo"'), body.indexOf('Marguerite'), 'the window holding both words');
    assert.equal(offset('"crane"', 1), 0, 'in the headline');
    assert.equal(offset('"marguerite" "okonkwo"', 1), null, 'no match in that column');
    const text = db.prepare('SELECT substr(body, ? + 1, 10) FROM article_fts WHERE rowid = 1').pluck().get(offset('"marguerite" "okonkwo"'));
    assert.equal(text, 'Marguerite', 'substr() counts as it does');
  });
});

describe('SqliteStore search snippets in long columns', () => {
  it('should show the match that lies far into a long body, with the text before it marked as left out', async () => {
    const store = new SqliteStore(':memory:');
    try {
      const body = `${'The harbour board met on Tuesday to discuss the budget and the roads. '.repeat(400)}Witness Marguerite Okonkwo said the crane fell at dawn.`;
      const a = sampleArticle(1, { headline: 'Harbour board meets', body });
      await store.commit({ article: a, event: sampleEvent('evt_0000000000000001', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o1', copyGroup: 'o1', articleTerms: [], mergedEventIds: [] });
      const [hit] = await store.searchArticles('Marguerite Okonkwo');
      assert.ok(hit, 'found');
      assert.match(hit.snippet.text, /^….*Witness Marguerite Okonkwo said the crane fell at dawn\.$/);
      assert.deepEqual(hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e)), ['Marguerite Okonkwo']);
    } finally {
      await store.close();
    }
  });
});
