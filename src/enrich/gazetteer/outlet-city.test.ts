import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outletCity, stationCity } from './outlet-city.js';

const city = (url: string | null): string | null => {
  const c = outletCity(url);
  return c ? `${c.name}, ${c.admin1 ?? c.country}` : null;
};

describe('outletCity', () => {
  it("should read the city a local outlet's host name starts or ends with, or its nickname", () => {
    assert.equal(city('https://abc7chicago.com/news/some-story/123/'), 'Chicago, IL');
    assert.equal(city('http://www.houstonchronicle.com:80/local/article-881.php'), 'Houston, TX');
    assert.equal(city('http://chicago.cbslocal.com/2015/03/08/some-story/'), 'Chicago, IL');
    assert.equal(city('http://www.philly.com/philly/sports/20160527_item.html'), 'Philadelphia, PA');
    assert.equal(city('http://www.kansascity.com/local/article1.html'), 'Kansas City, MO');
  });

  it("should read a hub's city section and an archive copy's original address", () => {
    assert.equal(city('https://www.dnainfo.com/chicago/20170109/pilsen/some-story'), 'Chicago, IL');
    assert.equal(city('http://dnainfo.com/new-york/20161104/inwood/story'), 'New York City, NY');
    assert.equal(city('http://web.archive.org/web/20140921113015/http://www.philly.com/philly/opinion/item.html'), 'Philadelphia, PA');
  });

  it("should read a station's home city from its call sign in the host name, apart from the outlet city", () => {
    const station = (url: string): string | null => {
      const c = stationCity(url);
      return c ? `${c.name}, ${c.admin1 ?? c.country}` : null;
    };
    assert.equal(station('https://www.wsbtv.com/news/local/some-story/123/'), 'Atlanta, GA');
    assert.equal(station('http://www.kait8.com/story/123/story'), 'Jonesboro, AR');
    assert.equal(station('http://web.archive.org/web/2014/http://www.wistv.com:80/item/1'), 'Columbia, SC');
    assert.equal(station('https://www.wisconsinwatch.org/story'), null);
    // Stations carry each other's stories: the call sign is no outlet city to read places against.
    assert.equal(city('https://www.wsbtv.com/news/local/some-story/123/'), null);
  });

  it('should name no city where the address does not say one', () => {
    for (const url of [
      'https://www.reuters.com/world/asia-pacific/story/',
      'https://www.darkreading.com/threat-intelligence/story', // a word ("reading"), not Reading
      'http://www.carolinalive.com/news/story.aspx', // part of a state's name
      'http://www.springfieldnewssun.com/news/story', // Springfield, Missouri or Massachusetts?
      'http://onlineathens.com/local-news/story', // Athens, Greece or Georgia?
      'https://www.bleepingcomputer.com/news/security/story/',
      'https://example.com/denver-police-investigate', // a story's words in the path are not the outlet's
      'not a url',
      null,
    ]) assert.equal(city(url), null, String(url));
  });
});
