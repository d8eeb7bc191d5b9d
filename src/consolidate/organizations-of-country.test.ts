import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameBodyName } from './organizations.js';

describe('organisations named with their country after "of"', () => {
  it("should be one body with the name written without the country (\"Ukraine's Security Service\")", () => {
    assert.ok(sameBodyName('Security Service of Ukraine', 'Security Service'));
    assert.ok(!sameBodyName('National Bank of Moldova', 'National Bank of Romania'));
  });
});
