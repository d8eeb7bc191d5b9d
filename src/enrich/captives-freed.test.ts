import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freesCaptives } from './captives-freed.js';
import { withDaysAfterEvents } from './days-after.js';
import { findTimexes, referenceFrom } from './timex.js';
import { splitSentences } from './sentences.js';

describe('freesCaptives', () => {
  it('should read a release of hostages, a crew or a held ship', () => {
    assert.ok(freesCaptives('Kidnappers freed the two engineers and 14 hostages'));
    assert.ok(freesCaptives('The gang released the trawler and its crew'));
  });

  it('should leave a patient released from hospital and names released', () => {
    assert.ok(!freesCaptives('The driver was released from hospital'));
    assert.ok(!freesCaptives('Police released the names of the victims'));
  });
});

describe('withDaysAfterEvents: a release counted from a seizure keeps its own day (fixm70a)', () => {
  it('should keep the day of the release, not move it back to the seizure', () => {
    const body = 'Gunmen freed the dhow and its nine sailors on Monday, 20 days after the boat was seized near the coast.';
    const sentences = splitSentences(body);
    const timexes = withDaysAfterEvents(body, sentences, findTimexes(body, sentences, referenceFrom('2022-05-17T09:00:00Z')));
    assert.ok(timexes.some((t) => t.text === 'Monday' && t.value === '2022-05-16'));
  });
});
