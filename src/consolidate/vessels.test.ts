import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OrganizationRef, Participant } from '../model/types.js';
import { vesselsOf, withoutVessels } from './vessels.js';

const oneGroupEach = (id: string): string => id;

describe('vesselsOf', () => {
  it('should give one ship across outlets, with its flag and IMO number, whether written with a prefix or "the"', () => {
    const reports = [
      { id: 'a1', headline: 'Bulk carrier Sea Lark hijacked off Somalia', body: 'MOMBASA — Armed men boarded the Liberia-flagged bulk carrier Sea Lark (IMO 9345678) on Sunday, its manager said.' },
      { id: 'a2', headline: 'Pirates seize MV Sea Lark', body: 'Pirates took the MV Sea Lark on Monday, a naval force said.' },
      { id: 'a3', headline: 'Crew families wait for news', body: 'Relatives of the crew of the Sea Lark gathered at the manager\u2019s office.' },
    ];
    assert.deepEqual(vesselsOf(reports, oneGroupEach), [{ name: 'Sea Lark', aliases: ['MV Sea Lark'], imo: '9345678', flag: 'LR', sources: ['a1', 'a2', 'a3'], corroboration: 3 }]);
  });

  it('should read a flag told in a sentence naming the ship, as a country or its people\u2019s word', () => {
    const flies = [{ id: 'b1', headline: null, body: 'A drone hit the tanker Coral Meridian near Socotra on Friday. The Coral Meridian flies the Marshall Islands flag.' }];
    assert.equal(vesselsOf(flies, oneGroupEach)[0]?.flag, 'MH');
    const demonym = [{ id: 'b2', headline: null, body: 'The Panamanian-flagged tanker Selene Star was struck on Tuesday.' }];
    assert.equal(vesselsOf(demonym, oneGroupEach)[0]?.flag, 'PA');
  });

  it('should join two names of one IMO number, and keep two ships apart', () => {
    const reports = [
      { id: 'c1', headline: null, body: 'The container ship Amber Tide (IMO 9700001) and the tanker Selene Star were both hit on Tuesday.' },
      { id: 'c2', headline: null, body: 'The boxship Amber Tide Express, IMO 9700001, was towed to port.' },
    ];
    const found = vesselsOf(reports, oneGroupEach);
    assert.deepEqual(found.map((v) => [v.name, v.imo]), [['Amber Tide', '9700001'], ['Selene Star', null]]);
    assert.deepEqual(found[0]!.aliases, ['Amber Tide Express']);
  });

  it('should leave out a ship named only where the report sets another, recent event against its own', () => {
    const reports = [{ id: 'e1', headline: 'Delfin cable fault was technical, grid says', body: "The Delfin power cable failed on Friday because a joint broke down, its operator said on Saturday. Unlike last Tuesday's break in the Skerry Link, which police blame on the anchor of the freighter Morning Gull, the Delfin fault was technical, engineers said." }];
    assert.deepEqual(vesselsOf(reports, oneGroupEach), []);
  });

  it('should not give a ship a flag a sentence gives another, nor a flag that is no country', () => {
    const other = [{ id: 'd1', headline: null, body: 'The tanker Selene Star was hit on Tuesday. A Greek-flagged ship nearby, the Amber Tide, sent a boat.' }];
    assert.equal(vesselsOf(other, oneGroupEach).find((v) => v.name === 'Selene Star')?.flag, null);
    const notCountry = [{ id: 'd2', headline: null, body: 'The red-flagged tanker Selene Star was hit on Tuesday.' }];
    assert.equal(vesselsOf(notCountry, oneGroupEach)[0]?.flag, null);
  });

  it('should find no ship where none is named: an airline\u2019s carrier, a ship with no name, a navy\u2019s words', () => {
    const none = [
      { id: 'e1', headline: 'Carrier cuts flights', body: 'The low-cost carrier said on Monday it would cut flights to Lisbon.' },
      { id: 'e2', headline: null, body: 'A bulk carrier was boarded off Eyl on Sunday. The Liberia-flagged ship was later released.' },
      { id: 'e3', headline: null, body: 'The tanker Monday reports were wrong, the operator said.' },
    ];
    assert.deepEqual(vesselsOf(none, oneGroupEach), []);
  });

  it('should read no ship from a clause about a tanker, nor drop a body so misread (review71 b1)', () => {
    const report = { id: 'f1', headline: 'Drone hits oil tanker in Red Sea', body: 'A drone struck the oil tanker Nordic Pearl in the Red Sea on Tuesday, the shipping company Maersk said. The container ship Maersk Line operates was not hit.\n\nThe tanker Houthi rebels attacked last month is still anchored off Hodeidah. A second tanker Iran seized in April remains in Bandar Abbas. Houthi spokesman Yahya Saree claimed the attack.' };
    assert.deepEqual(vesselsOf([report], oneGroupEach).map((v) => v.name), ['Nordic Pearl']);
  });

  it('should not count a report that writes the ship\u2019s name only as a common word, unless it is all capitals (review71)', () => {
    const reports = [
      { id: 'g1', headline: 'Pirates seize MV Hope off Eyl', body: 'Pirates boarded the MV Hope on Sunday, its manager said.' },
      { id: 'g2', headline: 'Families wait for news', body: 'Relatives said they hope the crew is safe.' },
      { id: 'g3', headline: 'PIRATES HOLD HOPE', body: 'THE HOPE WAS STILL HELD ON MONDAY.' },
    ];
    const [hope] = vesselsOf(reports, oneGroupEach);
    assert.deepEqual([hope?.sources, hope?.corroboration], [['g1', 'g3'], 2]);
  });

  it('should leave out a ship of a sentence of another time past the lead, and keep the lead\u2019s own (review71 a1)', () => {
    const report = { id: 'h1', headline: 'Pirates hijack tanker off Somalia', body: 'Pirates boarded the tanker Ocean Breeze, built in 2009, off Somalia on Tuesday. In 2019 another ship, the MV Golden Dawn, had 22 crew members taken hostage nearby.' };
    assert.deepEqual(vesselsOf([report], oneGroupEach).map((v) => v.name), ['Ocean Breeze']);
    const current = { id: 'h2', headline: null, body: 'Pirates boarded the tanker Ocean Breeze on Tuesday. A naval frigate shadowed the MV Golden Dawn, which was also approached.' };
    assert.deepEqual(vesselsOf([current], oneGroupEach).map((v) => v.name).sort(), ['Golden Dawn', 'Ocean Breeze']);
  });
});

