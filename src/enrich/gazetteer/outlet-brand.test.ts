import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletBrandHome, outletBrandHosts } from './outlet-brand.js';
import { brandCity } from './outlet-city.js';

test('an outlet known by its brand has its newsroom city', () => {
  assert.deepEqual(outletBrandHome('www.ajc.com'), { city: 'Atlanta', state: 'GA' });
  assert.deepEqual(outletBrandHome('homicides.chron.com'), { city: 'Houston', state: 'TX' });
  assert.equal(outletBrandHome('www.example.com'), null);
  // Only the registered name: "ajc.com.example.net" is no AJC.
  assert.equal(outletBrandHome('ajc.com.example.net'), null);
});

test('every city of the table is one the gazetteer holds in its state', () => {
  for (const host of outletBrandHosts()) {
    const city = brandCity(`http://www.${host}/news/story`);
    assert.ok(city, host);
    assert.equal(city.admin1, outletBrandHome(host)!.state, host);
  }
});

test("an archive's copy names the original outlet", () => {
  assert.equal(brandCity('http://web.archive.org/web/2016/http://www.stltoday.com/sports/x.html')?.name, 'St. Louis');
});

test('a page of the national or world desk has no home', () => {
  assert.equal(brandCity('https://adn.com/nation-world/a-story/'), null);
  assert.equal(brandCity('https://adn.com/alaska-news/a-story/')?.name, 'Anchorage');
});
