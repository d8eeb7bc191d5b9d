import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { regionOverLaterTown } from './lead-region.js';

const body = "Tuesday's earthquake in Kermanshah province has killed 318, officials said.\n\nA convoy was attacked on the road to Halabja.";
const at = (text: string, subtype: Entity['subtype'], country: string): Entity => ({ text, type: 'location', subtype, country, start: body.indexOf(text), end: body.indexOf(text) + text.length });
const province = at('Kermanshah', 'region', 'IR');
const halabja = body.indexOf('Halabja');

describe('regionOverLaterTown', () => {
  it("should give the first sentence's province over another country's town only a later paragraph names", () => {
    assert.equal(regionOverLaterTown(body, [province], halabja, 'IQ'), province);
  });

  it('should give nothing for a town of the same country, a town of the first paragraph, or a province past the first sentence', () => {
    assert.equal(regionOverLaterTown(body, [province], halabja, 'IR'), null);
    assert.equal(regionOverLaterTown(body, [province], 10, 'IQ'), null);
    assert.equal(regionOverLaterTown(body, [province], -1, 'IQ'), null);
    const later = "Officials said 318 had died.\n\nIn Kermanshah province roads reopened. A convoy was attacked near Halabja.";
    const inLater: Entity = { ...province, start: later.indexOf('Kermanshah'), end: later.indexOf('Kermanshah') + 10 };
    assert.equal(regionOverLaterTown(later, [inLater], later.indexOf('Halabja'), 'IQ'), null);
  });
});
