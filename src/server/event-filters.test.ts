import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEventFilters } from './event-filters.js';
import { HttpError } from './http-error.js';
import { Query } from './params.js';

const refusal = (text: string): string => {
  try {
    readEventFilters(new Query(new URLSearchParams(text)));
  } catch (error) {
    assert.ok(error instanceof HttpError && error.status === 400);
    return error.message;
  }
  return assert.fail(`${text} was accepted`);
};

describe('readEventFilters refusals', () => {
  it('should name the theme, the CVE id and the date range as "query parameter" as every other 400 does', () => {
    assert.match(refusal('theme=weather'), /^query parameter 'theme' must be one of /);
    assert.match(refusal('cve=12345'), /^query parameter 'cve' must be a CVE id/);
    assert.match(refusal('from=2025-06-02&to=2025-06-01'), /^query parameter 'from' \(2025-06-02\) is after 'to' \(2025-06-01\)$/);
  });

  it('should read a country written by name as its code', () => {
    const filters = readEventFilters(new Query(new URLSearchParams('country=Cambodia')));
    assert.equal(filters.country, 'KH');
  });
});
