import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeCannotWrite } from './write-failure.js';

describe('storeCannotWrite', () => {
  const failure = (code: string): Error => Object.assign(new Error('x'), { code });

  it('should name the failures that stop every later write', () => {
    assert.equal(storeCannotWrite(failure('SQLITE_FULL')), 'the disk is full');
    assert.match(storeCannotWrite(failure('SQLITE_READONLY_DBMOVED')) ?? '', /read-only/);
    assert.match(storeCannotWrite(failure('SQLITE_IOERR_WRITE')) ?? '', /I\/O error/);
    assert.match(storeCannotWrite(failure('SQLITE_CORRUPT')) ?? '', /damaged/);
  });

  it('should leave a failure of one write alone (a constraint, a busy store, an error with no code)', () => {
    assert.equal(storeCannotWrite(failure('SQLITE_CONSTRAINT_PRIMARYKEY')), null);
    assert.equal(storeCannotWrite(failure('SQLITE_BUSY')), null);
    assert.equal(storeCannotWrite(new Error('no code')), null);
    assert.equal(storeCannotWrite('a string'), null);
  });
});
