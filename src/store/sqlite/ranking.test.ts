import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { loadRankFunction, PhraseCounts } from './ranking.js';

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
    const counts = new PhraseCounts(db, 'article_fts');
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

  it('should refuse a frequency list that does not fit the query', (t) => {
    const db = table();
    if (!loadRankFunction(db)) return t.diagnostic('rank_bm25 not built');
    const ours = db.prepare("SELECT rank_bm25(article_fts, ?) FROM article_fts WHERE article_fts MATCH ?").pluck();
    assert.throws(() => ours.all('12', '"Houston" "police"'), /one number per phrase/);
    assert.throws(() => ours.all('many', '"Houston"'), /one number per phrase/);
  });
});

describe('PhraseCounts', () => {
  it('should count a word once, and again after its table grows by more than a hundredth', () => {
    const db = table();
    const counts = new PhraseCounts(db, 'article_fts');
    assert.equal(counts.list(['Houston', 'POLICE']), '12 54');
    const insert = db.prepare("INSERT INTO article_fts (article_id, headline, body) VALUES ('x', 'Houston', 'Houston')");
    insert.run();
    // 61 rows: within 1% of 60 (rounded down, 0 rows), so counted again.
    assert.equal(counts.list(['Houston']), '13');
    const big = new Database(':memory:');
    big.exec("CREATE VIRTUAL TABLE article_fts USING fts5(article_id UNINDEXED, headline, body, tokenize = 'porter unicode61')");
    const add = big.prepare("INSERT INTO article_fts (article_id, headline, body) VALUES ('x', ?, '')");
    for (let i = 0; i < 200; i++) add.run(i % 2 ? 'crane' : 'dock');
    const kept = new PhraseCounts(big, 'article_fts');
    assert.equal(kept.list(['crane']), '100');
    add.run('crane');
    add.run('crane');
    assert.equal(kept.list(['crane']), '100', 'two rows in 200 is within the drift: the count is kept');
    add.run('crane');
    assert.equal(kept.list(['crane']), '103', 'three rows in 200 is past it: counted again');
  });
});
