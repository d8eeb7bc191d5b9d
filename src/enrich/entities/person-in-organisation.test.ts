import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitPersonFromOrganisation } from './person-in-organisation.js';

/** The entities after the split, for one organisation the tagger read at `name` in `body`. */
function split(body: string, name: string, others: Entity[] = []): string[] {
  const start = body.indexOf(name);
  const entities: Entity[] = [...others, { text: name, type: 'organization' as const, start, end: start + name.length }].sort((a, b) => a.start - b.start);
  splitPersonFromOrganisation(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('a person read into an organisation', () => {
  it('should split a person after a body that a role stands before', () => {
    assert.deepEqual(split('The chief executive of the Harbour Trust Mirela Dascalu said the quay would reopen.', 'Harbour Trust Mirela Dascalu'), ['organization:Harbour Trust', 'person:Mirela Dascalu']);
    assert.deepEqual(split('A chemistry student at University of Auckland Tane Rewiri saw the smoke.', 'University of Auckland Tane Rewiri'), ['organization:University of Auckland', 'person:Tane Rewiri']);
  });

  it('should split a person after an acronym a role and its link stand before, not a one-word body', () => {
    assert.deepEqual(split('The French ambassador to the UN Claire Vasseur said the text was dead.', 'UN Claire Vasseur'), ['organization:UN', 'person:Claire Vasseur']);
    assert.deepEqual(split('Shares of Bank Julius Baer rose.', 'Bank Julius Baer'), ['organization:Bank Julius Baer']);
  });

  it('should give back the country a person was ambassador to', () => {
    assert.deepEqual(split('The ambassador to the United States Odile Ferrand said talks would resume.', 'United States Odile Ferrand'), ['location:United States', 'person:Odile Ferrand']);
    // A comma may close the name after a place; after a body it ends the clause ("an analyst at Bank of America Merrill Lynch, said").
    assert.deepEqual(split("According to the ambassador to the United States Odile Ferrand, the talks will resume.", 'United States Odile Ferrand'), ['location:United States', 'person:Odile Ferrand']);
    assert.deepEqual(split('Ana Ruiz, an analyst at Bank of America Merrill Lynch, said rates would rise.', 'Bank of America Merrill Lynch'), ['organization:Bank of America Merrill Lynch']);
    assert.deepEqual(split('Jane Doe, a spokeswoman for the New York Botanical Garden, said the doors would open.', 'New York Botanical Garden'), ['organization:New York Botanical Garden']);
  });

  it('should split where the article names the person elsewhere, with no role before', () => {
    const body = 'Kestrel Shipping Company Arvo Lindqvist said costs rose. Later, Lindqvist added that fuel was to blame.';
    const person: Entity = { text: 'Lindqvist', type: 'person', start: body.lastIndexOf('Lindqvist'), end: body.lastIndexOf('Lindqvist') + 9 };
    assert.deepEqual(split(body, 'Kestrel Shipping Company Arvo Lindqvist', [person]).slice(0, 2), ['organization:Kestrel Shipping Company', 'person:Arvo Lindqvist']);
  });

  it('should read a title and a name as the person', () => {
    assert.deepEqual(split('Ambassador Odile Ferrand said talks would resume.', 'Ambassador Odile Ferrand'), ['person:Odile Ferrand']);
  });

  it('should split a person "of" a party', () => {
    assert.deepEqual(split('The winners were Mei Ling Cho of Harbour Workers Party and two others.', "Mei Ling Cho of Harbour Workers Party"), ['person:Mei Ling Cho', 'organization:Harbour Workers Party']);
  });

  it('should leave whole the bodies whose own words look like a name', () => {
    // A head word before "of", a place across the cut, a body ending in "of", no role and no other mention.
    assert.deepEqual(split('Bank of America Merrill Lynch raised its forecast.', 'Bank of America Merrill Lynch'), ['organization:Bank of America Merrill Lynch']);
    assert.deepEqual(split('She sat on the Board of Governors of North Dakota State for a decade.', 'Board of Governors of North Dakota State'), ['organization:Board of Governors of North Dakota State']);
    assert.deepEqual(split('She joined the Centre of Social Democrats in 1979.', 'Centre of Social Democrats'), ['organization:Centre of Social Democrats']);
    assert.deepEqual(split('Friends of the Earth and the Sons of the Prairie wrote.', 'Friends of the Earth'), ['organization:Friends of the Earth']);
    assert.deepEqual(split('The Fraternal Order of Police endorsed the mayor.', 'Fraternal Order of Police'), ['organization:Fraternal Order of Police']);
    assert.deepEqual(split('Premier Foods shares fell.', 'Premier Foods'), ['organization:Premier Foods']);
    // A sentence that ends after the body, a one-word body, a town after the body.
    assert.deepEqual(split('said Ana Ruiz, an analyst at Bank of America Merrill Lynch.', 'Bank of America Merrill Lynch'), ['organization:Bank of America Merrill Lynch']);
    assert.deepEqual(split('Peter Smith, an analyst at Bank Julius Baer, said rates would rise.', 'Bank Julius Baer'), ['organization:Bank Julius Baer']);
    assert.deepEqual(split('a professor at California State University San Bernardino said on Monday', 'California State University San Bernardino'), ['organization:California State University San Bernardino']);
    assert.deepEqual(split('The National Security Council met.', 'National Security Council'), ['organization:National Security Council']);
  });
});
