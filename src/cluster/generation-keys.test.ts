import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withoutContradictedBareKeys } from './generation-keys.js';

describe('withoutContradictedBareKeys', () => {
  it('should leave lists alone where nobody is named with a suffix', () => {
    assert.equal(withoutContradictedBareKeys(['p:corwin tallis', 'l:wexcombe'], ['p:corwin tallis']), null);
  });

  it('should drop the bare key a son and his father share, on both sides', () => {
    const kept = withoutContradictedBareKeys(['p:corwin jr. tallis', 'p:corwin tallis'], ['p:corwin sr. tallis', 'p:corwin tallis']);
    assert.deepEqual(kept, { article: ['p:corwin jr. tallis'], event: ['p:corwin sr. tallis'] });
    const numbered = withoutContradictedBareKeys(['p:ellery ii quarrington', 'p:ellery quarrington'], ['p:ellery iii quarrington', 'p:ellery quarrington']);
    assert.deepEqual(numbered, { article: ['p:ellery ii quarrington'], event: ['p:ellery iii quarrington'] });
  });

  it('should keep the bare key where both give the same suffix, however it is spelt', () => {
    assert.equal(withoutContradictedBareKeys(['p:corwin jr. tallis', 'p:corwin tallis'], ['p:corwin junior tallis', 'p:corwin tallis']), null);
  });

  it('should not let a plain name share the suffixed name of the other side with nothing else in common', () => {
    const kept = withoutContradictedBareKeys(['p:corwin tallis'], ['p:corwin jr. tallis', 'p:corwin tallis']);
    assert.deepEqual(kept, { article: ['p:corwin tallis'], event: ['p:corwin jr. tallis'] });
  });

  it('should let a plain name share it where another person is named by both', () => {
    assert.equal(withoutContradictedBareKeys(['p:corwin tallis', 'p:maren tallis'], ['p:corwin jr. tallis', 'p:corwin tallis', 'p:maren tallis']), null);
  });

  it('should let a plain name share it where the plain side gives the suffix to a shorter form of the name', () => {
    // A plea report writes "Ellery Quarrington II" once and "Ellery Lysander Quarrington" elsewhere.
    assert.equal(withoutContradictedBareKeys(['p:ellery ii quarrington', 'p:ellery quarrington', 'p:ellery lysander quarrington'], ['p:ellery ii lysander quarrington', 'p:ellery lysander quarrington']), null);
  });
});
