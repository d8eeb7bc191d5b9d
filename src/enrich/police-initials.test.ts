import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityOfForceInitials } from './police-initials.js';

describe('cityOfForceInitials', () => {
  it("should read a known force's initials as its city, whether or not the page names it", () => {
    assert.equal(cityOfForceInitials('IMPD', 'A boy was hurt Friday on the north side, police said.'), 'Indianapolis');
    assert.equal(cityOfForceInitials('LVMPD', 'LVMPD detectives said in a statement that the gun went off.'), 'Las Vegas');
    assert.equal(cityOfForceInitials('NOPD', ''), 'New Orleans');
  });

  it('should spell out other initials by a city of as many words the page names, "M" read as Metropolitan', () => {
    assert.equal(cityOfForceInitials('BRPD', 'Teen shot in north side home - Channel 9 News Baton Rouge, Louisiana'), 'Baton Rouge');
    assert.equal(cityOfForceInitials('GJPD', 'Officers of the department patrol Grand Junction and its schools.'), 'Grand Junction');
    assert.equal(cityOfForceInitials('GJMPD', 'A car was stolen in Grand Junction overnight.'), 'Grand Junction');
  });

  it('should leave initials no city the page names spells out, and one letter alone', () => {
    assert.equal(cityOfForceInitials('RRPD', 'The chief urged parents to lock up their guns.'), null);
    // "SAPD" is San Antonio's and San Angelo's: only the page's city tells.
    assert.equal(cityOfForceInitials('SAPD', 'An ambulance took the boy to a hospital.'), null);
    assert.equal(cityOfForceInitials('SAPD', 'A child was shot in San Angelo on Sunday.'), 'San Angelo');
    assert.equal(cityOfForceInitials('HPD', 'A man was shot Friday in Houston.'), null);
    // New York City's force names no borough, which records name: the text's borough or neighbourhood does.
    assert.equal(cityOfForceInitials('NYPD', 'Three men were shot in Bushwick, New York police said.'), null);
    // Capitalised words that are no city's name.
    assert.equal(cityOfForceInitials('BRPD', 'Big Red Pizza was robbed on Friday.'), null);
  });
});
