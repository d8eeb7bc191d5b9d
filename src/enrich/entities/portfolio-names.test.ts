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

  it('should drop the remit of an under secretary or an attorney general written in capitals after "for"', () => {
    const body = 'Nora Vail, Under Secretary for Trade and Regional Development, and Owen Kerr, Assistant Attorney General for National Security, spoke.';
    const found = withoutPortfolios(body, [at(body, 'Nora Vail', 'person'), at(body, 'Trade and Regional Development', 'organization'), at(body, 'Owen Kerr', 'person'), at(body, 'National Security', 'organization')]);
    assert.deepEqual(found.map((e) => e.text), ['Nora Vail', 'Owen Kerr']);
  });

  it("should drop a whole title and its portfolio read as a body right before a person's name, and keep a body after a title", () => {
    const body = 'Deputy National Security Adviser for International Economics Dev Malhotra spoke. The Director of National Intelligence said so.';
    const found = withoutPortfolios(body, [at(body, 'Deputy National Security Adviser for International Economics', 'organization'), at(body, 'Dev Malhotra', 'person'), at(body, 'Director of National Intelligence', 'organization')]);
    assert.deepEqual(found.map((e) => e.text), ['Dev Malhotra', 'Director of National Intelligence']);
    const apposed = 'Ada Kask, the EU\'s High Representative for Foreign Affairs and Security Policy, spoke.';
    assert.deepEqual(withoutPortfolios(apposed, [at(apposed, 'Ada Kask', 'person'), at(apposed, 'High Representative for Foreign Affairs and Security Policy', 'organization')]).map((e) => e.text), ['Ada Kask']);
  });
});
