import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identifiesVictim, looksBack } from './looks-back.js';

describe('looksBack', () => {
  it('should see a report that points back to a crime against people', () => {
    assert.equal(looksBack('', 'Prosecutors on Tuesday named a suspect over the stabbing that left a ferry worker dead by the river.'), 'crime');
    assert.equal(looksBack('', 'Deputies detained a 20-year-old in connection with the fatal stabbing of a dock worker.'), 'crime');
    assert.equal(looksBack('', 'City police thanked a bus driver whose call led to a man charged with killing a cyclist.'), 'crime');
  });

  it('should see a report that points back only in time', () => {
    assert.equal(looksBack('Arrest made in last month’s Elm Park shooting', ''), 'time');
    assert.equal(looksBack('', 'Three weeks after her son was wounded near the library, a mother pleaded for witnesses.'), 'time');
    // An attack on a clinic's computers is no crime against people.
    assert.equal(looksBack('', 'The minister said the measures answered the attack that shut the clinic earlier this month.'), 'time');
  });

  it('should see a headline whose news is who the victim of a shooting was', () => {
    assert.equal(identifiesVictim('Victim of Ridge Road shooting identified by sheriff', 'The sheriff named the man in a release on Thursday.'), true);
    assert.equal(identifiesVictim('Teen killed in weekend shooting identified', ''), true);
    assert.equal(identifiesVictim('Police identify victim of Pine Street shooting', ''), true);
    // It is a headline's news, not a look back in the lead's words.
    assert.equal(looksBack('Victim of Ridge Road shooting identified by sheriff', 'The victim was named in a news release Friday.'), null);
  });

  it('should not see it in a headline that says the victim is still unknown or asks help to name him', () => {
    assert.equal(identifiesVictim('Man shot dead on Pine Street; victim has not been identified', ''), false);
    assert.equal(identifiesVictim('Victim not yet identified after deadly shooting near river park', ''), false);
    assert.equal(identifiesVictim('Woman found shot in car; detectives working to identify victim', ''), false);
    assert.equal(identifiesVictim('Sheriff asks public to help identify victim of Saturday shooting', ''), false);
  });

  it('should not see it where the lead dates the crime itself, which may be a new one', () => {
    assert.equal(identifiesVictim('Police identify victim of weekend shooting', 'Police on Monday named the man fatally shot Saturday night behind a laundromat as Tobin Greer, 27.'), false);
  });

  it('should not see it in the victims of a crash named', () => {
    assert.equal(identifiesVictim('Victims of Route 9 crash identified', ''), false);
  });

  it("should not take a first report's naming of its victim in the lead for a look back", () => {
    assert.equal(looksBack('Man shot dead on Pine Street', 'A man was shot dead on Pine Street on Sunday night. Police identified the victim as Carl Dorsey, 33.'), null);
  });

  it('should not see it in a report of a new incident on a day of its own', () => {
    assert.equal(looksBack('Teen shot dead outside corner shop', 'Gunfire killed a teenager Sunday evening outside a corner shop on Main Street, and two men ran off.'), null);
  });
});

describe('looksBack with a possessive before the crime', () => {
  it('should see a crime named after a possessive as one pointed back to', () => {
    assert.equal(looksBack('Man held over retiree death', "A 31-year-old man was arrested on Tuesday in connection with a retiree's death at a bungalow on Birch Lane."), 'crime');
    assert.equal(looksBack('Two charged', "Two brothers were charged in the shopkeeper's killing, prosecutors said."), 'crime');
  });
});
