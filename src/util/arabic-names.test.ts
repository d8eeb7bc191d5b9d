import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicNameKey, joinedAbd } from './arabic-names.js';

describe('arabicNameKey', () => {
  it('should fold the spellings of one name to one key', () => {
    assert.deepEqual(['omar', 'omer', 'umar'].map(arabicNameKey), ['omar', 'omar', 'omar']);
    assert.deepEqual(['mohammed', 'muhammad', 'mohamed'].map(arabicNameKey), ['muhammad', 'muhammad', 'muhammad']);
    assert.deepEqual(['hussein', 'hussain', 'husayn', 'hossein'].map(arabicNameKey), ['husayn', 'husayn', 'husayn', 'husayn']);
    assert.equal(arabicNameKey('rezaei'), arabicNameKey('rezai'));
  });

  it('should keep two names apart however alike', () => {
    assert.notEqual(arabicNameKey('salah'), arabicNameKey('saleh'));
    assert.equal(arabicNameKey('farooq'), 'farooq');
  });
});

describe('joinedAbd', () => {
  it('should write "Abd al-" as one word, as "Abdul" is', () => {
    assert.deepEqual(joinedAbd(['abd', 'al', 'rahman', 'saleh']), ['abdal', 'rahman', 'saleh']);
    assert.equal(arabicNameKey('abdal'), arabicNameKey('abdul'));
    assert.deepEqual(joinedAbd(['abdel', 'rahman']), ['abdel', 'rahman']);
  });
});
