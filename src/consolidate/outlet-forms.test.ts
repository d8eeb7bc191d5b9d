import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { organizationsOf } from './organizations.js';
import { outletForms } from './outlet-forms.js';

describe('outletForms', () => {
  it("should give an outlet's name without its article and a wire's name without its medium word", () => {
    assert.deepEqual(outletForms('The Harbour Ledger'), ['The Harbour Ledger', 'Harbour Ledger']);
    assert.deepEqual(outletForms('Corran Newswire'), ['Corran Newswire', 'Corran']);
    assert.deepEqual(outletForms('Gulf Ledger'), ['Gulf Ledger']);
  });
});

describe('organizationsOf, an outlet named in its short form', () => {
  it("should leave out the outlet where a report names it without 'The' or without its medium word", () => {
    const one = enrichedArticle('Harbour Ledger reported on Monday that the Kestrel Port Authority had closed two berths. A Corran reporter saw the cranes stop.', { title: 'Berths closed', outlet: 'The Harbour Ledger', publishedAt: '2026-05-04T18:00:00Z' });
    const two = enrichedArticle('The Kestrel Port Authority closed two berths on Monday, officials told Corran.', { title: 'Port closes berths', outlet: 'Corran Newswire', publishedAt: '2026-05-04T19:00:00Z' });
    const names = organizationsOf([one, two]).map((o) => o.name);
    assert.ok(names.includes('Kestrel Port Authority'), JSON.stringify(names));
    assert.ok(!names.includes('Harbour Ledger') && !names.includes('Corran'), JSON.stringify(names));
  });
});
