import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { laborParty } from './labor-party.js';

const found = (body: string): string[] => laborParty(body, []).map((e) => `${e.type}:${body.slice(e.start, e.end)}`);

describe('"Labor" alone as the party', () => {
  it('should read the word inside a sentence as the party', () => {
    assert.deepEqual(found('Under its new leader, Labor picked up nine seats in 2022.'), ['organization:Labor']);
    assert.deepEqual(found("The seats were usually Labor-held; Labor's Jack Lang lost them."), ['organization:Labor', 'organization:Labor']);
    assert.deepEqual(found('The coalition had eight parties; Labor, Likud and Shas among them.'), ['organization:Labor']);
  });

  it('should leave the common noun and the office titles', () => {
    for (const body of ['A ruling by the Department of Labor came late.', 'Stores shut on Labor Day this year.', 'He met Labor Secretary Marty Walsh.', 'Support from organized Labor waned.', 'Labor unions marched.']) {
      assert.deepEqual(found(body), [], body);
    }
  });

  it('should add nothing where a name already covers the word', () => {
    const body = 'He joined the Australian Labor Party in 1990.';
    const start = body.indexOf('Australian');
    assert.equal(laborParty(body, [{ text: 'Australian Labor Party', type: 'organization', start, end: start + 22 }]).length, 1);
  });
});
