import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { choosePlace } from './place.js';
import { splitSentences } from './sentences.js';

/** The place choosePlace gives an invented report, as [name, country]. */
function at(body: string): [string | undefined, string | null | undefined] {
  const p = choosePlace(body, recognizeEntities(body, splitSentences(body)).entities, () => false, '');
  return [p?.name, p?.country];
}

describe('choosePlace: an attack on a merchant ship', () => {
  it('should place it off the island the lead names, in the island\'s country', () => {
    assert.deepEqual(at('DUBAI, March 3 (Wire) - Gunmen in a skiff fired on the bulk carrier Amber Tern about 30 nautical miles off Socotra on Tuesday, the manager said.'), ['Socotra', 'YE']);
    assert.deepEqual(at('Gunmen boarded and seized the tanker Silver Heron off Kharg Island on Friday, the owner said. The ship had left Basra bound for Singapore.'), ['Kharg', 'IR']);
    assert.deepEqual(at('LAGOS, May 2 (Wire) - Pirates boarded the tanker Blue Wren off Bioko on Monday and took six crew, the navy said.'), ['Bioko', 'GQ']);
  });

  it("should not place it at the manager's city or the cargo's ports", () => {
    const manager = at('Gunmen in a skiff fired on the bulk carrier Amber Tern off the coast on Tuesday. The vessel, managed by a Piraeus-based firm and carrying grain from Odesa to Alexandria, was not damaged.');
    assert.ok(!['Piraeus', 'Odesa', 'Alexandria'].includes(manager[0]!), `placed at ${manager[0]}`);
    assert.deepEqual(at('NAIROBI, June 9 (Wire) - A drone struck the oil tanker Velvet Crane in the Red Sea 40 nautical miles off Hodeidah on Sunday. The tanker, owned by a Hamburg company and bound for Rotterdam, caught fire.')[0], 'Hodeidah');
  });

  it("should read a ship called \"The Sea ...\" as no sea, and take the bearing's island over the wire's dateline", () => {
    assert.deepEqual(at('MOGADISHU, April 2 (Wire) - The Sea Lark was last tracked 80 nautical miles east of Socotra before pirates boarded the fishing vessel on Monday, officials said.'), ['Socotra', 'YE']);
  });

  it('should keep a port where the ship was attacked in port, and an island of no list without a country', () => {
    // Not at sea: a strike on a ship docked in a port is the port's.
    assert.deepEqual(at('A missile hit a warehouse in the port of Hodeidah on Sunday, officials said.')[0], 'Hodeidah');
    // A strait of the same name as an island is no island: no country.
    assert.deepEqual(at('Gunboats seized a tanker in the Strait of Hormuz on Friday.'), ['Strait of Hormuz', null]);
  });
});

describe('choosePlace: a hijacking off a country, told under a wire dateline abroad', () => {
  it("should place it off the country the lead names, not at the wire's city", () => {
    assert.deepEqual(at('NAIROBI — Pirates hijacked the bulk carrier MV Kestrel Bay off the coast of Somalia early on Monday, a naval force said.'), ['Somalia', 'SO']);
  });

  it('should keep the dateline where the lead tells of no incident at sea off the country', () => {
    assert.deepEqual(at('NAIROBI — Ministers met on Monday to discuss piracy off the coast of Somalia, officials said.')[0], 'Nairobi');
  });
});
