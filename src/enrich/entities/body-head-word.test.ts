import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function bodies(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.filter((e) => e.type === 'organization').map((e) => e.text);
}

describe('a body whose name ends in "Body"', () => {
  it("should read a tribunal's or a board's name that ends in Body as an organisation, its possessive too", () => {
    assert.ok(bodies("The complaint goes before the Fisheries Arbitration Body's next sitting in March.").includes('Fisheries Arbitration Body'));
    assert.ok(bodies('Members of the Governing Body of the port authority met on Friday.').includes('Governing Body'));
  });

  it('should take no body from a dead body or a lone capitalised word', () => {
    assert.deepEqual(bodies('Body of missing kayaker recovered from the lake near Tahoe. The body was found on Sunday.'), []);
  });
});
