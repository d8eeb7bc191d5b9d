import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityIn } from './cities.js';
import { stationCalls, stationHome, stationOfSiteName } from './station-city.js';

describe('stationHome', () => {
  it("should read a call sign, alone or with a band, channel or '(action) news' after it", () => {
    assert.deepEqual(stationHome('wsbtv'), { city: 'Atlanta', state: 'GA' });
    assert.deepEqual(stationHome('kait8'), { city: 'Jonesboro', state: 'AR' });
    assert.deepEqual(stationHome('wisn'), { city: 'Milwaukee', state: 'WI' });
    assert.deepEqual(stationHome('wistv'), { city: 'Columbia', state: 'SC' });
    assert.deepEqual(stationHome('wmcactionnews5'), { city: 'Memphis', state: 'TN' });
  });

  it('should not read a call sign at the start of another word', () => {
    assert.equal(stationHome('wisconsin'), null);
    assert.equal(stationHome('kingcounty'), null);
    assert.equal(stationHome('wxyzabc'), null);
  });

  it("should give every station a city the gazetteer holds in the station's state", () => {
    const missing: string[] = [];
    for (const label of stationCalls()) {
      const home = stationHome(label)!;
      if (!cityIn(home.city, { countries: new Set(['US']), admin1: new Set([`US-${home.state}`]) }, true)) missing.push(`${label}: ${home.city}, ${home.state}`);
    }
    assert.deepEqual(missing, []);
    assert.ok(stationCalls().length > 300);
  });
});

describe('stationOfSiteName', () => {
  it('should read a call sign a site name writes, with or without "-TV"', () => {
    assert.deepEqual(stationOfSiteName('FOX10 News - WALA'), { city: 'Mobile', state: 'AL' });
    assert.deepEqual(stationOfSiteName('FOX 8 WVUE New Orleans - Local Headlines'), { city: 'New Orleans', state: 'LA' });
    assert.deepEqual(stationOfSiteName('WAFF-TV: News and Weather'), { city: 'Huntsville', state: 'AL' });
  });

  it('should not read three capitals alone, a call sign inside a word, or a name with no call sign', () => {
    assert.equal(stationOfSiteName('WHO | World Health Organization'), null);
    assert.equal(stationOfSiteName('WALAbout Town Magazine'), null);
    assert.equal(stationOfSiteName('The Portside Gazette'), null);
  });
});
