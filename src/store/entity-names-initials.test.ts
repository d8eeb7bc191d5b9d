import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterNames, stateBodyInitials } from './entity-names.js';

describe('a state body found by its initials', () => {
  it('should give the initials of a spelled-out state body, its country set aside', () => {
    assert.equal(stateBodyInitials('US Federal Bureau of Investigation'), 'FBI');
    assert.equal(stateBodyInitials('Office of Foreign Assets Control'), 'OFAC');
    assert.ok(filterNames({ name: 'US Federal Bureau of Investigation', aliases: [] }, false).includes('FBI'));
  });

  it('should give none for a company, a name of two words or one holding a country word', () => {
    assert.equal(stateBodyInitials('Northwind Shipping Company'), null);
    assert.equal(stateBodyInitials('Justice Department'), null);
    assert.equal(stateBodyInitials('Bureau of Indian Affairs'), null);
  });
});

describe('a company found by the name before its form and trade word', () => {
  it('should find a firm by its name without "SA", "Tbk", "PT" or a trade word such as Metals', () => {
    assert.ok(filterNames({ name: 'Lindqvist Metals SA', aliases: [] }, false).includes('Lindqvist'));
    assert.ok(filterNames({ name: 'PT Sarana Logam Tbk', aliases: [] }, false).includes('Sarana Logam'));
  });
});
