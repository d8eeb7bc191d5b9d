import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { sentenceCompanies } from './report-company.js';

const org = (body: string, text: string): Entity => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length });

describe('sentenceCompanies', () => {
  it('should give each sentence the nearest firm named at or before it, passing over agencies, ministries and acronyms', () => {
    const body = 'OSLO (NWA) - Fjordline Foods ASA cut its outlook. The Trade Ministry declined to comment. Its shares fell 4%.';
    const first = body.indexOf('.') + 1;
    const second = body.indexOf('.', first) + 1;
    const sentences = [{ start: 0, end: first }, { start: first + 1, end: second }, { start: second + 1, end: body.length }];
    const entities = [org(body, 'NWA'), org(body, 'Fjordline Foods ASA'), org(body, 'Trade Ministry')];
    assert.deepEqual(sentenceCompanies({ body, entities, sentences }), ['Fjordline Foods ASA', null, 'Fjordline Foods ASA']);
  });

  it('should give none before any firm is named', () => {
    const body = 'Markets were quiet. Fjordline Foods warned on profit.';
    const sentences = [{ start: 0, end: 19 }, { start: 20, end: body.length }];
    assert.deepEqual(sentenceCompanies({ body, entities: [org(body, 'Fjordline Foods')], sentences }), [null, 'Fjordline Foods']);
  });
});

describe('sentenceCompanies: carrying a firm into a later sentence', () => {
  it('should carry no party into a sentence about its share of the vote', () => {
    const body = 'Harbour Alliance Ltd won the by-election in Corrow on Thursday. Its shares of the vote rose 12% from 2024, counters said.';
    const first = body.indexOf('.') + 1;
    const sentences = [{ start: 0, end: first }, { start: first + 1, end: body.length }];
    assert.deepEqual(sentenceCompanies({ body, entities: [org(body, 'Harbour Alliance Ltd')], sentences }), ['Harbour Alliance Ltd', null]);
  });
});
