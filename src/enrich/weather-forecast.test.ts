import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { weatherForecast } from './weather-forecast.js';

describe('weatherForecast', () => {
  it("should know a page's forecast lines and weather bulletins", () => {
    assert.equal(weatherForecast('Cloudy early with isolated thunderstorms developing this afternoon.'), true);
    assert.equal(weatherForecast('Mostly sunny skies early, then partly cloudy after midnight.'), true);
    assert.equal(weatherForecast('...hard Freeze Tonight... * Temperatures...tonight Lows 23 To 28 From East To West.'), true);
    assert.equal(weatherForecast('Winter Weather Advisory issued January 12 at 2:09AM EST expiring January 13 at 7:00AM EST in effect for: Erie.'), true);
    assert.equal(weatherForecast('Expect a 40 percent chance of rain Saturday with highs in the upper 60s.'), true);
  });

  it('should not take a report of what happened, or a name, for a forecast', () => {
    assert.equal(weatherForecast('Thunderstorms knocked out power to 40,000 homes on Tuesday.'), false);
    assert.equal(weatherForecast('Sunny Patternell, 15, was shot and killed Friday at his family restaurant.'), false);
    assert.equal(weatherForecast('Snow is facing charges of armed robbery after the Tuesday holdup.'), false);
    assert.equal(weatherForecast('Two men were shot Saturday night on Elm Street, police said.'), false);
  });
});
