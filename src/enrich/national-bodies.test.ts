import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOfBody } from './national-bodies.js';

describe('countryOfBody', () => {
  it('should give the country of a national body named without it', () => {
    assert.deepEqual(['FBI', 'the NSA', 'GCHQ', 'MI6', 'Justice Department', 'the Pentagon', 'FSB', 'Mossad', "FBI's"].map((n) => countryOfBody(n)), ['US', 'US', 'GB', 'GB', 'US', 'US', 'RU', 'IL', 'US']);
  });

  it('should read acronyms only as written and know no common words', () => {
    assert.deepEqual(['Nsa', 'fbi', 'Police', 'Ministry of Foreign Affairs'].map((n) => countryOfBody(n)), [null, null, null, null]);
  });

  it('should read a name several countries share only as the one of its countries the article names alone', () => {
    assert.equal(countryOfBody('the National Police Agency'), null);
    assert.equal(countryOfBody('the National Police Agency', new Set(['JP', 'US'])), 'JP');
    assert.equal(countryOfBody('the National Police Agency', new Set(['JP', 'KR'])), null);
    assert.equal(countryOfBody('NIS', new Set(['KP', 'KR'])), 'KR');
  });

  it("should read a state news agency as its state's, and the Treasury as the one country the article names", () => {
    assert.deepEqual(['KCNA', 'the Korean Central News Agency', 'Rodong Sinmun'].map((n) => countryOfBody(n)), ['KP', 'KP', 'KP']);
    assert.equal(countryOfBody('Treasury'), null);
    assert.equal(countryOfBody('the Treasury', new Set(['US', 'KP'])), 'US');
    assert.equal(countryOfBody('Treasury', new Set(['GB', 'US'])), null);
  });

  it("should read a unit named after its national force as that force's country, and no other name by its first words", () => {
    assert.deepEqual(['Garda National Cyber Crime Bureau', 'the Garda', 'An Garda Síochána', 'Garda Síochána Ombudsman Commission', 'RCMP Federal Policing', 'Guardia Civil Cybercrime Unit'].map((n) => countryOfBody(n)), ['IE', 'IE', 'IE', 'IE', 'CA', 'ES']);
    // A seat of government leads names that are no part of it; a force's name must lead a name, not stand in it.
    assert.deepEqual(['White House Correspondents Association', 'Garda', 'Friends of the Garda', 'Garda vetting'].map((n) => countryOfBody(n)), [null, 'IE', null, null]);
  });

  it("should give Britain's foreign ministry by its names, and the Foreign Office to the one of Britain and Germany named (ux75b)", () => {
    assert.equal(countryOfBody('Foreign, Commonwealth and Development Office'), 'GB');
    assert.equal(countryOfBody('FCDO'), 'GB');
    assert.equal(countryOfBody('Foreign Office', new Set(['GB', 'KG'])), 'GB');
    assert.equal(countryOfBody('Foreign Office', new Set(['DE'])), 'DE');
    assert.equal(countryOfBody('Foreign Office', new Set(['GB', 'DE'])), null);
  });
});
