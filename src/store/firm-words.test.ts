import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firmWords } from './firm-words.js';
import { filterNames } from './entity-names.js';

describe('firmWords', () => {
  it("should give each word of a company's name that names it alone", () => {
    assert.deepEqual(firmWords('PT Karya Sembilan Tbk'), ['Karya', 'Sembilan']);
    assert.deepEqual(firmWords('Oskarsson Metals SA'), ['Oskarsson']);
    assert.deepEqual(firmWords('Brevik Shipping Ltd'), ['Brevik']);
  });

  it("should give no word that says a firm's trade or place, and none for a name no firm's mark is on", () => {
    assert.deepEqual(firmWords('Pacific Steel Holdings Inc'), []);
    assert.deepEqual(firmWords('Norway Metals ASA'), []);
    assert.deepEqual(firmWords('Bank Indonesia'), []);
    assert.deepEqual(firmWords('World Trade Organization'), []);
    assert.deepEqual(firmWords('Harbour Shipping Council'), []);
    assert.deepEqual(firmWords('Acme Corp'), []);
  });
});

describe('filterNames, a company by one word of its name', () => {
  it('should find a firm by a distinctive word, and not by its trade word', () => {
    const names = filterNames({ name: 'PT Karya Sembilan Tbk', aliases: [] }, false);
    assert.ok(names.includes('Karya') && names.includes('Sembilan'), names.join('|'));
    const metals = filterNames({ name: 'Oskarsson Metals SA', aliases: ['Oskarsson Metals'] }, false);
    assert.ok(metals.includes('Oskarsson'));
    assert.ok(!metals.includes('Metals'));
  });
});

describe('firmWords, ordinary English words of a name', () => {
  it('should leave out a word a reader would type for many things, and keep the coined one beside it', () => {
    assert.deepEqual(firmWords('State Vardenholm Corp'), ['Vardenholm']);
    assert.deepEqual(firmWords('Quillabrook Home Supplies Inc'), ['Quillabrook']);
    assert.deepEqual(firmWords('Best Times Express Co'), []);
  });

  it('should not file a firm under "State" or "Street" for the entity filter', () => {
    const names = filterNames({ name: 'State Street Vardenholm Corp', aliases: [] }, false);
    assert.ok(names.includes('Vardenholm'), names.join('|'));
    assert.ok(!names.includes('State') && !names.includes('Street'), names.join('|'));
  });
});