describe('withoutVessels', () => {
  const person = (name: string): Participant => ({ name, aliases: [], role: null, organization: null, country: null, sources: ['a1'] });
  const body = (name: string): OrganizationRef => ({ name, aliases: [], country: null, sources: ['a1'], corroboration: 1 });
  const vessels = [{ name: 'Coral Meridian', aliases: ['MV Coral Meridian'], imo: null, flag: null, sources: ['a1'], corroboration: 1 }];

  it('should take a ship out of the participants and the bodies, however written', () => {
    assert.deepEqual(withoutVessels([person('Coral Meridian'), person('Dana Ortiz')], vessels).map((p) => p.name), ['Dana Ortiz']);
    assert.deepEqual(withoutVessels([body('MV Coral Meridian'), body('Meridian Shipping')], vessels).map((o) => o.name), ['Meridian Shipping']);
  });

  it('should keep a person or body whose name only starts like the ship\u2019s', () => {
    assert.deepEqual(withoutVessels([person('Coral Meridian Hayes'), body('Coral Meridian Holdings')], vessels).map((x) => x.name), ['Coral Meridian Hayes', 'Coral Meridian Holdings']);
  });

  it('should keep a body the reports also name outside a ship\u2019s name, and drop one they write only as the ship', () => {
    const houthi = [{ name: 'Houthi', aliases: [], imo: null, flag: null, sources: ['a1'], corroboration: 1 }];
    const texts = ['\nThe tanker Houthi was hit. Houthi spokesman Yahya Saree claimed the attack.'];
    assert.deepEqual(withoutVessels([body('Houthi')], houthi, texts).map((o) => o.name), ['Houthi']);
    assert.deepEqual(withoutVessels([body('Coral Meridian'), body('Meridian Shipping')], vessels, ['\nGunmen boarded the MV Coral Meridian, Meridian Shipping said.']).map((o) => o.name), ['Meridian Shipping']);
  });
});

describe('vesselsOf IMO numbers and recalled ships', () => {
  it('should read an IMO number told after the name further on, or after "the ship" of a report\'s one ship', () => {
    const named = [{ id: 'c1', headline: 'Drone hits tanker', body: 'A drone struck the tanker Bright Osprey on Monday. The Bright Osprey, IMO 9234567, is owned by a Greek firm.' }];
    assert.equal(vesselsOf(named, oneGroupEach)[0]?.imo, '9234567');
    const unnamed = [{ id: 'c2', headline: 'Drone misses carrier', body: 'A drone missed the bulk carrier Amber Tern on Saturday. The ship, IMO 9345671, is owned by a Singapore firm.' }];
    assert.equal(vesselsOf(unnamed, oneGroupEach)[0]?.imo, '9345671');
  });

  it('should not list a ship named only to recall an earlier attack, nor give it the report\'s number', () => {
    const reports = [{ id: 'c3', headline: 'Drone misses carrier', body: "A drone missed the bulk carrier Amber Tern on Saturday. The ship, IMO 9345671, is owned by a Singapore firm. Tuesday's attack on the tanker Bright Osprey killed a sailor." }];
    assert.deepEqual(vesselsOf(reports, oneGroupEach).map((v) => [v.name, v.imo]), [['Amber Tern', '9345671']]);
  });
});
