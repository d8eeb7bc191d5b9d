import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterClauses } from './after-clause.js';

describe('afterClauses', () => {
  it('should read the act told "a day after" a later step as a claim of its own', () => {
    const claims = afterClauses('The Harlow chemical plant resumed partial output on Friday, a day after a gas explosion shut its main reactor, the operator said.');
    assert.ok(claims);
    assert.equal(claims[0].shown, 'The Harlow chemical plant resumed partial output on Friday');
    assert.equal(claims[1].shown, 'A gas explosion shut its main reactor, the operator said.');
    assert.equal(claims[1].verb, 'shut');
  });

  it('should leave a sentence whole where what follows "after" names the act without telling it', () => {
    assert.equal(afterClauses('The Harlow chemical plant has halted a third of its output, two days after a gas explosion at the site on Thursday.'), null);
    assert.equal(afterClauses('The plant resumed partial output after a gas explosion shut its main reactor.'), null);
  });
});
