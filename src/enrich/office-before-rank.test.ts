import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { isOfficeBeforeRank, withoutRankAfterComma } from './office-before-rank.js';

const hints = { title: 'Harbour closed', outlet: 'Lakeside Courier', publishedAt: '2026-05-11T07:00:00Z' };

function roleOf(body: string, name: string): string | null | undefined {
  return enrichedArticle(body, hints).people.find((p) => p.name === name)?.role;
}

describe('withoutRankAfterComma', () => {
  it('should take a rank of one or two words off after the closing comma', () => {
    assert.equal(withoutRankAfterComma('On Friday the harbour master, Captain '), 'On Friday the harbour master, ');
    assert.equal(withoutRankAfterComma('The head of the coast guard, Rear Admiral '), 'The head of the coast guard, ');
  });

  it('should give null when no rank follows the comma', () => {
    assert.equal(withoutRankAfterComma('The harbour master, '), null);
    assert.equal(withoutRankAfterComma('Later that week General '), null);
  });
});

describe('isOfficeBeforeRank', () => {
  it('should take an office by its head word, before "of" where there is one', () => {
    assert.equal(isOfficeBeforeRank('Minister of the Interior'), true);
    assert.equal(isOfficeBeforeRank('army spokesman'), true);
  });

  it('should not take a plain noun or another rank', () => {
    assert.equal(isOfficeBeforeRank('soldier'), false);
    assert.equal(isOfficeBeforeRank('fourth officer'), false);
    assert.equal(isOfficeBeforeRank('Attorney General'), false);
  });
});

describe('people: an office set off before a rank and a name', () => {
  it('should give the office, not the rank, as the role', () => {
    const body = 'Two days after the flooding, the Minister of the Interior, General Pavel Ostrin, ordered the harbour closed to all ferries.';
    assert.equal(roleOf(body, 'Pavel Ostrin'), 'Minister of the Interior');
  });

  it('should read the office and its body as it would with no rank between the comma and the name', () => {
    const ranked = enrichedArticle('After the flooding, the Minister of Civil Defence, Major General Pavel Ostrin, ordered the harbour closed.', hints).people[0];
    const plain = enrichedArticle('After the flooding, the Minister of Civil Defence, Pavel Ostrin, ordered the harbour closed.', hints).people[0];
    assert.deepEqual([ranked?.role, ranked?.organization], [plain?.role, plain?.organization]);
    assert.notEqual(ranked?.role, 'Major General');
  });

  it('should read a lower-case office before a colonel the same way', () => {
    const body = 'The transport minister, Colonel Irma Delacroix, said the ferries would sail again on Sunday.';
    assert.equal(roleOf(body, 'Irma Delacroix'), 'transport minister');
  });

  it('should keep the rank where nothing but the rank is given', () => {
    const body = 'General Pavel Ostrin ordered the harbour closed to all ferries on Tuesday.';
    assert.equal(roleOf(body, 'Pavel Ostrin'), 'General');
  });

  it('should keep the office read from an apposition after the name', () => {
    const body = 'General Pavel Ostrin, the civil defence minister, ordered the harbour closed on Tuesday.';
    assert.equal(roleOf(body, 'Pavel Ostrin'), 'civil defence minister');
  });
});
