import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuresIn } from './measure-figures.js';
import { firedThingOf } from './measure-qualifier.js';

/** Each figure read as [kind, thing, written, one, of]. */
function read(text: string): [string, string, string, string, string][] {
  return measuresIn(text).map((m) => [m.kind, m.thing, m.written, m.qualifier?.one ?? '', m.qualifier?.of ?? '']);
}

describe('measure qualifiers', () => {
  it('should keep the type of what was fired in the thing counted and in the value shown', () => {
    assert.deepEqual(read('Varnia launched 24 cruise missiles at the port.'), [['number launched', 'cruise missile', '24 cruise missiles', '', 'varnia']]);
    assert.deepEqual(read('Varnia launched 6 short-range ballistic missiles at the port.'), [['number launched', 'short-range ballistic missile', '6 short-range ballistic missiles', '', 'varnia']]);
    assert.equal(firedThingOf('', 'SRBMs'), 'short-range ballistic missile');
    assert.equal(firedThingOf('Iranian-made Shahed-type ', 'drones'), 'shahed drone');
    assert.equal(firedThingOf('more ', 'drones'), 'drone');
  });

  it('should read who fired: a country by its name, its people or its forces, or a name as written', () => {
    assert.equal(read('Iran on Monday launched 30 drones at the tankers.')[0]![4], 'IR');
    assert.equal(read('Russian forces fired 12 rockets at the bridge.')[0]![4], 'RU');
    assert.equal(read('Officials said 12 rockets were launched by Varnia overnight.')[0]![4], 'varnia');
    assert.equal(read('They launched 12 rockets at the bridge.')[0]![4], '');
  });

  it('should tell one missile of a salvo by its order, and leave out one of several unsaid which', () => {
    assert.deepEqual(read('The second missile flew about 350 km before it fell into the sea.'), [['distance flown', '', 'about 350 km', 'second missile', '']]);
    assert.deepEqual(read('Varnia fired one missile that flew about 700 km.').filter((r) => r[0] === 'distance flown'), [['distance flown', '', 'about 700 km', '', '']]);
    assert.deepEqual(read('One of the rockets flew 90 km.'), []);
    assert.deepEqual(read('Another missile travelled 120 km.'), []);
  });

  it('should read no plan, capability or guess as a measure', () => {
    assert.deepEqual(read('Engineers said the rocket was meant to have flown 2,000 km.'), []);
    assert.deepEqual(read('The missile could travel 3,000 km with a lighter warhead.'), []);
    assert.deepEqual(read('Varnia had planned to fire 20 drones.'), []);
  });

  it("should read no other flyer's height or distance beside a missile", () => {
    assert.deepEqual(read('A cargo plane flying at an altitude of 11 km saw the missile pass.'), []);
    assert.deepEqual(read('Fighter jets flying 300 km off the coast tracked the rocket.'), []);
    assert.deepEqual(read('A missile fired from a fighter jet flew about 250 km.'), [['distance flown', '', 'about 250 km', '', '']]);
    assert.deepEqual(read('The missile reached a peak altitude of 95 km.'), [['altitude', '', '95 km', '', '']]);
  });

  it('should count no part of a salvo as the salvo', () => {
    assert.deepEqual(read('Of those, 30 drones were launched at the capital.'), []);
    assert.deepEqual(read('Varnia launched 40 drones overnight, including 12 attack drones aimed at the port.').map((r) => r[2]), ['40 drones']);
  });

  it('should key a vote by what it was on', () => {
    assert.equal(read('The amendment failed, with 30 votes in favour and 44 against.')[0]![4], 'amendment');
    assert.equal(read('It passed with 50 votes in favour and 20 against.')[0]![4], '');
  });
});
