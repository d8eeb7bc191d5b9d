import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedZoneOffset } from './zone-names.js';

describe('namedZoneOffset', () => {
  it('should give the offsets of zones named across Asia, Africa, Europe and the Pacific', () => {
    assert.equal(namedZoneOffset('ICT', null), 420);
    assert.equal(namedZoneOffset('PHT', null), 480);
    assert.equal(namedZoneOffset('PKT', null), 300);
    assert.equal(namedZoneOffset('EAT', null), 180);
    assert.equal(namedZoneOffset('WAT', null), 60);
    assert.equal(namedZoneOffset('SAST', null), 120);
    assert.equal(namedZoneOffset('GST', null), 240);
    assert.equal(namedZoneOffset('AEDT', null), 660);
  });

  it('should let the page\'s own offset pick the reading of a name that several zones share', () => {
    assert.equal(namedZoneOffset('IST', null), 330);
    assert.equal(namedZoneOffset('IST', 60), 60);
    assert.equal(namedZoneOffset('IST', 120), 120);
    assert.equal(namedZoneOffset('CST', -300), -360);
    assert.equal(namedZoneOffset('CST', 480), 480);
    assert.equal(namedZoneOffset('BST', 360), 360);
  });

  it('should know no offset for a name outside the table', () => {
    assert.equal(namedZoneOffset('XYZ', 0), null);
  });
});
