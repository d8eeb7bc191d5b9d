import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseByline } from './byline.js';

// ux71a fault 9: "By Meridian News Agency" read as a person's name failed on "News", and the wire copy
// two papers carried showed no agency.
describe('parseByline, a wire named alone', () => {
  it("should read a byline of a wire's name alone as the agency", () => {
    assert.deepEqual(parseByline('By Meridian News Agency'), { authors: [], agency: 'Meridian News Agency', outlet: null });
    assert.deepEqual(parseByline('By Fjord Newswire 18 Nov 2026'), { authors: [], agency: 'Fjord Newswire', outlet: null });
  });

  it('should read no wire in a paper, a station or a person named alone', () => {
    assert.notEqual(parseByline('By Detroit Free Press')?.agency, 'Detroit Free Press');
    assert.equal(parseByline('By Fox News')?.agency ?? null, null);
    assert.deepEqual(parseByline('By Dana Mirza'), { authors: ['Dana Mirza'], agency: null, outlet: null });
  });
});
