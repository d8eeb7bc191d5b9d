import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findThreatActors } from './threat-actors.js';
import { foldActorName } from './threat-actor-aliases.js';

/** Each name the text writes an actor by, with the actor it is read as, once. */
function names(text: string): string[] {
  return [...new Set(findThreatActors(text).map((a) => `${a.name} = ${a.canonical}`))];
}

describe('withStatedAliases (through findThreatActors)', () => {
  it('should read the other names a report gives right after the name', () => {
    assert.deepEqual(names('The Brinehold ransomware gang hit the port. Brinehold, also known as Salt Heron, posted the files. Salt Heron has struck before.'), ['Brinehold = Brinehold', 'Salt Heron = Brinehold']);
    assert.deepEqual(names('A ransomware group calling itself Grey Finch hit the council. Grey Finch, also written GreyFinch, set a deadline.'), ['Grey Finch = Grey Finch', 'GreyFinch = Grey Finch']);
    assert.deepEqual(names('The Brinehold ransomware gang hit the port. Brinehold, which some researchers spell Brine Hold, set a deadline.'), ['Brinehold = Brinehold', 'Brine Hold = Brinehold']);
  });

  it('should read "the group is also known as" after the one actor named, with the names listed after it', () => {
    assert.deepEqual(names('Agencies warned on Thursday about the Brinehold ransomware gang. The advisory says the group is also known as Salt Heron and is tracked by some companies as UNC9021.'), ['Brinehold = Brinehold', 'Salt Heron = Brinehold', 'UNC9021 = Brinehold']);
    assert.deepEqual(names('The advisory on the Brinehold ransomware operation names the group, which it says is also known as "Salt Heron" and "Saltheron" and which industry trackers number UNC9021.'), ['Brinehold = Brinehold', 'Salt Heron = Brinehold', 'Saltheron = Brinehold', 'UNC9021 = Brinehold']);
    assert.deepEqual(names('The Brinehold ransomware group listed the clinic. The gang, whose name is also written "BrineHold" in its notes, set a deadline.'), ['Brinehold = Brinehold', 'BrineHold = Brinehold']);
  });

  it("should not take a vulnerability's id, a phone call, a description or another gang's statement as an alias", () => {
    assert.deepEqual(names('The Brinehold ransomware gang got in through a flaw in the VPN, tracked as CVE-2025-11111.'), ['Brinehold = Brinehold']);
    assert.deepEqual(names('The Brinehold ransomware gang hit the port. The gang called Northfield Port Authority on Monday to demand payment.'), ['Brinehold = Brinehold']);
    assert.deepEqual(names("The Brinehold ransomware gang hit the port. Brinehold, which police called Europe's most active crew, denied it."), ['Brinehold = Brinehold']);
    // Two actors named before "the group": which one it stands for is not told.
    assert.deepEqual(names('The Brinehold ransomware gang and the Grey Finch ransomware gang both listed the port. The group is also known as Salt Heron.'), ['Brinehold = Brinehold', 'Grey Finch = Grey Finch']);
  });

  it("should take the actor's own name with other spacing or case as the actor", () => {
    assert.deepEqual(names('The Brinehold ransomware gang hit the port. Researchers at one firm write it as Brine Hold.'), ['Brinehold = Brinehold', 'Brine Hold = Brinehold']);
    assert.equal(foldActorName('Hollow Moth'), foldActorName('HollowMoth'));
  });

  it('should take no one-letter cut of a name with "&", nor "the gang" of a story the text turned to', () => {
    assert.deepEqual(names('The Brinehold ransomware gang hit the retailer. The group, known as B&Q by customers, kept its tills open. B&Q stores stayed open.'), ['Brinehold = Brinehold']);
    assert.deepEqual(names('The Brinehold ransomware gang hit the port. Separately, officers in Leeds arrested car thieves. The gang, known as Kirkgate Lads, stole vans.'), ['Brinehold = Brinehold']);
    assert.deepEqual(names('The Brinehold ransomware gang hit the port on Monday. Dock workers were sent home. Police said on Tuesday the ring was unrelated. The gang, known as Kirkgate Lads, stole vans.'), ['Brinehold = Brinehold']);
  });

  it('should still read "the group ... known as" in the next sentence after the actor', () => {
    assert.deepEqual(names('The Brinehold ransomware gang hit the port. The group, known as Salt Heron to some firms, set a deadline.'), ['Brinehold = Brinehold', 'Salt Heron = Brinehold']);
  });
});
