import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crewFigures } from './crew-figures.js';

describe('crewFigures', () => {
  it('should count crew taken hostage, held captive or kidnapped, in figures or words', () => {
    assert.deepEqual(crewFigures('Seventeen crew members were taken hostage when the tanker was boarded, the company said.'), { held: 17, missing: null });
    assert.deepEqual(crewFigures('Pirates hijacked the ship on Monday, holding 18 sailors hostage, a naval force said.'), { held: 18, missing: null });
    assert.deepEqual(crewFigures('The gunmen kidnapped three seafarers and left the rest aboard.'), { held: 3, missing: null });
    assert.deepEqual(crewFigures('The twenty-two Filipino crew members are being held captive on the bulk carrier near Eyl.'), { held: 22, missing: null });
  });

  it('should count crew missing or unaccounted for', () => {
    assert.deepEqual(crewFigures('Two sailors are missing after jumping overboard during the boarding.'), { held: null, missing: 2 });
    assert.deepEqual(crewFigures('Coast guards searched on Tuesday for three missing crew members of the trawler.'), { held: null, missing: 3 });
    assert.deepEqual(crewFigures('Four of the crew remain unaccounted for after the trawler sank.'), { held: null, missing: 4 });
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

  it('should count no film, television, news, camera or flight crew, nor a crew where the report names no ship (review71 d1)', () => {
    for (const text of [
      'Gunmen abducted a reporter and three television crew members near the border on Friday. Four film crew members were kidnapped in the same area.',
      'Two TV crew members were taken hostage by protesters, the ship-spotting channel said.',
      'Three CNN crew members were held hostage at a checkpoint near the harbour where the ferry docks.',
      'Six cabin crew were taken hostage when the airliner was hijacked.',
      'Five crew members were taken hostage at the studio, police said.',
    ]) assert.deepEqual(crewFigures(text), { held: null, missing: null }, text);
  });

  it('should still count a nationality\u2019s crew of a named ship', () => {
    assert.deepEqual(crewFigures('Pirates took the MV Tern Runner and kidnapped four Indian seafarers.'), { held: 4, missing: null });
  });

  it('should count crew after a lower-case word such as foreign, remaining or other (review72 fault 5)', () => {
    assert.equal(crewFigures('Pirates boarded the tanker off Nigeria on Tuesday and kidnapped six foreign crew members.').held, 6);
    assert.equal(crewFigures('The pirates are holding 19 remaining crew members hostage aboard the ship.').held, 19);
    assert.equal(crewFigures('The trawler sank on Monday; 12 other crew members were missing.').missing, 12);
  });
});

