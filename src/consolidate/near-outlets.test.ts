import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearOutlets, outletHomes } from './near-outlets.js';

const memphis = { name: 'Memphis', lat: 35.15, lon: -90.05 };
const berclairTexas = { name: 'Berclair', lat: 28.53, lon: -97.59 };
const germantown = { name: 'Germantown', lat: 35.09, lon: -89.81 };

describe('outletHomes', () => {
  it("should read a city from a host name and a station's call sign, and nothing from other addresses", () => {
    const homes = outletHomes(['https://www.wmcactionnews5.com/story/1', 'https://abc7chicago.com/news/2', 'https://example.org/a', undefined]);
    assert.equal(homes.length, 2);
  });
});

describe('nearOutlets', () => {
  const homes = outletHomes(['https://www.wmcactionnews5.com/story/1']);
  const pointOf = (p: { lat: number; lon: number }) => p;

  it("should drop a tied town far from every outlet's home where another is near one", () => {
    assert.deepEqual(nearOutlets([berclairTexas, memphis], pointOf, homes), [memphis]);
  });

  it('should keep every tied town where none is far, none is near or no home is known', () => {
    assert.deepEqual(nearOutlets([germantown, memphis], pointOf, homes), [germantown, memphis]);
    assert.deepEqual(nearOutlets([berclairTexas, memphis], pointOf, []), [berclairTexas, memphis]);
    const far = outletHomes(['https://abc7chicago.com/news/2']);
    assert.deepEqual(nearOutlets([berclairTexas, memphis], pointOf, far), [berclairTexas, memphis]);
  });
});
