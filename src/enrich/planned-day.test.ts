import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plannedDay } from './planned-day.js';

describe('plannedDay', () => {
  it('should read a day after "scheduled", "expected to" or "will" as a plan', () => {
    assert.equal(plannedDay('An autopsy is scheduled for '), true);
    assert.equal(plannedDay('The defendant is expected to go before a magistrate '), true);
    assert.equal(plannedDay('She will be arraigned '), true);
    assert.equal(plannedDay('A judge set the hearing and scheduled his plea for '), true);
  });

  it('should keep the day of an incident told after the plan word', () => {
    assert.equal(plannedDay('Doctors say she is expected to pull through after being shot '), false);
    assert.equal(plannedDay('Lum is expected to be arraigned after her son accidentally shot himself late '), false);
  });

  it('should keep a day with no plan word before it', () => {
    assert.equal(plannedDay('Two men were shot '), false);
    assert.equal(plannedDay('Police said a man was arrested '), false);
  });
});
