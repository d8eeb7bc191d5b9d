import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRules, type Candidate, readNumber, type Rule, type RuleContext, rulesFor } from './timex-rules.js';

const CONTEXT: RuleContext = { reference: { year: 2015, month: 6, day: 1 }, future: () => false, quarter: null, anchor: () => null };

function found(rule: Rule, text: string): string[] {
  const out: Candidate[] = [];
  applyRules([rule], text, 0, CONTEXT, 0, out);
  return out.map((c) => c.text);
}

describe('applyRules', () => {
  // The pattern alone would read "winter" in both sentences; the words decide whether it is run.
  const rule: Rule = { pattern: /\bwinter\b/gi, when: ['spring', 'winter'], read: () => ({ value: '2015-WI' }) };

  it('should run a rule whose words the sentence holds, whatever their case', () => {
    assert.deepEqual(found(rule, 'The WINTER was long.'), ['WINTER']);
  });

  it('should not run a rule whose words the sentence lacks', () => {
    assert.deepEqual(found({ ...rule, when: ['spring'] }, 'The winter was long.'), []);
  });

  it('should read the words from the lower-cased sentence the caller gives', () => {
    const out: Candidate[] = [];
    const text = 'The Winter was long.';
    applyRules([rule], text, 0, CONTEXT, 0, out, text.toLowerCase());
    assert.deepEqual(out.map((c) => c.text), ['Winter']);
  });
});

describe('rulesFor', () => {
  const read = (): { value: string } => ({ value: 'X' });
  const plain: Rule = { pattern: /\bnow\b/gi, read };
  const byPattern: Rule = { pattern: /\bsoon\b/gi, when: /soon/i, read };
  const winter: Rule = { pattern: /\bwinter\b/gi, when: ['spring', 'winter'], read };
  const quarter: Rule = { pattern: /\bquarter\b/gi, when: ['quarter'], read };

  it('should keep the rules whose words the document holds, and those gated otherwise or not at all', () => {
    const document = 'The Winter was long. Prices rose.'.toLowerCase();
    assert.deepEqual(rulesFor([plain, byPattern, winter, quarter], document), [plain, byPattern, winter]);
  });

  it('should find in each sentence what the rules found before the document was asked', () => {
    const text = 'The Winter was long. In the first quarter, prices rose. Nobody expects a spring.';
    const rules = [plain, byPattern, winter, quarter];
    const kept = rulesFor(rules, text.toLowerCase());
    for (const [start, end] of [[0, 20], [21, 55], [56, text.length]] as const) {
      const [all, gated]: Candidate[][] = [[], []];
      applyRules(rules, text.slice(start, end), start, CONTEXT, 0, all);
      applyRules(kept, text.slice(start, end), start, CONTEXT, 0, gated);
      assert.deepEqual(gated, all);
    }
  });
});

describe('readNumber', () => {
  it('should read counts in words with hundreds, thousands and dozens', () => {
    assert.equal(readNumber('two hundred'), 200);
    assert.equal(readNumber('one hundred and fifty'), 150);
    assert.equal(readNumber('a thousand'), 1000);
    assert.equal(readNumber('two thousand five hundred'), 2500);
    assert.equal(readNumber('twenty-one'), 21);
    assert.equal(readNumber('a dozen'), 12);
    assert.equal(readNumber('half a dozen'), 6);
  });

  it('should read digits with thousands separators', () => {
    assert.equal(readNumber('1,500'), 1500);
    assert.equal(readNumber('12'), 12);
  });

  it('should give -1 for a count it cannot tell', () => {
    assert.equal(readNumber('several'), -1);
    assert.equal(readNumber('a few'), -1);
  });
});
