import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksBack } from './looks-back.js';

describe('looksBack', () => {
  it('should see a report that points back to a crime against people', () => {
    assert.equal(looksBack('', 'Police on Tuesday charged a man in the shooting that killed a 17-year-old near the river.'), 'crime');
    assert.equal(looksBack('', 'A 20-year-old was taken into custody in connection with the death of a teenager.'), 'crime');
    assert.equal(looksBack('', 'City police thanked a bus driver whose call led to a man charged with killing a cyclist.'), 'crime');
  });

  it('should see a report that points back only in time', () => {
    assert.equal(looksBack('Arrest made in last month’s Elm Park shooting', ''), 'time');
    assert.equal(looksBack('', 'Three weeks after a 17-year-old was shot near the library, his mother asked for witnesses.'), 'time');
    // An attack on a clinic's computers is no crime against people.
    assert.equal(looksBack('', 'The minister said the measures answered the attack that shut the clinic earlier this month.'), 'time');
  });

  it('should see a headline whose news is who the victim of a shooting was', () => {
    assert.equal(looksBack("Victim in Marlow County shooting identified by sheriff's office", 'The victim was named in a news release Friday.'), 'crime');
    assert.equal(looksBack('Teen killed in weekend shooting identified', ''), 'crime');
    assert.equal(looksBack('Police identify victim of Pine Street shooting', ''), 'crime');
  });

  it("should not take a first report's naming of its victim in the lead for a look back", () => {
    assert.equal(looksBack('Man shot dead on Pine Street', 'A man was shot dead on Pine Street on Sunday night. Police identified the victim as Carl Dorsey, 33.'), null);
  });

  it('should not see it in a report of a new incident on a day of its own', () => {
    assert.equal(looksBack('Teen shot dead outside corner shop', 'A 17-year-old was shot and killed Sunday evening outside a corner shop on Main Street, and two men fled on foot.'), null);
  });
});
