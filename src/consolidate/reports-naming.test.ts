import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../model/types.js';
import { reportsNaming } from './reports-naming.js';

/** Only what reportsNaming reads of an article. */
function report(id: string, headline: string, body: string): Article {
  return { id, contentHash: `hash-${id}`, headline, body } as Article;
}

describe('reportsNaming', () => {
  const reports = [
    report('r1', 'Storm floods Bogotá', 'Streets in the capital were under water on Monday.'),
    report('r2', 'Heavy rain in Colombia', 'BOGOTA — Rescuers worked through the night.'),
    report('r3', 'Rain', 'Bogotanos queued for water; the Bogotá-Tunja road was shut.'),
    report('r4', 'Floods', 'Schools closed across the region.'),
  ];

  it('should count the reports that write the name, accents and case folded, as a word of its own', () => {
    // r3's "Bogotanos" is another word; its "Bogotá-Tunja" writes the name (a hyphen ends a word).
    assert.equal(reportsNaming(reports, 'Bogotá'), 3);
    assert.equal(reportsNaming(reports, 'Tunja'), 1);
    assert.equal(reportsNaming(reports, 'Cali'), 0);
  });

  it('should read a name with its state after a comma as the town alone, and answer again as it did', () => {
    const dc = [report('d1', 'Protest in Washington', 'Thousands marched.'), report('d2', 'March', 'WASHINGTON — Police closed streets.'), report('d3', 'March', 'Washingtonians joined.')];
    assert.equal(reportsNaming(dc, 'Washington, D.C.'), 2);
    assert.equal(reportsNaming(dc, 'Washington, D.C.'), 2);
    assert.equal(reportsNaming(dc.slice(1), 'Washington'), 1);
  });
});
