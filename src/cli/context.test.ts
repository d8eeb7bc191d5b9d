import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { databaseLabel, databasePath, isPostgresDatabase } from './context.js';

describe('which database the CLI opens', () => {
  it('should keep a PostgreSQL address as given, and name it without its password', () => {
    const db = 'postgresql://ana:s3cret@db.example/news';
    assert.equal(databasePath({ db }), db);
    assert.equal(isPostgresDatabase({ db }), true);
    assert.equal(databaseLabel({ db }), 'postgresql://ana:***@db.example/news');
  });

  it('should resolve a file name against the working directory, as before', () => {
    assert.equal(databasePath({ db: 'data/news.db' }), resolve('data/news.db'));
    assert.equal(isPostgresDatabase({ db: 'data/news.db' }), false);
    assert.equal(databaseLabel({ db: 'data/news.db' }), resolve('data/news.db'));
  });
});
