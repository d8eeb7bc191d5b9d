import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../query-syntax.js';
import { anyPhraseText, cappedIndexTexts, INDEX_BUDGET_BYTES, indexText, tsQueryText } from './text-search.js';

describe('PostgreSQL text search', () => {
  it('should give the index plain words, folded, with signs and joins turned to spaces', () => {
    assert.equal(indexText('CVE-2024-3400 hit São Paulo\'s port; 3,400 boxes'), 'cve 2024 3400 hit sao paulo s port 3 400 boxes');
    assert.equal(indexText(' -- '), '');
  });

  it('should write every group as required, OR inside a group, phrases word after word and left-out phrases negated', () => {
    assert.equal(tsQueryText(parseQuery('harbour cranes')!), "'harbour' & 'cranes'");
    assert.equal(tsQueryText(parseQuery('lazarus kimsuky OR "hidden cobra" -ransomware')!), "'lazarus' & ('kimsuky' | ('hidden' <-> 'cobra')) & !'ransomware'");
    assert.equal(tsQueryText(parseQuery('CVE-2024-3400')!), "('cve' <-> '2024' <-> '3400')");
  });

  it('should make no query text of quotes, operators or SQL, only words', () => {
    for (const odd of ['"', '(*', 'NEAR(', "'; DROP TABLE events; --", 'AND OR NOT']) {
      const parsed = parseQuery(odd);
      const text = parsed ? tsQueryText(parsed) : null;
      assert.ok(text === null || /^[\s'a-z0-9&|!()<>-]*$/.test(text), `${odd}: ${text}`);
      assert.ok(text === null || !text.includes("''"), `${odd}: ${text}`);
    }
    assert.equal(anyPhraseText([['data', 'breach'], ['ransomware']]), "('data' <-> 'breach') | 'ransomware'");
    assert.equal(anyPhraseText([]), null);
  });
});

describe('cappedIndexTexts', () => {
  it('should give short texts whole, as indexText does', () => {
    assert.deepEqual(cappedIndexTexts(['Crane Collapse', 'The crane fell on Monday.']), ['crane collapse', 'the crane fell on monday']);
  });

  it('should cut at a word once the columns together reach the budget, the first columns first', () => {
    // Each new word of four letters costs 4 + 8 + 2 = 14; a repeated one 2.
    assert.deepEqual(cappedIndexTexts(['abcd efgh', 'ijkl mnop qrst'], 50), ['abcd efgh', 'ijkl']);
    assert.deepEqual(cappedIndexTexts(['abcd abcd abcd abcd'], 20), ['abcd abcd abcd abcd']);
  });

  it('should keep a 1.5 MB article of distinct words under the budget, cut well past its first half megabyte', () => {
    const body = Array.from({ length: 150_000 }, (_, i) => `w${String(i).padStart(7, '0')}x`).join(' ');
    const [words] = cappedIndexTexts([body]);
    const kept = words!.split(' ').length;
    assert.ok(kept * (9 + 10) <= INDEX_BUDGET_BYTES, `${kept} words kept`);
    assert.ok(words!.length > 400_000, `${words!.length} characters kept`);
    assert.ok(body.toLowerCase().startsWith(words!));
  });
});
