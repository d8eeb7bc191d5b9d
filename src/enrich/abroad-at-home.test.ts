import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceMention } from '../model/types.js';
import { abroadAtHome } from './abroad-at-home.js';
import { cityIn } from './gazetteer/cities.js';
import { enrichedArticle } from '../../test/articles.js';

const memphis = cityIn('Memphis', { countries: new Set(['US']), admin1: new Set(['US-TN']) }, true)!;
const abroad = (name: string, country: string, start = 120): PlaceMention => ({ name, country, lat: 0, lon: 0, text: name, start });
const never = (): boolean => false;

describe('abroadAtHome', () => {
  it("should read a town abroad of a name no US place has, in a local outlet's story that never names its country, as the outlet's city", () => {
    const text = 'Family remembers teen\nHis brother said they were like Batman and Robin. Police said no charges were filed.';
    const found = abroadAtHome(abroad('Batman', 'TR'), memphis, text, never);
    assert.equal(found?.name, 'Memphis');
    assert.equal(found?.country, 'US');
    assert.equal(found?.inferred, true);
  });

  it('should keep the town where the text names its country, the dateline names it, or the outlet has no known home', () => {
    assert.equal(abroadAtHome(abroad('Batman', 'TR'), memphis, 'Two people were shot in Batman, Turkey, on Sunday.', never)?.name, 'Batman');
    assert.equal(abroadAtHome(abroad('Batman', 'TR', 0), memphis, 'BATMAN — Two people were shot on Sunday.', (p) => p.start === 0)?.name, 'Batman');
    assert.equal(abroadAtHome(abroad('Batman', 'TR'), null, 'His brother said they were like Batman and Robin.', never)?.name, 'Batman');
  });

  it('should keep a name a US town has too, a capital, and a city named alone anywhere', () => {
    // Florence, Alabama, is left to the readings of the outlet's state.
    assert.equal(abroadAtHome(abroad('Florence', 'IT'), memphis, 'Four people were taken to a hospital after a shooting in Florence.', never)?.name, 'Florence');
    assert.equal(abroadAtHome(abroad('Nairobi', 'KE'), memphis, 'Protesters marched in Nairobi on Sunday.', never)?.name, 'Nairobi');
    assert.equal(abroadAtHome(abroad('Istanbul', 'TR'), memphis, 'A blast hit a square in Istanbul on Sunday.', never)?.name, 'Istanbul');
  });

  it('should leave a US place and a guess alone', () => {
    const home = { name: 'Germantown', country: 'US', lat: 35.1, lon: -89.8, text: 'Germantown', start: 40 };
    assert.equal(abroadAtHome(home, memphis, 'A man was shot in Germantown.', never), home);
    const guess = { ...abroad('Batman', 'TR'), inferred: true as const };
    assert.equal(abroadAtHome(guess, memphis, 'Batman and Robin.', never), guess);
  });
});

describe('abroadAtHome in enrichment', () => {
  it("should give a station's story its home city where the only place read is a town abroad no US place is named after", () => {
    const body = 'The older brother said the two had been inseparable since childhood.\n\n"We were Batman and Robin," he said on Sunday. Police said no one would be charged.';
    const station = enrichedArticle(body, { title: 'Brother asks why no one was charged', url: 'https://www.wmcactionnews5.com/story/1/brother-asks', publishedAt: '2016-09-10T12:00:00Z' });
    assert.equal(station.place?.name, 'Memphis');
    assert.equal(station.place?.inferred, true);
    // An outlet of no known home keeps the reading.
    const other = enrichedArticle(body, { title: 'Brother asks why no one was charged', url: 'https://www.example.com/story/1/brother-asks', publishedAt: '2016-09-10T12:00:00Z' });
    assert.equal(other.place?.name, 'Batman');
  });
});
