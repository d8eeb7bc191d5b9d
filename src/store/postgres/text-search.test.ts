import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../query-syntax.js';
import { anyPhraseText, indexText, tsQueryText } from './text-search.js';

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
