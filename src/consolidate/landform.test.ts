import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLandform } from './landform.js';

const at = (body: string, name: string): boolean => isLandform(name, body, body.indexOf(name) + name.length);

describe('isLandform', () => {
  it('should read a name with its geographic noun, in it or right after it, as a river, lake or range', () => {
    assert.ok(at('Barges were stuck on the Narva River for a week.', 'Narva River'));
    assert.ok(at('Fishing rights on Lake Peipus were discussed.', 'Lake Peipus'));
    assert.ok(at('An accord on water from the Zarafshan basin was signed.', 'Zarafshan'));
    assert.ok(at('Farmers along the Amu Darya lost their crops.', 'Amu Darya'));
  });

  it('should keep a body named after a river or lake a body', () => {
    assert.ok(!at('The Mekong River Commission published its figures.', 'Mekong River Commission'));
    assert.ok(!at('The Lake Chad Basin Commission met in Abuja.', 'Lake Chad Basin Commission'));
    assert.ok(!at('The Ministry of Water said the talks went well.', 'Ministry of Water'));
  });
});
