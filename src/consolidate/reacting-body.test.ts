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
});
