import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedAsReacting } from './reacting-body.js';

function reacting(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return namedAsReacting(text, start, start + name.length, name);
}

describe('namedAsReacting', () => {
  it('should read each body of a list that condemned or called for something as only reacting', () => {
    const text = 'Missiles hit a depot in Odessa on Friday. The Dutch Foreign Ministry and the Polish Foreign Office condemned the attack, while the Indian Foreign Ministry called for calm.';
    assert.deepEqual(['Dutch Foreign Ministry', 'Polish Foreign Office', 'Indian Foreign Ministry'].map((n) => reacting(text, n)), [true, true, true]);
  });

  it('should read a mission abroad that only speaks as reacting, and not one that was struck', () => {
    const text = 'The Canadian Embassy in Lima advised its citizens to stay indoors, and the Irish High Commission said it was monitoring events.';
    assert.deepEqual([reacting(text, 'Canadian Embassy'), reacting(text, 'Irish High Commission')], [true, true]);
    assert.equal(reacting('A grenade went off outside the Canadian Embassy in Lima, wounding two guards.', 'Canadian Embassy'), false);
  });

  it('should not read a body that acted, claimed the act or was its target as reacting', () => {
    assert.equal(reacting("Moldova's Security Service claimed the sabotage on Sunday.", 'Security Service'), false);
    assert.equal(reacting('The Maltese Navy said it had boarded the trawler.', 'Maltese Navy'), false);
    assert.equal(reacting('Rockets struck the Interior Ministry, and the Spanish Foreign Office condemned the attack.', 'Interior Ministry'), false);
  });

  it('should not read a body that goes on to act in its sentence as reacting (review75 fault 1)', () => {
    const text = 'The Maltese Coast Guard called on a Tunisian trawler to turn back from the reef on Monday and then fired a water cannon at its bridge.';
    assert.equal(reacting(text, 'Maltese Coast Guard'), false);
    assert.equal(reacting('The Latvian Foreign Ministry condemned the overflight and expelled the Belarusian attache.', 'Latvian Foreign Ministry'), false);
  });

  it('should keep reading a body whose "and" joins the act it reacts to, or its condolences, as reacting', () => {
    assert.equal(reacting('The Latvian Foreign Ministry condemned the shelling that killed two and injured nine.', 'Latvian Foreign Ministry'), true);
    assert.equal(reacting('The Latvian Foreign Ministry condemned the shelling and sent its condolences.', 'Latvian Foreign Ministry'), true);
  });

  it('should not read a mission that says it, or its staff, was struck, or a body reacting to its own loss, as reacting', () => {
    assert.equal(reacting('The Danish Embassy in Bamako said it had been hit by mortar fire overnight.', 'Danish Embassy'), false);
    assert.equal(reacting('The Danish Embassy in Bamako said three of its local staff were wounded.', 'Danish Embassy'), false);
    assert.equal(reacting('The Latvian Navy called for restraint after its patrol boat was rammed by a trawler.', 'Latvian Navy'), false);
    assert.equal(reacting('The Danish Embassy in Bamako said it was monitoring the situation.', 'Danish Embassy'), true);
  });
});
