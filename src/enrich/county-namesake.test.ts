import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityIn } from './gazetteer/cities.js';
import { fromCity } from './gazetteer/places.js';
import { namesakeInNamedCounty } from './county-namesake.js';
import { countiesNamed } from './untagged-town.js';

const inState = (name: string, state: string) => fromCity(cityIn(name, { countries: new Set(['US']), admin1: new Set([`US-${state}`]) }, true)!);

describe('namesakeInNamedCounty', () => {
  it("should move a town to its namesake near the seat of a county the text names", () => {
    const found = namesakeInNamedCounty(inState('Dallas', 'TX'), countiesNamed('Deputies went to a home outside Dallas. The Paulding County Sheriff’s Office is investigating.'));
    assert.deepEqual([found?.name, found?.admin1], ['Dallas', 'GA']);
  });

  it('should leave a town near a named county seat, and one with no namesake near any', () => {
    assert.equal(namesakeInNamedCounty(inState('Dallas', 'TX'), countiesNamed('Dallas County deputies said a man was shot.')), null);
    assert.equal(namesakeInNamedCounty(inState('Dallas', 'TX'), countiesNamed('The man had been held in Cook County before.')), null);
    assert.equal(namesakeInNamedCounty(inState('Dallas', 'TX'), []), null);
  });
});
