import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitSentences } from '../sentences.js';
import { recognizeEntities } from './recognize.js';
import { withKnownBodies } from './known-bodies.js';

function entities(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.map((e) => `${e.type}:${e.text}`);
}

/** Each name found once, at its first place in the body, as the type given. */
function given(body: string, found: readonly [string, Entity['type']][]): Entity[] {
  let from = 0;
  return found.map(([text, type]) => {
    const start = body.indexOf(text, from);
    from = start + text.length;
    return { text, type, start, end: start + text.length };
  });
}

describe('known bodies', () => {
  it("should read Europe's police and justice agencies as bodies, not people or places", () => {
    assert.deepEqual(entities('Belgian police and Europol said on Tuesday that nine suspects were held.'), ['organization:Europol']);
    assert.deepEqual(entities('The raids were coordinated by Eurojust, and Interpol issued a red notice for the man.'), ['organization:Eurojust', 'organization:Interpol']);
  });

  it('should read retail chains as firms, whole where the name holds "and"', () => {
    assert.deepEqual(entities('Crowds gathered outside Harrods before the doors opened.'), ['organization:Harrods']);
    assert.deepEqual(entities('Marks and Spencer said its food sales rose in the spring.'), ['organization:Marks and Spencer']);
    assert.deepEqual(entities('Prices at Sainsbury’s rose again in March.'), ['organization:Sainsbury’s']);
  });

  it('should read two capitalised names joined by "&" as one firm where the tagger read a person', () => {
    const body = 'Shares of Hallam & Crewe fell after the recall.';
    const found = withKnownBodies(body, given(body, [['Hallam', 'person'], ['Crewe', 'location']]));
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['organization:Hallam & Crewe']);
  });

  it('should leave "&" alone where no person was read, and a longer body that holds a known name', () => {
    const service = 'Calderdale Fire & Rescue said the blaze was out.';
    assert.deepEqual(withKnownBodies(service, given(service, [['Calderdale', 'location']])).map((e) => e.text), ['Calderdale']);
    const unit = 'The Interpol Global Complex for Innovation said so.';
    assert.deepEqual(withKnownBodies(unit, given(unit, [['Interpol Global Complex for Innovation', 'organization']])).map((e) => e.text), ['Interpol Global Complex for Innovation']);
  });

  it('should not take a word that only holds a known name', () => {
    const body = 'The Europolitics newsletter and Tescott Smith said so.';
    assert.deepEqual(withKnownBodies(body, given(body, [['Tescott Smith', 'person']])).map((e) => `${e.type}:${e.text}`), ['person:Tescott Smith']);
  });
});
