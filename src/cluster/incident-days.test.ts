import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentDaysApart } from './incident-days.js';

describe('incidentDaysApart', () => {
  it('should set apart a quake and a convoy ambushed two days later, and two quakes six days apart', () => {
    assert.equal(incidentDaysApart(['quake@2031-03-04'], ['ambush@2031-03-06', 'suspension@2031-03-06']), true);
    assert.equal(incidentDaysApart(['quake@2031-03-04'], ['quake@2031-03-10']), true);
  });

  it('should not set apart one quake told a day apart, an event with any close incident, or events leading with none', () => {
    assert.equal(incidentDaysApart(['quake@2031-03-04'], ['quake@2031-03-05']), false);
    assert.equal(incidentDaysApart(['quake@2031-03-04', 'ambush@2031-03-06'], ['ambush@2031-03-06']), false);
    assert.equal(incidentDaysApart(['strike@2031-03-04'], ['closure@2031-03-05']), false);
    assert.equal(incidentDaysApart([], ['quake@2031-03-10']), false);
  });
});
