import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statedCoordinates } from './stated-coordinates.js';

describe('statedCoordinates', () => {
  it('should read decimal degrees with hemisphere letters, spaced or with a degree sign', () => {
    assert.deepEqual(statedCoordinates('The tanker was last seen at 4.35 N, 7.12 E before dawn.').map(({ lat, lon }) => [lat, lon]), [[4.35, 7.12]]);
    assert.deepEqual(statedCoordinates('Divers found the wreck at 33.9°S 151.3°E.').map(({ lat, lon }) => [lat, lon]), [[-33.9, 151.3]]);
  });

  it('should read degrees and minutes, west of Greenwich negative', () => {
    const [point] = statedCoordinates("The ferry sank near 36°30'N, 6°15'W in a storm.");
    assert.deepEqual([point!.lat, point!.lon], [36.5, -6.25]);
  });

  it('should give where the coordinates are written', () => {
    const text = 'A float was spotted at 12.5 N 45.25 E by a patrol.';
    const [point] = statedCoordinates(text);
    assert.equal(text.slice(point!.start, point!.end), '12.5 N 45.25 E');
  });

  it('should read no point from numbers without hemispheres, or out of range', () => {
    assert.deepEqual(statedCoordinates('The home side won 11.52 to 102.49 on points.'), []);
    assert.deepEqual(statedCoordinates('Readings of 95 N 20 E were logged by the gauge.'), []);
  });
});
