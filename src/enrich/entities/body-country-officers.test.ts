import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownedBodies } from './body-country.js';

describe('ownedBodies and officers', () => {
  it('should read no office in a nationality or a service before "officers"', () => {
    assert.deepEqual(ownedBodies('Indonesian officers will watch the truce line from both banks of the river.'), []);
    assert.deepEqual(ownedBodies('Three Kenyan army officers were hurt when the convoy was hit.'), []);
  });

  it('should still read a country\'s office written in lower case', () => {
    assert.deepEqual(ownedBodies("Japan's foreign office said talks would resume.").map((o) => [o.country, o.text]), [['JP', 'foreign office']]);
  });
});
