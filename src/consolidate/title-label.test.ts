import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutTitleLabel } from './title-label.js';

describe('withoutTitleLabel', () => {
  it("should cut a page's label before the headline", () => {
    assert.equal(withoutTitleLabel('PRESS RELEASE: Water rationing ends in the southern districts'), 'Water rationing ends in the southern districts');
    assert.equal(withoutTitleLabel('Live: Storm brings down power lines across the valley'), 'Storm brings down power lines across the valley');
    assert.equal(withoutTitleLabel('UPDATE 2: Ferry operator cancels evening crossings'), 'Ferry operator cancels evening crossings');
    assert.equal(withoutTitleLabel('Breaking news - Bridge closed after barge strikes pier'), 'Bridge closed after barge strikes pier');
    assert.equal(withoutTitleLabel('EXCLUSIVE: Mayor weighed selling the harbour site'), 'Mayor weighed selling the harbour site');
    assert.equal(withoutTitleLabel('WATCH: Firefighters rescue a horse from a flooded field'), 'Firefighters rescue a horse from a flooded field');
  });

  it('should cut two labels in a row and a label after the headline', () => {
    assert.equal(withoutTitleLabel('BREAKING: LIVE: Dam spillway opened as river rises'), 'Dam spillway opened as river rises');
    assert.equal(withoutTitleLabel('Dam spillway opened as river rises - latest updates'), 'Dam spillway opened as river rises');
    assert.equal(withoutTitleLabel('Dam spillway opened as river rises (VIDEO)'), 'Dam spillway opened as river rises');
  });

  it('should leave a headline that only starts with such a word, or would be too short without the label', () => {
    assert.equal(withoutTitleLabel('Live music returns to the old quarter'), 'Live music returns to the old quarter');
    assert.equal(withoutTitleLabel('Watchdog fines the water company'), 'Watchdog fines the water company');
    assert.equal(withoutTitleLabel('Statement: Port closed'), 'Statement: Port closed');
    assert.equal(withoutTitleLabel('Exclusive interview with the harbour master'), 'Exclusive interview with the harbour master');
  });
});
