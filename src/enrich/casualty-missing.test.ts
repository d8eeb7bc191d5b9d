import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingCount } from './casualty-missing.js';

describe('missingCount', () => {
  it('should read the missing a landslide report counts', () => {
    assert.equal(missingCount('Rescuers had recovered 11 bodies by Sunday morning and 23 people were still missing, the director said.'), 23);
    assert.equal(missingCount('He said about 25 people were unaccounted for.'), 25);
    assert.equal(missingCount('Fourteen bodies have been recovered and about 30 people remain missing, officials said.'), 30);
    assert.equal(missingCount('The flood left four dead and 12 missing in the valley.'), 12);
  });

  it('should find no count in a missing person\'s story, a report\'s name or a missing thing', () => {
    assert.equal(missingCount('A man who went missing on Friday was found dead on Sunday.'), null);
    assert.equal(missingCount('Police filed a missing persons report for the 16-year-old.'), null);
    assert.equal(missingCount('Two of the 40 trucks were missing their number plates.'), null);
  });
});
