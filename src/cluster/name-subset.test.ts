import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesOnePerson, withoutGeneration } from './name-subset.js';

describe('namesOnePerson', () => {
  it('should find one person named with and without a middle name, an initial or a suffix', () => {
    assert.equal(namesOnePerson(['l:elm street', 'p:okafor ruben'], ['p:ellis okafor ruben']), true);
    assert.equal(namesOnePerson(['p:j. okafor ruben'], ['p:okafor ruben', 'p:dana']), true);
    assert.equal(namesOnePerson(['p:jr. okafor ruben'], ['p:okafor ruben']), true);
  });

  it('should read a suffix with or without its full stop, or spelled out, as one word', () => {
    assert.equal(namesOnePerson(['p:dale whitfield', 'p:dale jr. whitfield'], ['p:dale jr whitfield']), true);
    assert.equal(namesOnePerson(['p:dale sr whitfield', 'p:dale whitfield'], ['p:dale senior whitfield']), true);
    assert.equal(namesOnePerson(['p:dale jr whitfield'], ['p:dale sr. whitfield']), false);
  });

  it('should find no one in other people, one-word names or names told apart only by initials and suffixes', () => {
    assert.equal(namesOnePerson(['p:okafor ruben'], ['p:okafor tessa']), false);
    assert.equal(namesOnePerson(['p:ruben'], ['p:okafor ruben']), false);
    assert.equal(namesOnePerson(['p:jr. okafor'], ['p:jr. okafor ruben']), false);
    // Places and organisations are no people.
    assert.equal(namesOnePerson(['l:okafor ruben'], ['p:ellis okafor ruben']), false);
  });

  it('should tell a father from his son where one side names both, and join the two forms where nothing says otherwise', () => {
    // One report names "Dale Whitfield" and "Dale Whitfield Jr.": the bare name is the father, so a
    // report naming only "Dale Whitfield Jr." shares the son, not the father written short.
    assert.equal(namesOnePerson(['p:dale whitfield', 'p:dale jr. whitfield'], ['p:dale jr. whitfield']), true);
    assert.equal(namesOnePerson(['p:dale whitfield', 'p:dale jr. whitfield', 'p:ann price'], ['p:dale r. jr. whitfield']), true);
    assert.equal(namesOnePerson(['p:dale whitfield', 'p:dale jr. whitfield'], ['p:dale r. whitfield']), true);
    assert.equal(namesOnePerson(['p:dale sr. whitfield', 'p:dale whitfield'], ['p:dale iii whitfield']), false);
    assert.equal(namesOnePerson(['p:dale iii whitfield'], ['p:dale whitfield', 'p:dale ii whitfield']), false);
    // The bare name beside "Jr." is the father, whom another report calls "Sr.", and the other way round.
    assert.equal(namesOnePerson(['p:dale whitfield', 'p:dale jr. whitfield'], ['p:dale sr. whitfield']), true);
    assert.equal(namesOnePerson(['p:dale sr. whitfield'], ['p:dale whitfield', 'p:dale jr. whitfield']), true);
    assert.equal(namesOnePerson(['p:dale sr. whitfield', 'p:dale whitfield'], ['p:dale jr. whitfield']), true);
    // Neither side names both: one man, with and without his suffix.
    assert.equal(namesOnePerson(['p:dale whitfield'], ['p:dale jr. whitfield']), true);
  });
});

describe('withoutGeneration', () => {
  it("should give a name's words without its suffix, and nothing for a name without one or a surname alone", () => {
    assert.deepEqual(withoutGeneration(['corwin', 'jr.', 'tallis']), ['corwin', 'tallis']);
    assert.deepEqual(withoutGeneration(['ellery', 'ii', 'lysander', 'quarrington']), ['ellery', 'lysander', 'quarrington']);
    assert.equal(withoutGeneration(['corwin', 'tallis']), null);
    assert.equal(withoutGeneration(['jr.', 'tallis']), null);
  });
});
