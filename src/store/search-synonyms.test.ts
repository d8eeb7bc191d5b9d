import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchExpression, parseQuery } from './query-syntax.js';

const expression = (q: string): string => matchExpression(parseQuery(q)!);

describe('search synonyms', () => {
  it("should take an analyst's word, a run of words or its plural for every term of its set", () => {
    assert.equal(expression('subsea pipeline'), '("subsea" OR "undersea") AND "pipeline"');
    assert.equal(expression('UAVs'), '("drone" OR "uav" OR "unmanned aerial vehicle")');
  });

  it('should take the bare word "blackout" for a power cut only beside a power word, and every power term for a typed "blackout"', () => {
    assert.equal(expression('power cuts Kolberg'), '("power outage" OR "power cut" OR "power failure" OR "electricity outage" OR "blackout") AND ("power" OR "electricity" OR "grid") AND "Kolberg"');
    assert.equal(expression('blackouts'), '("blackout" OR "power outage" OR "power cut" OR "power failure" OR "electricity outage")');
  });

  it('should leave a quoted phrase, an OR group, a word left out and a word of no set as typed', () => {
    assert.equal(expression('"power cut"'), '"power cut"');
    assert.equal(expression('drone OR missile'), '("drone" OR "missile")');
    assert.equal(expression('grid -blackout'), '("grid") NOT "blackout"');
    assert.equal(expression('power station'), '"power" "station"');
  });
});
