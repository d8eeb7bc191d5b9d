import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeCannotWrite } from './write-failure.js';

describe('storeCannotWrite', () => {
  const failure = (code: string, more: Record<string, unknown> = {}): Error => Object.assign(new Error('x'), { code, ...more });

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

  it('should stop on a PostgreSQL server that cannot be reached or went away, naming the database it was given', () => {
    const where = 'postgresql://ana:***@db/news';
    assert.equal(storeCannotWrite(failure('ECONNREFUSED', { database: where })), `the PostgreSQL server of ${where} cannot be reached (the connection failed or was cut)`);
    assert.match(storeCannotWrite(failure('ENOENT', { syscall: 'connect' })) ?? '', /cannot be reached/);
    assert.match(storeCannotWrite(failure('EPIPE')) ?? '', /cannot be reached/);
    assert.match(storeCannotWrite(Object.assign(new Error('Connection terminated unexpectedly'), { database: where })) ?? '', /of postgresql:\/\/ana:\*\*\*@db\/news cannot be reached/);
    assert.match(storeCannotWrite(failure('08006')) ?? '', /cannot be reached/);
    assert.match(storeCannotWrite(failure('57P01', { database: where })) ?? '', /server of postgresql:.* shut down/);
    assert.match(storeCannotWrite(failure('57P03')) ?? '', /starting or stopping/);
    assert.match(storeCannotWrite(failure('53100')) ?? '', /disk of the PostgreSQL server is full/);
    assert.match(storeCannotWrite(failure('53300')) ?? '', /no more connections/);
    assert.match(storeCannotWrite(failure('3D000', { database: where })) ?? '', /database postgresql:.* does not exist/);
    assert.match(storeCannotWrite(failure('28P01')) ?? '', /refused the sign-in/);
    assert.match(storeCannotWrite(failure('25006')) ?? '', /read-only/);
    assert.match(storeCannotWrite(failure('42501')) ?? '', /may not write/);
  });

  it('should leave a PostgreSQL failure of one write alone, and a missing file that is no socket', () => {
    assert.equal(storeCannotWrite(failure('23505')), null);
    assert.equal(storeCannotWrite(failure('40001')), null);
    assert.equal(storeCannotWrite(failure('54000')), null);
    assert.equal(storeCannotWrite(failure('ENOENT', { syscall: 'open' })), null);
  });
});
