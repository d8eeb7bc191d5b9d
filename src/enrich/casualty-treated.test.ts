import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { treatedAndReleased } from './casualty-treated.js';
import { findCasualties } from './casualties.js';

describe('treatedAndReleased', () => {
  it('should find one person let go after treatment', () => {
    assert.equal(treatedAndReleased('The driver was treated at County General Hospital and released on Sunday.'), true);
    assert.equal(treatedAndReleased('She was treated and released.'), true);
  });

  it('should not find a denial nor several people', () => {
    assert.equal(treatedAndReleased('Nobody was treated and released on site.'), false);
    assert.equal(treatedAndReleased('Three others were treated and released.'), false);
  });

  it('should count the one released beside a death as one wounded', () => {
    assert.deepEqual(findCasualties('A shotgun fired as a farmer unloaded it. The pellets tore through his palm and hit his son. The boy died in surgery.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A shotgun fired as a farmer unloaded it. The pellets tore through his palm and hit his son. The boy died in surgery. The farmer was treated and released.'), { killed: 1, injured: 1 });
  });
});
