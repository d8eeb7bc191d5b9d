import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { weatherForecast } from './weather-forecast.js';

describe('weatherForecast', () => {
  it("should know a page's forecast lines and weather bulletins", () => {
    assert.equal(weatherForecast('Partly cloudy early with scattered showers likely by evening.'), true);
    assert.equal(weatherForecast('Breezy and clear this morning, turning colder overnight.'), true);
    assert.equal(weatherForecast('...Frost Likely Tonight... * Overnight lows 31 to 35 in the valleys.'), true);
    assert.equal(weatherForecast('Winter Storm Watch issued March 3 at 5:41PM CST until March 5 at 6:00AM CST for: Polk.'), true);
    assert.equal(weatherForecast('Expect a 40 percent chance of rain Saturday with highs in the upper 60s.'), true);
  });

  it('should not take a report of what happened, or a name, for a forecast', () => {
    assert.equal(weatherForecast('Thunderstorms knocked out power to 40,000 homes on Tuesday.'), false);
    assert.equal(weatherForecast('Sunny Patternell, 15, was fatally shot on Monday outside a bowling alley.'), false);
    assert.equal(weatherForecast('Snow is facing charges of armed robbery after the Tuesday holdup.'), false);
    assert.equal(weatherForecast('Two men were shot Saturday night on Elm Street, police said.'), false);
  });
});
