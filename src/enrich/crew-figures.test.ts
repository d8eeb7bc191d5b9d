import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crewFigures } from './crew-figures.js';

describe('crewFigures', () => {
  it('should count crew taken hostage, held captive or kidnapped, in figures or words', () => {
    assert.deepEqual(crewFigures('Seventeen crew members were taken hostage, the company said.'), { held: 17, missing: null });
    assert.deepEqual(crewFigures('Pirates hijacked the ship on Monday, holding 18 sailors hostage, a naval force said.'), { held: 18, missing: null });
    assert.deepEqual(crewFigures('The gunmen kidnapped three seafarers and left the rest aboard.'), { held: 3, missing: null });
    assert.deepEqual(crewFigures('The twenty-two Filipino crew members are being held captive near Eyl.'), { held: 22, missing: null });
  });

  it('should count crew missing or unaccounted for', () => {
    assert.deepEqual(crewFigures('Two sailors are missing after jumping overboard during the boarding.'), { held: null, missing: 2 });
    assert.deepEqual(crewFigures('Coast guards searched on Tuesday for three missing crew members.'), { held: null, missing: 3 });
    assert.deepEqual(crewFigures('Four of the crew remain unaccounted for.'), { held: null, missing: 4 });
  });

  it('should count neither the safe, the freed nor the found, nor a count of another time', () => {
    for (const text of [
      'All 23 crew members are safe, the operator said.',
      'No crew were taken hostage.',
      'Two sailors who were missing were found alive on a raft on Wednesday.',
      'In 2011, pirates held 22 sailors hostage for ten months.',
      'The 17 crew members were released on Friday after a ransom was paid.',
      'The company said it was holding 18 meetings with insurers.',
      'Two passengers are missing after the ferry capsized.',
    ]) assert.deepEqual(crewFigures(text), { held: null, missing: null }, text);
  });
});
