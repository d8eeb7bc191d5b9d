import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countStartOn, previousCountOn } from './count-base-day.js';

describe('previousCountOn', () => {
  it('should take the day of the figure a newer count is set against', () => {
    assert.equal(previousCountOn('The board said on Tuesday that 19 people had died of typhoid, up from ', '15 on Monday'), true);
    assert.equal(previousCountOn('Cases fell to 40 a day, down from 90 on '), true);
  });

  it('should leave a day the newer count itself is told on', () => {
    assert.equal(previousCountOn('The board said on Tuesday that 19 people had died of typhoid, up from 15, on '), false);
    assert.equal(previousCountOn('The death toll rose to 19 on '), false);
  });
});

describe('countStartOn', () => {
  it('should take the day an outbreak was declared, which a running count runs from', () => {
    assert.equal(countStartOn('19 people had died of typhoid since the outbreak was declared '), true);
  });

  it('should leave the day a victim was shot or an outbreak was declared in the lead', () => {
    assert.equal(countStartOn('He has been in hospital since he was shot on '), false);
    assert.equal(countStartOn('Health officers declared a typhoid outbreak on '), false);
  });
});
