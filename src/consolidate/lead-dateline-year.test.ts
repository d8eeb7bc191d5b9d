import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATELINE } from './lead-dateline.js';

function withoutDateline(lead: string): string {
  return lead.replace(DATELINE, '');
}

describe('DATELINE with a year', () => {
  it('should take off a wire dateline whose date carries its year, with or without a credit', () => {
    assert.equal(withoutDateline('OSLO, Feb. 3, 2027 (NWA) - The harbour board raised its fees.'), 'The harbour board raised its fees.');
    assert.equal(withoutDateline('LISBON, Mar 9, 2027 - Dock workers ended a two-day stoppage.'), 'Dock workers ended a two-day stoppage.');
  });

  it('should take off a dateline that writes the day before the month', () => {
    assert.equal(withoutDateline('VIENNA, 11 January 2027 - The rail operator cut its timetable.'), 'The rail operator cut its timetable.');
  });

  it('should keep a sentence that opens with a name and a date', () => {
    const lead = 'Maria Lund, 11 January 2027, was named head of the port.';
    assert.equal(withoutDateline(lead), lead);
  });
});
