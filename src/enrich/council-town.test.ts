import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { townOfCouncil } from './council-town.js';

describe('townOfCouncil', () => {
  it("should give the town a council's name is made of, marking the kinds that name a wider area", () => {
    assert.deepEqual(townOfCouncil('Odense Municipality'), { town: 'Odense', wider: false });
    assert.deepEqual(townOfCouncil('Uppsala Kommun'), { town: 'Uppsala', wider: false });
    assert.deepEqual(townOfCouncil('Stockholm County'), { town: 'Stockholm', wider: true });
    assert.equal(townOfCouncil('Odense'), null);
    assert.equal(townOfCouncil('the municipality'), null);
  });
});
