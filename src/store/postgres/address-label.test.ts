import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayUrl } from './address-label.js';

describe('displayUrl', () => {
  it('should keep every part of an address except its password', () => {
    assert.equal(displayUrl('postgresql://ana:s3cret@db.example:5432/news?sslmode=verify-full'), 'postgresql://ana:***@db.example:5432/news?sslmode=verify-full');
    assert.equal(displayUrl('postgres://ana@db/news'), 'postgres://ana@db/news');
    assert.equal(displayUrl('postgresql://db/news'), 'postgresql://db/news');
  });

  it('should hide the whole of a password that holds an @, which node-postgres reads up to the last @', () => {
    const label = displayUrl('postgresql://ana:p@ss@db/news');
    assert.equal(label, 'postgresql://ana:***@db/news');
    assert.doesNotMatch(label, /ss@/);
  });

  it('should hide passwords given as parameters, whatever else the query holds', () => {
    assert.equal(displayUrl('postgresql://db/news?user=ana&password=s3cret'), 'postgresql://db/news?user=ana&password=***');
    assert.equal(displayUrl('postgresql://ana@db/news?password=s3cret'), 'postgresql://ana@db/news?password=***');
    assert.equal(displayUrl('postgresql://ana@db/news?sslkey=k.pem&sslpassword=phrase'), 'postgresql://ana@db/news?sslkey=k.pem&sslpassword=***');
    assert.equal(displayUrl('postgresql://ana@db/news?Password=s3cret'), 'postgresql://ana@db/news?Password=***');
  });

  it('should keep a socket folder given as the host parameter, with no host before the database', () => {
    assert.equal(displayUrl('postgresql://ana:s3cret@/postgres?host=%2Ftmp%2Fpg&password=s3cret'), 'postgresql://ana:***@/postgres?host=%2Ftmp%2Fpg&password=***');
  });

  it('should show none of an address the URL parser cannot read (a / in the password)', () => {
    const label = displayUrl('postgresql://ana:s3c/ret@db/news');
    assert.doesNotMatch(label, /s3c|ret/);
    assert.match(label, /^postgresql:\/\/\(an address that is not a valid URL; not shown\)$/);
  });
});
