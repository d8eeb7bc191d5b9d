import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { laterStepDay, plannedDay } from './planned-day.js';

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

describe('plannedDay, steps put on an agenda or a board meeting ahead', () => {
  it('should read a day after an agenda, a sitting ahead or "is to be" as a plan', () => {
    assert.equal(plannedDay('The motion goes on the agenda of the council session '), true);
    assert.equal(plannedDay('The regulator will take up the merger at its next meeting '), true);
    assert.equal(plannedDay('The appeal is to be heard '), true);
    assert.equal(plannedDay('The final report is due on '), true);
  });

  it('should keep a day a sitting was held on', () => {
    assert.equal(plannedDay('The council voted to close the harbour at its meeting '), false);
  });
});

describe('laterStepDay', () => {
  it("should read a day a matter is put before a body's sitting as a later step", () => {
    assert.equal(laterStepDay("The complaint will be placed on the agenda of the commission's meeting on "), true);
    assert.equal(laterStepDay('The plan is to be considered by the assembly at a sitting on '), true);
    assert.equal(laterStepDay('The dispute goes before the arbitration board on '), true);
  });

  it('should not read a meeting the report announces as a later step', () => {
    assert.equal(laterStepDay('Farm ministers of the two countries will hold talks '), false);
    assert.equal(laterStepDay('The two leaders will meet in Oslo on '), false);
  });
});
