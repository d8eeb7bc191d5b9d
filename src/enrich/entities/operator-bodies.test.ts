import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function typeOf(body: string, name: string): string | undefined {
  return recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === name)?.type;
}

describe('operatorsAsBodies', () => {
  it('should read a name in apposition to a grid operator as a body, not a person', () => {
    assert.equal(typeOf('Power was cut to 30,000 homes near Dresden on Sunday. The grid operator, Ostnetz Elbe, put the number of customers affected at 31,000.', 'Ostnetz Elbe'), 'organization');
  });

  it("should read a name with a network's word in it as a body", () => {
    assert.equal(typeOf('Repairs would take a month, far longer than the two weeks suggested by its partner Saariverkko.', 'Saariverkko'), 'organization');
  });

  it('should read the operator of a named line, set off by commas, as a body', () => {
    assert.equal(typeOf('An hour later, the operator of the Lake Crossing oil pipeline, Marjala, reported a pressure drop and shut the line.', 'Marjala'), 'organization');
  });

  it("should leave a machine's or a desk's operator a person (review75)", () => {
    assert.equal(typeOf('The crane toppled on Tuesday. The operator, Maria Lopez, 34, was taken to hospital with minor injuries.', 'Maria Lopez'), 'person');
    assert.equal(typeOf('The outage began at noon. A system operator, Tom Reed, said the backup failed.', 'Tom Reed'), 'person');
  });

  it("should still read a people's adjective before the operator as a utility's", () => {
    assert.equal(typeOf('Power was cut across Riga on Sunday, the Latvian operator Sadalestikls said.', 'Sadalestikls'), 'organization');
  });
});
