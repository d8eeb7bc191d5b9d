import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadWithTheKiller } from './casualty-suicide.js';
import { findCasualties } from './casualties.js';

describe("a killer's own death told with the killing", () => {
  it('should count the killer beside those he killed', () => {
    assert.equal(deadWithTheKiller('Police said the man killed his wife and then himself.'), 2);
    assert.equal(deadWithTheKiller('She fatally shot her husband before turning the rifle on herself.'), 2);
    assert.equal(deadWithTheKiller('The father shot and killed his three daughters before taking his own life.'), 4);
    assert.equal(deadWithTheKiller('Deputies say he killed his wife and their two sons, 8 and 11, then himself.'), 4);
    assert.equal(deadWithTheKiller('Investigators called the deaths of the couple a murder-suicide.'), 2);
  });

  it('should count the killer alone where the one he shot is not told dead', () => {
    assert.equal(deadWithTheKiller('A man shot and wounded his neighbor and then took his own life.'), 1);
    assert.equal(deadWithTheKiller('He killed his former wife, shot her daughter before committing suicide.'), 2);
 
  });

  it('should count the one he shot among the dead where the text tells of that death apart', () => {
    assert.equal(deadWithTheKiller('The gunman shot his neighbour, then fatally turned the weapon on himself. The woman died later that night.'), 2);
    assert.equal(deadWithTheKiller('He shot his wife before killing himself. She is in critical condition.'), 1);
  });

  it('should not count a self-inflicted death no killing came before, nor one the shooter survived', () => {
    assert.equal(deadWithTheKiller('A 5-year-old girl fatally shot herself with a revolver left in a drawer.'), null);
    assert.equal(deadWithTheKiller('The farmer, alone in his barn, succumbed to a self-inflicted gunshot wound.'), null);
    assert.equal(deadWithTheKiller('He shot his cousin, then turned the shotgun on himself; police called it an attempted suicide.'), null);
    assert.equal(deadWithTheKiller('The man shot his girlfriend before shooting himself; both survived.'), null);
  });

  it('should add the killer to a death told of one person, not to a count', () => {
    assert.deepEqual(findCasualties('A man fatally shot his wife before turning the pistol on himself, deputies said.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('Two people are dead in what investigators believe was a murder-suicide.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('A 9-year-old accidentally shot and killed himself on Saturday afternoon.'), { killed: 1, injured: null });
  });
});
