import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRules, type Candidate, type Rule, type RuleContext } from './timex-rules.js';

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
