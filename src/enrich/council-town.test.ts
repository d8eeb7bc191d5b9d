import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesAUsCounty, townOfCouncil } from './council-town.js';

describe('townOfCouncil', () => {
  it("should give the town a council's name is made of, marking the kinds that name a wider area", () => {
    assert.deepEqual(townOfCouncil('Odense Municipality'), { town: 'Odense', wider: false });
    assert.deepEqual(townOfCouncil('Uppsala Kommun'), { town: 'Uppsala', wider: false });
    assert.deepEqual(townOfCouncil('Stockholm County'), { town: 'Stockholm', wider: true });
    assert.equal(townOfCouncil('Odense'), null);
    assert.equal(townOfCouncil('the municipality'), null);
  });

  it('should know a county of the US by its name or by the state written after it', () => {
    // Bath, York and Lancaster are English towns, and US counties too: "BATH COUNTY, Ky" is in Kentucky.
    assert.equal(namesAUsCounty('BATH', ', Ky (LEX 18) - Deputies said a hunter'), true);
    assert.equal(namesAUsCounty('York', ''), true);
    assert.equal(namesAUsCounty('Lancaster', ' sheriff'), true);
    // A county name the table lacks, with a state after it.
    assert.equal(namesAUsCounty('Quillmoor', ', Tenn., officials said'), true);
    assert.equal(namesAUsCounty('Stockholm', ' said on Monday'), false);
    assert.equal(namesAUsCounty('Tartu', ', Estonia'), false);
  });
});
