import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hullSetsApart, hullsApart, leadHull, namedHull } from './hulls.js';

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
