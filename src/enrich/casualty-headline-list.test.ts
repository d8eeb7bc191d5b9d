import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOneAndCount } from './casualty-headline-list.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('a headline listing one person and a count of others', () => {
  it('should count the one and the others', () => {
    assert.deepEqual(headlineOneAndCount('Woman, 2 boys shot outside corner store.\n\nThe story.'), { kind: 'shot', people: 3 });
    assert.deepEqual(headlineOneAndCount('Police: Teen Girl, Three Men Wounded In Drive-By.\n\nThe story.'), { kind: 'injured', people: 4 });
    assert.deepEqual(headlineOneAndCount('Drive-by leaves boy, 4 adults injured.\n\nThe story.'), { kind: 'injured', people: 5 });
    assert.deepEqual(headlineOneAndCount('8-Year-Old Boy Hurt, 2 Women Also Wounded In Shooting.\n\nThe story.'), { kind: 'injured', people: 3 });
  });

  it('should not read a headline with a death, a body line, or a count alone', () => {
    assert.equal(headlineOneAndCount('Man, 2 women shot; one dies.\n\nThe story.'), null);
    assert.equal(headlineOneAndCount('Vigil held.\n\nWoman, 2 boys shot outside corner store.'), null);
    assert.equal(headlineOneAndCount('3 men shot outside corner store.\n\nThe story.'), null);
  });

  it('should read the headline figure where the story gives none', () => {
    assert.deepEqual(read('Girl, 2 Men Shot At Block Party.\n\nGunfire broke out at a block party on Elm Street late Saturday, police said.'), [null, 3]);
  });
});
