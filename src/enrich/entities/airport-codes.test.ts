import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutAirportCodes } from './airport-codes.js';
import { givenEntities as given } from '../../../test/entities.js';

describe('airport codes read as bodies', () => {
  it('should drop three capitals in brackets after an airport or after a town in a sentence of flights', () => {
    const body = 'The jet crashed short of Porto\'s Francisco Sá Carneiro Airport (OPO) on Tuesday. Flight MD418 from Frankfurt (FRA) had 62 on board.';
    const kept = withoutAirportCodes(body, given(body, [['Francisco Sá Carneiro Airport', 'location'], ['OPO', 'organization'], ['Frankfurt', 'location'], ['FRA', 'organization']]));
    assert.deepEqual(kept.map((e) => e.text), ['Francisco Sá Carneiro Airport', 'Frankfurt']);
  });

  it('should keep an agency\'s credit in a dateline and a body\'s initials after a town with no flight in the sentence', () => {
    const body = 'PARIS (AFP) - Talks resumed. Bankers in Frankfurt (ECB) staff said rates would hold. The World Health Organization (WHO) flew experts in.';
    const spans = given(body, [['PARIS', 'location'], ['AFP', 'organization'], ['Frankfurt', 'location'], ['ECB', 'organization'], ['World Health Organization', 'organization'], ['WHO', 'organization']]);
    assert.equal(withoutAirportCodes(body, spans).length, 6);
  });

  it("should drop a code after a town's airport written in lower case", () => {
    const body = 'The jet crashed after take-off from Faro airport (FAO) on Tuesday.';
    const kept = withoutAirportCodes(body, given(body, [['Faro', 'location'], ['FAO', 'organization']]));
    assert.deepEqual(kept.map((e) => e.text), ['Faro']);
  });
});
