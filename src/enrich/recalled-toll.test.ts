import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateEvidence, Timex } from '../model/types.js';
import { findCasualties } from './casualties.js';
import { namesEarlierDay, ownCasualties, tollOnlyRecalled } from './recalled-toll.js';

const day = (value: string): DateEvidence => ({ value, anchoring: 'stated', fallback: false, text: '', sentence: '' });
const timex = (value: string, type: Timex['type'] = 'DATE'): Timex => ({ text: '', value, type, start: 0, end: 0, anchoring: 'stated' });

describe('namesEarlierDay', () => {
  it('should find a day named two days or more before the event day, an afternoon too', () => {
    assert.equal(namesEarlierDay([timex('2026-04-03')], day('2026-04-20')), true);
    assert.equal(namesEarlierDay([timex('2026-04-03TAF', 'TIME')], day('2026-04-20')), true);
  });

  it('should not count the day before, a month, or an event day that is the publication day standing in', () => {
    assert.equal(namesEarlierDay([timex('2026-04-19'), timex('2026-03')], day('2026-04-20')), false);
    assert.equal(namesEarlierDay([timex('2026-04-03')], { ...day('2026-04-20'), fallback: true }), false);
  });
});

describe('tollOnlyRecalled', () => {
  it('should find a toll told only as what a known earlier event did', () => {
    const text = 'Inspectors said a cracked pipe caused the flood that killed four miners at the Ardley pit, the regulator said on Monday.';
    const found = findCasualties(text)!;
    assert.equal(found.killed, 4);
    assert.equal(tollOnlyRecalled(found, text, findCasualties), true);
  });

  it('should keep a toll the text also tells in its own words', () => {
    const text = 'Four miners were killed on Friday. Inspectors said a cracked pipe caused the flood that killed four miners at the Ardley pit.';
    assert.equal(tollOnlyRecalled(findCasualties(text)!, text, findCasualties), false);
  });
});

describe('ownCasualties', () => {
  const text = 'A mine manager was arrested on Wednesday over the flood that killed four miners at the Ardley pit on April 3, police said.';

  it('should give no toll to a later event whose report recalls an earlier day\'s', () => {
    assert.equal(ownCasualties(findCasualties(text), text, [timex('2026-04-03'), timex('2026-04-22')], day('2026-04-22'), findCasualties), null);
  });

  it('should keep the toll where the report is dated to the day of the harm', () => {
    assert.deepEqual(ownCasualties(findCasualties(text), text, [timex('2026-04-03')], day('2026-04-03'), findCasualties), { killed: 4, injured: null });
  });
});
