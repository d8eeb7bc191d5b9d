import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMakeAndModel, kindStartsCompound } from './vehicle-models.js';
import { isVehicle } from './not-people.js';

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

  it('should leave a make before a kind of vehicle that starts a compound (a town, a company)', () => {
    assert.ok(!isMakeAndModel('Lincoln', ' truck driver was killed'));
    assert.ok(!isMakeAndModel('Lincoln', ' car wash was robbed'));
    assert.ok(!isMakeAndModel('Volvo', ' truck sales fell'));
    assert.ok(!isMakeAndModel('Saturn', ' car owners sued'));
    assert.ok(isMakeAndModel('Volvo', ' truck was seen leaving'));
  });

  it('should leave a maker named before a compound, and still read a car after an article', () => {
    assert.ok(kindStartsCompound(' truck plant in Louisville'));
    const at = (body: string, text: string, type: 'organization' | 'location' | 'person') => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length, text, type });
    const plant = 'The Ford truck plant in Louisville will close.';
    assert.ok(!isVehicle(plant, at(plant, 'Ford', 'organization')));
    const driver = 'A Lincoln truck driver was killed on the highway.';
    assert.ok(!isVehicle(driver, at(driver, 'Lincoln', 'location')));
    const car = 'Police said the Ford truck was seen leaving.';
    assert.ok(isVehicle(car, at(car, 'Ford', 'organization')));
  });
});
