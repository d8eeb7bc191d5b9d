import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFreeAgent } from './free-agent.js';

function person(body: string, name: string, role: string) {
  const start = body.indexOf(name);
  return { role, roleMentions: [{ start, end: start + name.length }], mentions: [{ start, end: start + name.length }] };
}

describe('isFreeAgent', () => {
  it('should find a player out of contract, not an agent', () => {
    const body = 'The club signed free agent Ed Pike to a three-year deal on Monday.';
    assert.ok(isFreeAgent(body, person(body, 'Ed Pike', 'agent')));
    const restricted = 'They will not match the offer to restricted free agent, Ed Pike, the team said.';
    assert.ok(isFreeAgent(restricted, person(restricted, 'Ed Pike', 'agent')));
  });

  it('should keep an agent who is one', () => {
    const body = 'His agent Mia Dorn said talks would go on. Special agent Tom Kerr of the FBI said the case was open.';
    assert.ok(!isFreeAgent(body, person(body, 'Mia Dorn', 'agent')));
    assert.ok(!isFreeAgent(body, person(body, 'Tom Kerr', 'Special agent')));
  });
});
