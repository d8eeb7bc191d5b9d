import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { bodiesWithoutDashedDateline } from './dateline-dash.js';

function org(body: string, text: string): Entity {
  return { text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length };
}

describe('a dateline with a spaced dash read as part of a body', () => {
  it('should make the town a place and keep the body after the dash', () => {
    const body = "Nairobi - Kenya's Ports Authority said the quay was shut.";
    const out = bodiesWithoutDashedDateline([org(body, "Nairobi - Kenya's Ports Authority")]);
    assert.deepEqual(out.map((e) => [body.slice(e.start, e.end), e.type, e.country]), [
      ['Nairobi', 'location', 'KE'],
      ["Kenya's Ports Authority", 'organization', undefined],
    ]);
  });

  it('should make a country alone after the dash a place', () => {
    const body = 'Nairobi - Kenya on Monday opened the quay.';
    const out = bodiesWithoutDashedDateline([org(body, 'Nairobi - Kenya')]);
    assert.deepEqual(out.map((e) => [e.text, e.type]), [['Nairobi', 'location'], ['Kenya', 'location']]);
  });

  it('should leave a name with a dash and no town before it alone', () => {
    const body = 'Tarvickson - Jones Partners won the bid.';
    const out = bodiesWithoutDashedDateline([org(body, 'Tarvickson - Jones Partners')]);
    assert.deepEqual(out.map((e) => e.text), ['Tarvickson - Jones Partners']);
  });
});

describe('a dateline in capitals with a doubled hyphen joined to what follows', () => {
  it('should split a place the tagger joined across "--" into the town and the country', () => {
    const body = 'NAIROBI -- Kenya on Monday reopened the quay.';
    const out = bodiesWithoutDashedDateline([{ text: 'NAIROBI -- Kenya', type: 'location', start: 0, end: 16 }]);
    assert.deepEqual(out.map((e) => [body.slice(e.start, e.end), e.type, e.country]), [
      ['NAIROBI', 'location', 'KE'],
      ['Kenya', 'location', 'KE'],
    ]);
  });

  it('should split a body the tagger joined across "--" as it does across one dash', () => {
    const body = "NAIROBI -- Kenya's Ports Authority said the quay was shut.";
    const out = bodiesWithoutDashedDateline([org(body, "NAIROBI -- Kenya's Ports Authority")]);
    assert.deepEqual(out.map((e) => [body.slice(e.start, e.end), e.type]), [
      ['NAIROBI', 'location'],
      ["Kenya's Ports Authority", 'organization'],
    ]);
  });
});
