import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { isCapitalsLine } from './capitals-line.js';

function entity(body: string, text: string, type: Entity['type'] = 'organization'): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('a line of capitals the tagger read as a body', () => {
  it('should be no name where the name fills the line', () => {
    const body = 'The hospital was hit.\n\nCLINIC SAYS SYSTEMS RESTORED\n\nStaff went home.';
    assert.equal(isCapitalsLine(body, entity(body, 'CLINIC SAYS SYSTEMS RESTORED')), true);
  });

  it('should keep a name in a sentence, a short name in capitals, and a person', () => {
    const body = 'It was run by the NORTH ATLANTIC TREATY ORGANIZATION office in town.\nNATO BACKS PLAN\nJOHN PAUL DAVID JONES\n';
    assert.equal(isCapitalsLine(body, entity(body, 'NORTH ATLANTIC TREATY ORGANIZATION')), false);
    assert.equal(isCapitalsLine(body, entity(body, 'NATO BACKS PLAN')), false);
    assert.equal(isCapitalsLine(body, entity(body, 'JOHN PAUL DAVID JONES', 'person')), false);
  });
});
