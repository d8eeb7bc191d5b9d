import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentAtSea, seaScene, whoseWaters } from './at-sea.js';

describe('incidentAtSea', () => {
  it('should read a lead with a vessel and open water as an incident at sea', () => {
    assert.ok(incidentAtSea('A coast guard cutter fired on a fishing boat in contested waters on Friday, the navy said.'));
    assert.ok(incidentAtSea('A ferry capsized off Pulau Tengah before dawn with 40 people aboard.'));
  });

  it('should not read a lead on land, or one with water but no vessel, as at sea', () => {
    assert.ok(!incidentAtSea('A man was shot on a boat ramp parking lot in Pinebrook on Friday, police said.'));
    assert.ok(!incidentAtSea('Floodwaters rose in Pinebrook on Friday, officials said.'));
  });
});

describe('seaScene and whoseWaters', () => {
  it('should name the place the water is told off, else the sea the lead names', () => {
    const off = 'A gunboat rammed a trawler off the island of Pulau Tengah on Friday.';
    assert.deepEqual(seaScene(off, 0, off.length), { text: 'Pulau Tengah', start: off.indexOf('Pulau') });
    const sea = 'A tanker and a freighter collided in the Sea of Marmara overnight.';
    assert.equal(seaScene(sea, 0, sea.length)?.text, 'Sea of Marmara');
    assert.equal(seaScene('The ship docked at noon.', 0, 24), null);
  });

  it('should read whose waters only where the text gives a country or its people before "waters"', () => {
    assert.equal(whoseWaters('The boat was seized well inside Malaysian waters.'), 'MY');
    assert.equal(whoseWaters('The boat was seized in waters both states claim.'), null);
  });
});

describe('whoseWaters inside a quotation', () => {
  it("should not take one side's quoted words as whose waters they are", () => {
    assert.equal(whoseWaters('"They fired on our boat in Malaysian waters," the minister said. Both states claim the area.'), null);
    assert.equal(whoseWaters('"We regret it," the minister said of the boat seized in Malaysian waters.'), 'MY');
  });
});

describe('seaScene after a day', () => {
  it('should pass over a weekday after "off" and take the place the water is told off', () => {
    const lead = 'The trawler set off Monday and was rammed off Pulau Tengah by a gunboat.';
    assert.equal(seaScene(lead, 0, lead.length)?.text, 'Pulau Tengah');
  });
});

describe('incidentAtSea: a vessel and water are no incident without one (review68)', () => {
  it('should not take a ship held in port, a flood with rescue boats or a boat stolen off a road for an incident at sea', () => {
    assert.equal(incidentAtSea('TAMPA - A cruise liner with 2,400 passengers stayed in port on Friday after an illness spread on board, days before it was due to sail the Gulf of Mexico.'), false);
    assert.equal(incidentAtSea('Floodwaters cut off Riverton on Monday and rescue boats ferried families from rooftops as the waters kept rising.'), false);
    assert.equal(seaScene('A fishing boat was taken off Harbor Road in Bayport overnight.', 0, 70), null);
  });

  it('should still read a vessel rammed or capsized off a named island as an incident at sea', () => {
    assert.equal(incidentAtSea('A patrol boat rammed a fishing trawler off Koh Rong on Sunday, the navy said.'), true);
    assert.equal(incidentAtSea('A ferry capsized in rough waters off the coast on Tuesday with 80 people aboard.'), true);
  });
});

describe('attacks on merchant ships (ships71b)', () => {
  it('should read a drone or missile striking a ship at sea as an incident, and a bearing from an island as its scene', () => {
    assert.ok(incidentAtSea('A drone struck the oil tanker Velvet Crane in the Red Sea on Sunday.'));
    assert.ok(incidentAtSea('The tanker was hit by a missile 40 nautical miles off Hodeidah.'));
    const lead = 'The Sea Lark was last tracked 80 nautical miles east of Socotra before pirates boarded her.';
    assert.deepEqual(seaScene(lead, 0, lead.length), { text: 'Socotra', start: lead.indexOf('Socotra') });
  });

  it('should not read a ship whose name opens with "The Sea" as a named sea, nor a drone over land as at sea', () => {
    const lead = 'The Sea Lark was boarded at sea on Monday, officials said.';
    assert.equal(seaScene(lead, 0, lead.length), null);
    const red = 'The Red Sea Lark was boarded on Monday in the Red Sea.';
    assert.equal(seaScene(red, 0, red.length)?.text, 'Red Sea');
    assert.ok(!incidentAtSea('A drone struck a fuel depot near the port on Sunday, the army said.'));
  });
});

describe('a bulk carrier is a vessel, an airline carrier is not', () => {
  it('should read a bulk carrier fired on off an island as at sea, and not an airline', () => {
    assert.ok(incidentAtSea('Gunmen fired on the bulk carrier Amber Tern off Socotra on Tuesday.'));
    assert.ok(!incidentAtSea('The carrier said a jet was attacked by hackers, its offshore unit said.'));
  });
});
