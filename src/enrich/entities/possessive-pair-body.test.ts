import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitSentences } from '../sentences.js';
import { possessivePairsAsBodies } from './possessive-pair-body.js';
import { recognizeEntities } from './recognize.js';

function span(body: string, text: string, type: Entity['type']): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('possessivePairsAsBodies', () => {
  it("should make two possessives joined by \"and\", the second a saint's, one body with the trust named after it", () => {
    const body = "Hale's and St Oswin's NHS Foundation Trust cancelled operations.";
    const found = [span(body, 'Hale', 'person'), span(body, 'St Oswin', 'person'), span(body, 'NHS Foundation Trust', 'organization')];
    possessivePairsAsBodies(body, found);
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ["organization:Hale's and St Oswin's NHS Foundation Trust"]);
  });

  it("should read a saint's name ending in s with the apostrophe alone, and two saints", () => {
    const body = "Staff at Barnaby's and St Thomas' said so, as did St Ann's and St Luke's.";
    const found = [span(body, 'Barnaby', 'person'), span(body, 'Thomas', 'person'), span(body, 'Luke', 'person')];
    possessivePairsAsBodies(body, found);
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ["organization:Barnaby's and St Thomas'", "organization:St Ann's and St Luke's"]);
  });

  it('should leave two people whose possessives are not joined to a saint', () => {
    const body = "Tom's and Ann's cars were stolen on Friday.";
    const found = [span(body, 'Tom', 'person'), span(body, 'Ann', 'person')];
    possessivePairsAsBodies(body, found);
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['person:Tom', 'person:Ann']);
  });

  it('should give the whole pipeline the trust, not two people', () => {
    const text = "Guy's and St Thomas' said some patients would be sent to other hospitals after the attack.";
    const people = recognizeEntities(text, splitSentences(text)).entities.filter((e) => e.type === 'person');
    assert.deepEqual(people, []);
  });
});
