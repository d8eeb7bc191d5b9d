import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesOnePerson } from './name-subset.js';

describe('namesOnePerson', () => {
  it('should find one person named with and without a middle name, an initial or a suffix', () => {
    assert.equal(namesOnePerson(['l:elm street', 'p:okafor ruben'], ['p:ellis okafor ruben']), true);
    assert.equal(namesOnePerson(['p:j. okafor ruben'], ['p:okafor ruben', 'p:dana']), true);
    assert.equal(namesOnePerson(['p:jr. okafor ruben'], ['p:okafor ruben']), true);
  });

  it('should find no one in other people, one-word names or names told apart only by initials and suffixes', () => {
    assert.equal(namesOnePerson(['p:okafor ruben'], ['p:okafor tessa']), false);
    assert.equal(namesOnePerson(['p:ruben'], ['p:okafor ruben']), false);
    assert.equal(namesOnePerson(['p:jr. okafor'], ['p:jr. okafor ruben']), false);
    // Places and organisations are no people.
    assert.equal(namesOnePerson(['l:okafor ruben'], ['p:ellis okafor ruben']), false);
  });
});
