import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { memberRole, nameList } from './name-list.js';

function people(body: string, names: string[]): Entity[] {
  return names.map((name) => {
    const start = body.indexOf(name);
    return { text: name, type: 'person', start, end: start + name.length };
  });
}

describe('nameList', () => {
  it('should find the first name and the size of a list joined by commas and "and"', () => {
    const body = 'The defendants, Ryan Cole, Ida Marsh and Victor Lam, appeared in court. Nora Bell said so.';
    const found = people(body, ['Ryan Cole', 'Ida Marsh', 'Victor Lam', 'Nora Bell']);
    assert.deepEqual([nameList(found[2]!, found, body).first.text, nameList(found[2]!, found, body).size], ['Ryan Cole', 3]);
    assert.deepEqual([nameList(found[3]!, found, body).first.text, nameList(found[3]!, found, body).size], ['Nora Bell', 1]);
  });
});

describe('memberRole', () => {
  const isRole = (word: string): boolean => /^(?:defendant|suspect|spokesman|deputy|witness)$/.test(word);
  it('should give the singular of a plural role, without its count', () => {
    assert.equal(memberRole('defendants', isRole), 'defendant');
    assert.equal(memberRole('Two suspects', isRole), 'suspect');
    assert.equal(memberRole('spokesmen', isRole), 'spokesman');
    assert.equal(memberRole('deputies', isRole), 'deputy');
    assert.equal(memberRole('witnesses', isRole), 'witness');
  });

  it('should give nothing for a role in the singular', () => {
    assert.equal(memberRole('Police spokesman', isRole), null);
  });
});
