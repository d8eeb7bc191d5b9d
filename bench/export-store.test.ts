import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyCommit } from './export-store.js';

const HASH = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);
const line = JSON.stringify({ article: { id: `art_${HASH.slice(0, 16)}`, contentHash: HASH, eventId: `evt_${OTHER.slice(0, 16)}` }, mergedEventIds: [`evt_${HASH.slice(0, 16)}`] });
const hashOf = new Map([HASH, OTHER].map((h) => [h.slice(0, 16), h]));

describe('export-store copies', () => {
  it('should leave the first copy as it was', () => {
    assert.equal(copyCommit(line, 0, hashOf), line);
  });

  it('should move every id of a copy with its content hash, the same way wherever it is written', () => {
    const copy = JSON.parse(copyCommit(line, 1, hashOf)) as { article: { id: string; contentHash: string; eventId: string }; mergedEventIds: string[] };
    assert.notEqual(copy.article.contentHash, HASH);
    assert.equal(copy.article.id, `art_${copy.article.contentHash.slice(0, 16)}`);
    assert.equal(copy.mergedEventIds[0], `evt_${copy.article.contentHash.slice(0, 16)}`);
    assert.notEqual(copy.article.eventId, `evt_${OTHER.slice(0, 16)}`);
    assert.notEqual(copyCommit(line, 2, hashOf), copyCommit(line, 1, hashOf));
  });
});
