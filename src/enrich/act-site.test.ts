import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteOfAct } from './act-site.js';

const site = (lead: string, country: string | null = null) => {
  const found = siteOfAct(lead, 0, country);
  return found ? [found.name, found.country, found.lat === null] : null;
};

describe('siteOfAct', () => {
  it('should read the named border post a country closed or reopened as the site, without a point where the gazetteer lacks it', () => {
    assert.deepEqual(site('Lesotho on Monday closed its Qobong border post with South Africa to buses for a week, the minister said.'), ['Qobong', 'LS', true]);
    assert.deepEqual(site('The government reopened the border crossing at Qobong after nine days, officials said.', 'LS'), ['Qobong', 'LS', true]);
  });

  it('should read a site named before the act of closing that stranded people there', () => {
    assert.deepEqual(site('Dozens of buses were stuck at Qobong on Friday after Lesotho shut the border to passengers.'), ['Qobong', 'LS', true]);
  });

  it('should give the point of a town the gazetteer holds in the country that acted', () => {
    assert.deepEqual(site('Zimbabwe on Tuesday closed its Beitbridge border post to travellers for ten days.'), ['Beitbridge', 'ZW', false]);
  });

  it('should pass over a people, a weekday, or a closure of anything but a border', () => {
    assert.equal(site('Lesotho closed its South African border post on Monday.'), null);
    assert.equal(site('Police closed the Main Street bridge after the crash.'), null);
    assert.equal(site('Officials said the crossing stayed open.'), null);
  });
});
