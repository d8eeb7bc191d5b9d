import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leansOnUnnamedBody } from './dangling-body.js';

describe('leansOnUnnamedBody', () => {
  it('should find "The agency" with no agency named before', () => {
    assert.equal(leansOnUnnamedBody('The agency also linked the crew to a bank fraud.', ['Hackers broke into a port operator in Gdynia on Monday.']), true);
  });

  it('should let it follow a sentence that names the agency', () => {
    assert.equal(leansOnUnnamedBody('The agency also linked the crew to a bank fraud.', ['The Polish Cyber Agency said the crew used stolen passwords.']), false);
  });

  it('should leave a sentence opening with a full name alone', () => {
    assert.equal(leansOnUnnamedBody('The Polish Cyber Agency linked the crew to a bank fraud.', []), false);
  });
});
