import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleWithoutBody } from './role-without-body.js';

describe('roleWithoutBody', () => {
  it('should leave out the body the role opens with when it is the organisation', () => {
    assert.equal(roleWithoutBody('Justice Department spokesman', 'Justice Department'), 'spokesman');
    assert.equal(roleWithoutBody('White House press secretary', 'White House'), 'press secretary');
    assert.equal(roleWithoutBody('NATO Secretary General', 'NATO'), 'Secretary General');
  });

  it("should keep the kind of a town's service before a title of one word", () => {
    assert.equal(roleWithoutBody('Dayton Police Chief', 'Dayton Police'), 'Police Chief');
    assert.equal(roleWithoutBody('Dayton Police deputy chief', 'Dayton Police'), 'deputy chief');
  });

  it("should leave out the body's possessive too", () => {
    assert.equal(roleWithoutBody("Tesla's chief executive", 'Tesla'), 'chief executive');
  });

  it('should keep the title qualifiers written before the body', () => {
    assert.equal(roleWithoutBody('Deputy UN Ambassador', 'UN'), 'Deputy Ambassador');
  });

  it('should keep a role that names no body, another body, or nothing but the body', () => {
    assert.equal(roleWithoutBody('spokesman', 'Justice Department'), 'spokesman');
    assert.equal(roleWithoutBody('Detroit Police Chief', 'Detroit Police Department'), 'Detroit Police Chief');
    assert.equal(roleWithoutBody('director of the FBI', 'FBI'), 'director of the FBI');
    assert.equal(roleWithoutBody('Justice Department', 'Justice Department'), 'Justice Department');
    assert.equal(roleWithoutBody('Council leader', null), 'Council leader');
  });
});
