import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { withoutPortfolios } from './portfolio-names.js';

function at(body: string, text: string, type: Entity['type']): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('withoutPortfolios', () => {
  it('should drop a portfolio written in capitals after a title and "for"', () => {
    const body = 'Maria Lind, Deputy Director for South African Trade Affairs, spoke.';
    const found = withoutPortfolios(body, [at(body, 'Maria Lind', 'person'), at(body, 'Trade Affairs', 'organization')]);
    assert.deepEqual(found.map((e) => e.text), ['Maria Lind']);
  });

  it('should keep a body named with its head word after a title, and a magazine after "for"', () => {
    const body = 'He was Secretary for the Bureau of Consular Affairs and wrote for Foreign Policy.';
    const kept = [at(body, 'Bureau of Consular Affairs', 'organization'), at(body, 'Foreign Policy', 'organization')];
    assert.equal(withoutPortfolios(body, kept).length, 2);
  });
});
