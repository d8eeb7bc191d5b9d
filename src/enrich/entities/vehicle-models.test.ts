import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMakeAndModel } from './vehicle-models.js';

describe('isMakeAndModel', () => {
  it('should read a make and its model as a car, with a colour, a year or an owner before them', () => {
    for (const name of ['Pontiac Grand Prix', 'Nissan Maxima', 'Red Honda Accord', 'Silver 2009 Chevy Tahoe', 'Ford Crown Victoria', 'Lena Marsh’s Toyota Corolla', 'Dodge Grand Caravan', 'Ford F-150', 'Ford Focus-type', 'Grey Nissan SUV', 'Lincoln Town Car', 'Mercedes Benz van']) {
      assert.ok(isMakeAndModel(name), name);
    }
  });

  it('should read a make as a car where the kind of vehicle follows the name', () => {
    assert.ok(isMakeAndModel('Mercedes Benz', ' van pulled up'));
    assert.ok(!isMakeAndModel('Mercedes Benz', ' said sales rose'));
    assert.ok(!isMakeAndModel('Mercedes Ortiz', ' van'));
  });

  it('should leave people, bodies and places named like a make or a model', () => {
    for (const name of ['Henry Ford Hospital', 'Ford Foundation', 'Lincoln Park High School', 'Mercedes Ortiz', 'Mercedes-Benz Stadium', 'Toyota Motor Corp.', 'Honda Center', 'Kia Johnson', 'Santa Fe', 'Chevy Chase', 'Lincoln County', 'Dodge City']) {
      assert.ok(!isMakeAndModel(name), name);
    }
  });
});
