import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectionProblem } from './connection-problem.js';

describe('why a PostgreSQL connection failed', () => {
  it("should say a password is missing instead of the SCRAM code's own words", () => {
    assert.match(connectionProblem(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')), /^the server asks for a password and none was given/);
  });

  it('should name sslrootcert when the server certificate cannot be verified', () => {
    const error = Object.assign(new Error('unable to verify the first certificate'), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    assert.match(connectionProblem(error), /^unable to verify the first certificate \(.*sslrootcert=FILE/);
  });

  it("should keep node-postgres's message when it is clear already", () => {
    assert.equal(connectionProblem(new Error('password authentication failed for user "ana"')), 'password authentication failed for user "ana"');
    assert.equal(connectionProblem('a string thrown'), 'a string thrown');
  });
});
