import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutLegalForm } from './legal-form.js';
import { sameBodyName } from './organizations.js';

describe('a company written with and without its legal form', () => {
  it('should drop the forms that end a name, keeping a name made of a form alone', () => {
    assert.deepEqual(withoutLegalForm(['Northwind', 'Freight', 'Co.']), ['Northwind', 'Freight']);
    assert.deepEqual(withoutLegalForm(['Quartzline', 'Labs']), ['Quartzline']);
    assert.deepEqual(withoutLegalForm(['Company']), ['Company']);
  });

  it('should take two forms of one firm, or the firm without its form, for one body', () => {
    assert.equal(sameBodyName('Northwind Freight Company', 'Northwind Freight Co.'), true);
    assert.equal(sameBodyName('Quartzline', 'Quartzline Labs'), true);
    assert.equal(sameBodyName('Northwind Freight Company', 'Northwind Shipping Company'), false);
  });

  it('should take an aircraft maker with and without its trade word, in English or French, for one body', () => {
    assert.equal(sameBodyName('Valcourt', 'Valcourt Aerospace'), true);
    assert.equal(sameBodyName('Valcourt Aérospatiale', 'Valcourt Aerospace'), true);
    assert.equal(sameBodyName('Valcourt Aerospace', 'Northwind Aerospace'), false, 'two makers are two');
    assert.deepEqual(withoutLegalForm(['Aerospace']), ['Aerospace']);
  });
});
