import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearNotCount } from './casualty-year.js';

/** yearNotCount for the first place `number` is written in `text`. */
const year = (text: string, number: string): boolean => yearNotCount(text, text.indexOf(number), number);

describe('yearNotCount', () => {
  it('should take a round thousand after a verb of killing or before people or the dead as a count, and one in a date as a year', () => {
    assert.equal(year('The landslide killed 2000 villagers in the valley.', '2000'), false);
    assert.equal(year('A cyclone that killed at least 1900 along the coast', '1900'), false);
    assert.equal(year('Officials said 2000 people died in the floods.', '2000'), false);
    assert.equal(year('A ferry fire in 2000 killed 300 passengers.', '2000'), true);
    assert.equal(year('He was wounded in the 2016 attack.', '2016'), true);
    assert.equal(year('Relatives of the 2019 dead gathered at the pier.', '2019'), true);
    assert.equal(year('A toll of 2,000 was given.', '2,000'), false);
  });

  it('should take a round thousand that is a toll\'s subject or its second count as a count, and a dated one as a year', () => {
    assert.equal(year('At least 2000 were killed when the dam burst.', '2000'), false);
    assert.equal(year('The blast left 1,400 dead and 2000 injured.', '2000'), false);
    assert.equal(year('The mine has been shut since 2000 and 40 were hurt then.', '2000'), true);
    assert.equal(year('A quake in 2000 injured 40 people.', '2000'), true);
    assert.equal(year('The storms of 2000 injured dozens of fishermen.', '2000'), true);
  });
});
