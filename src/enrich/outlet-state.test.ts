import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityIn } from './gazetteer/cities.js';
import { fromCity } from './gazetteer/places.js';
import { homeState, namesakeInState, remoteFromHome } from './outlet-state.js';

const inState = (name: string, state: string) => fromCity(cityIn(name, { countries: new Set(['US']), admin1: new Set([`US-${state}`]) }, true)!);

describe('homeState', () => {
  it("should give a US outlet's state and nothing for one abroad or unknown", () => {
    assert.equal(homeState({ country: 'US', admin1: 'TN' }), 'TN');
    assert.equal(homeState({ country: 'GB', admin1: 'ENG' }), null);
    assert.equal(homeState(null), null);
  });
});

describe('namesakeInState', () => {
  it("should read a town of a name several states have in the outlet's state", () => {
    const found = namesakeInState(inState('Germantown', 'MD'), 'TN');
    assert.equal(found?.admin1, 'TN');
    assert.equal(found?.name, 'Germantown');
  });

  it("should read a town abroad in the outlet's state where the text names none of its country", () => {
    const england = fromCity(cityIn('Dorchester', { countries: new Set(['GB']), admin1: new Set() }, true)!);
    assert.equal(england.country, 'GB');
    const found = namesakeInState(england, 'MA');
    assert.equal(found?.country, 'US');
    assert.equal(found?.admin1, 'MA');
    assert.equal(namesakeInState(england, 'MA', new Set(['GB'])), null);
  });

  it("should leave a town already in the outlet's state, one with no namesake there, and a large city", () => {
    assert.equal(namesakeInState(inState('Germantown', 'TN'), 'TN'), null);
    assert.equal(namesakeInState(inState('Eastlake', 'OH'), 'FL'), null);
    assert.equal(namesakeInState(inState('Memphis', 'TN'), 'FL'), null);
  });
});

describe('remoteFromHome', () => {
  const tampa = { admin1: 'FL', lat: 27.95, lon: -82.46 };

  it("should call a town far off and out of the outlet's state remote", () => {
    assert.equal(remoteFromHome(inState('Eastlake', 'OH'), tampa), true);
  });

  it("should not call remote a town of the outlet's state, one near it across a state line, or one without a point", () => {
    assert.equal(remoteFromHome(inState('Pensacola', 'FL'), tampa), false);
    assert.equal(remoteFromHome(inState('Bainbridge', 'GA'), { admin1: 'FL', lat: 30.44, lon: -84.28 }), false);
    assert.equal(remoteFromHome({ name: 'Galvez', kind: 'city', country: 'US', lat: null, lon: null, capital: false }, tampa), false);
  });
});
