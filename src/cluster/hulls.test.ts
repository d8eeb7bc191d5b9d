import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hullMentions, hullSetsApart, hullsApart, leadHull, namedHull, sameHull } from './hulls.js';

describe('namedHull', () => {
  it('should read a ship named after its trade, its size class, a merchant prefix or before its IMO number', () => {
    assert.equal(namedHull('Mines damage product tanker Willow Crest near the port'), 'willow crest');
    assert.equal(namedHull('Salvors reach the capesize Ardent Lark after the fire'), 'ardent lark');
    assert.equal(namedHull('Gunmen boarded MV Tern Runner at anchor.'), 'tern runner');
    assert.equal(namedHull('The Malta-flagged Opal Finch, IMO 9345678, was hit twice.'), 'opal finch');
  });

  it('should leave a hull word followed by a day, a title or a warship', () => {
    assert.equal(namedHull('A bulk carrier Monday reported a blast off the coast.'), null);
    assert.equal(namedHull('The frigate HNLMS Veere escorted three ships.'), null);
  });
});

describe('namedHull after a clause about the ship (review71 b1)', () => {
  it('should read no country, people or clause subject after a hull word', () => {
    assert.equal(namedHull('The tanker Houthi rebels attacked last month is still anchored off Hodeidah.'), null);
    assert.equal(namedHull('A second tanker Iran seized in April remains in Bandar Abbas.'), null);
    assert.equal(namedHull('The container ship Maersk Line operates was not hit.'), null);
  });

  it('should still read a ship that is the subject of an act on something else', () => {
    assert.equal(namedHull('The tanker Selene Star hit a mine off Hodeidah.'), 'selene star');
    assert.equal(namedHull('The tanker Selene Star was attacked in April.'), 'selene star');
  });
});

describe('leadHull and hullsApart', () => {
  it("should take the headline's ship over a ship the lead names in passing", () => {
    const body = 'The tanker Opal Finch was hit on Monday, hours after the bulk carrier Willow Crest was set alight.';
    assert.equal(leadHull('Drone boat strikes tanker Opal Finch', body), 'opal finch');
    assert.equal(leadHull('Second ship hit in the strait', body), 'opal finch');
    assert.equal(leadHull('Second ship hit in the strait', 'A ship was hit near the strait on Monday.'), null);
  });

  it('should keep apart reports about two ships and say nothing where a side names none', () => {
    assert.ok(hullsApart('opal finch', ['willow crest']));
    assert.ok(!hullsApart('opal finch', ['opal finch', 'willow crest']));
    assert.ok(!hullsApart(null, ['willow crest']));
    assert.ok(!hullsApart('opal finch', []));
    assert.ok(!hullsApart('opal finch', undefined));
  });
});

describe('hullSetsApart', () => {
  it('should set apart two events about other ships and no pair where one names none', () => {
    assert.ok(hullSetsApart(['opal finch'], ['willow crest']));
    assert.ok(!hullSetsApart(['opal finch', 'willow crest'], ['willow crest']));
    assert.ok(!hullSetsApart([], ['willow crest']));
    assert.ok(!hullSetsApart(undefined, ['willow crest']));
  });
});

describe('namedHull: where a name stops', () => {
  it('should stop before a day or month written after the name, as AP style puts it', () => {
    assert.equal(leadHull('Ship attacked off Yemen', 'Rebels fired on the tanker Nerine Gale Friday near the strait, a navy spokesman said.'), 'nerine gale');
    assert.equal(namedHull('Divers reached the bulker Ashby Quay March 3 to inspect the hull.'), 'ashby quay');
  });

  it("should stop before a Title Case headline's verb or aftermath word", () => {
    assert.equal(leadHull('MT Nerine Gale Hit, Crew Safe', ''), 'nerine gale');
    assert.equal(namedHull('MT Nerine Gale Seized Off Oman'), 'nerine gale');
    assert.equal(namedHull('MV Ashby Quay Ablaze After Drone Strike'), 'ashby quay');
  });

  it('should keep a name of three words and a numbered name whole', () => {
    assert.equal(namedHull('The tanker Blue Harbour Spirit was escorted out.'), 'blue harbour spirit');
    assert.equal(namedHull('Gunmen boarded MV Tern Runner 7 at anchor.'), 'tern runner 7');
  });
});

describe('sameHull and hullsApart: one name a prefix of the other', () => {
  it('should read a name with one more trailing word as the same ship', () => {
    assert.ok(sameHull('nerine gale', 'nerine gale tuesday'));
    assert.ok(sameHull('nerine gale sunday', 'nerine gale'));
    assert.ok(!hullsApart('nerine gale tuesday', ['nerine gale']));
    assert.ok(!hullSetsApart(['nerine gale'], ['nerine gale hit']));
  });

  it('should still tell apart names that only share letters or a first word with a different second', () => {
    assert.ok(!sameHull('nerine', 'nerinegale'));
    assert.ok(!sameHull('nerine gale', 'nerine glade'));
    assert.ok(hullsApart('nerine gale', ['ashby quay']));
  });
});

describe('namedHull after a flag word', () => {
  it('should read a name right after "-flagged" as the ship', () => {
    assert.equal(namedHull('The Malta-flagged Amber Tern was 30 nautical miles off the coast when the drone fell.'), 'amber tern');
  });

  it('should read none where a hull word or a lower-case word follows the flag', () => {
    assert.equal(namedHull('A Malta-flagged vessel was hit on Friday.'), null);
    assert.equal(namedHull('Officials said Malta-flagged ships would be escorted.'), null);
    // A Title Case headline capitalises the hull word: the kind of ship, no name.
    assert.equal(namedHull('Panama-flagged Tanker Attacked Near Hodeidah'), null);
    assert.equal(namedHull('Liberian-flagged Container Ship Struck Off Aden'), null);
    assert.deepEqual(hullMentions('Greek-flagged Bulk Carrier Hit By Drone'), []);
    // A name after the flag in a Title Case headline still reads.
    assert.equal(namedHull('Malta-flagged Amber Tern Hit Off Aden'), 'amber tern');
  });

  it('should leave a merchant prefix after the flag to the prefix reading: one ship, not "MV Gibe" and "Gibe"', () => {
    assert.equal(namedHull('Pirates seized the Ethiopian-flagged MV Gibe on Monday.'), 'gibe');
    assert.deepEqual(hullMentions('Pirates seized the Ethiopian-flagged MV Gibe on Monday.').map((m) => m.name), ['Gibe']);
  });
});
