import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inWeatherAlert } from './weather-alert.js';

const at = (body: string, word: string): boolean => inWeatherAlert(body, body.indexOf(word));

describe('inWeatherAlert', () => {
  it('should read the counties an alert is in effect for as the alert\'s', () => {
    const body = 'Severe Thunderstorm Watch issued June 3 at 4:10PM CDT expiring June 3 at 10:00PM CDT in effect for: Adair, Benton, Delaware, Mayes\n\nA man was shot Sunday at an apartment in east Springdale, police said.';
    assert.equal(at(body, 'Benton'), true);
    assert.equal(at(body, 'Springdale'), false);
  });

  it('should read an alert that remains in effect and its target area', () => {
    const body = '...Winter Storm Warning Remains In Effect Until 6 Am Cst Friday... Across Northern Kansas.\n\nTarget Area: Cloud; Jewell; Republic\n\nThe shooting happened near Concordia.';
    assert.equal(at(body, 'Kansas'), true);
    assert.equal(at(body, 'Jewell'), true);
    assert.equal(at(body, 'Concordia'), false);
  });

  it('should leave a story that tells of a warning', () => {
    const body = 'Police issued a warning Monday after a woman was wounded in Dayton. The warning remains in effect, Dayton police said.';
    assert.equal(at(body, 'Dayton'), false);
  });
});
