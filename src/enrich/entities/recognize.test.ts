import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../../test/helpers.js';
import { splitSentences } from '../sentences.js';
import { countryInside, placeMatch, recognizeEntities } from './recognize.js';
import { tokenize } from '../tokens.js';

function entities(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.map((e) => `${e.type}:${e.canonical ?? e.text}${e.country ? `/${e.country}` : ''}`);
}

describe('recognizeEntities', () => {
  it('should find people, organisations and places with countries', () => {
    assert.deepEqual(entities('Sato Haruki has run a desk at the Ministry of Transport of Japan in Tokyo since May.'), [
      'person:Sato Haruki',
      'organization:Ministry of Transport of Japan/JP',
      'location:Tokyo/JP',
    ]);
  });

  it('should read a department\'s or a ministry\'s acronym that keeps its "of" ("MoD", "DoJ") as a body, not a memorandum', () => {
    assert.deepEqual(entities('The MoD said on Tuesday that two jets had been scrambled.'), ['organization:MoD']);
    assert.deepEqual(entities('A DoJ spokeswoman declined to comment.'), ['organization:DoJ']);
    assert.deepEqual(entities('The two ports signed an MoU on Friday.'), []);
  });

  it('should read a body named by its "Programme" as a body', () => {
    assert.deepEqual(entities('The World Food Programme said aid trucks reached Gaza on Monday.'), ['organization:World Food Programme', 'location:Gaza/PS']);
  });

  it('should read two bodies joined by "and the", or by "and" after a full name, as two', () => {
    assert.deepEqual(entities('Leaders of the African Union and the European Union met on Monday.'), ['organization:African Union', 'organization:European Union']);
    assert.deepEqual(entities('The Nordic Investment Bank and European Stability Fund met.'), ['organization:Nordic Investment Bank', 'organization:European Stability Fund']);
    // One body, its name holding "and".
    assert.deepEqual(entities('The Securities and Exchange Commission and the Department of Labor and Industry sued.'), ['organization:Securities and Exchange Commission', 'organization:Department of Labor and Industry']);
  });

  it('should give a national body named without its country the country (not "NSA" before a name, India\'s adviser)', () => {
    assert.deepEqual(entities('The FBI and GCHQ traced the hackers.'), ['organization:FBI/US', 'organization:GCHQ/GB']);
    assert.ok(entities('NSA Ajit Doval met the envoy.').includes('organization:NSA'));
  });

  it("should read a compass part of a place as in the place, and of a state as the state ('Northeast D.C.', 'Southern California')", () => {
    assert.deepEqual(entities('Gunfire outside a Northeast D.C. bar hurt two, and wildfires spread in Southern California.'), ['location:Washington/US', 'location:California/US']);
    assert.deepEqual(entities('Shelling continued in Eastern Ukraine.'), ['location:Ukraine/UA']);
    // Not a part of any place the name's last words could be.
    assert.ok(!entities('Police in the West Midlands and in Southern Ontario said.').some((e) => /\/(?:ZW|US)$/.test(e)));
  });

  it("should keep a state whose name starts with a compass word its own state ('West Virginia' is no part of Virginia)", () => {
    assert.deepEqual(entities('Storms hit West Virginia and North Carolina on Monday, and South Dakota on Tuesday.'), ['location:West Virginia/US', 'location:North Carolina/US', 'location:South Dakota/US']);
  });

  it('should keep a person whose age follows the name a person in a list of people and their home towns', () => {
    assert.deepEqual(entities('The two Americans, Derek Maddox, 39, of Franklin, Tennessee, and Christina Vale, 44, of Phoenix, are accused of hosting laptops.').filter((e) => e.startsWith('person:')), ['person:Derek Maddox', 'person:Christina Vale']);
  });

  it("should not take a name for a person on a possessive alone when the text types it otherwise", () => {
    assert.deepEqual(entities("The attackers gained access to Pomorskie Wodociagi's industrial control systems late on Sunday. The intrusion at Pomorskie Wodociagi was detected at about 4 a.m."), [
      'organization:Pomorskie Wodociagi',
      'organization:Pomorskie Wodociagi',
    ]);
  });

  it("should read a company by its name's last word, a dateline's outlet as a body, and no product or bare office word as a name", () => {
    assert.deepEqual(
      entities('TARTU, Estonia (Baltic Wire) - The attackers exploited a flaw in Palo Alto Networks firewall software and the Citrix NetScaler bug. Agency spokesman Abdul Muhari said the hospital was safe.').filter((e) => !e.startsWith('location:Tartu') && !e.startsWith('location:Estonia')),
      ['organization:Baltic Wire', 'organization:Palo Alto Networks', 'person:Abdul Muhari'],
    );
  });

  it('should read a party named before a lower-case "party" or "coalition", and no lone people\'s adjective as one', () => {
    const found = entities('In Tbilisi, the ruling Georgian Dream party won the vote. The opposition Civic Platform coalition lost. The Georgian party split.');
    assert.ok(found.includes('organization:Georgian Dream/GE'), found.join('; '));
    assert.ok(found.includes('organization:Civic Platform'), found.join('; '));
    assert.ok(!found.some((e) => e.startsWith('organization:Georgian/') || e === 'organization:Georgian'), found.join('; '));
  });

  it('should read the name after "known as" as the person\'s other name, not a place', () => {
    const found = entities('The Rapid Support Forces leader, Mohamed Hamdan Dagalo, known as Hemedti, agreed to talks in Jeddah.');
    assert.ok(found.includes('person:Hemedti'), found.join('; '));
  });

  it('should read a capital as a place and a possessive as its owner', () => {
    assert.deepEqual(entities("Seoul's foreign ministry and Pyongyang disagreed."), ['location:Seoul/KR', 'location:Pyongyang/KP']);
  });

  it('should read a city named with a country and "City" as the city, not the country', () => {
    assert.deepEqual(entities('Two men were shot in Jersey City.'), ['location:Jersey City/US']);
  });

  it('should give an organisation the country of the place that owns it', () => {
    assert.deepEqual(entities('She joined the Republic of Korea’s Ministry of Unification in May.'), ['location:South Korea/KR', 'organization:Ministry of Unification/KR']);
  });

  it('should keep titles out of names and read "Jun-il" as part of a name', () => {
    assert.deepEqual(entities('President Yoon Suk Yeol met Lee Jun-il.'), ['person:Yoon Suk Yeol', 'person:Lee Jun-il']);
  });

  it('should read "the North" as North Korea once the article has named it', () => {
    assert.deepEqual(entities("North Korea tested a missile. The North's envoy left."), ['location:North Korea/KP', 'location:North Korea/KP']);
  });

  it('should tell facilities and regions from people', () => {
    assert.deepEqual(entities('They met at Camp David to discuss South-East Asia.'), ['location:Camp David', 'location:South-East Asia']);
  });

  it('should read a named library as an institution and a town after "the port of" as the town', () => {
    assert.ok(entities('Hackers locked staff at the British Library out of its catalogue.').includes('organization:British Library'));
    assert.ok(entities('Ships waited outside the port of Antwerp for three days.').includes('location:Antwerp/BE'));
    // At the end of a sentence too: the full stop is not part of the name.
    assert.ok(entities('Ships waited outside the port of Antwerp.').includes('location:Antwerp/BE'));
    // "the state of Georgia" is the US state (the gazetteer's bare "Georgia" is the country).
    assert.deepEqual(entities('Voters in the state of Georgia went to the polls.'), ['location:Georgia/US']);
  });

  it('should read a firm whose software has a flaw, or that was breached, as the firm, not a place', () => {
    assert.ok(entities('Attackers used a flaw in Citrix to get into the network.').includes('organization:Citrix'));
    assert.ok(entities('The breach at Citrix was disclosed on Friday.').includes('organization:Citrix'));
    assert.ok(entities('Attackers used a flaw in Kyiv to get into the network.').includes('location:Kyiv/UA'));
    // A region the gazetteer lacks is still a place under cyberattacks "on" it (the rule read it as a firm).
    assert.ok(entities('The wave of cyberattacks on Kashmir continued.').includes('location:Kashmir'));
    assert.ok(entities('The wave of cyberattacks on Siberia continued.').includes('location:Siberia'));
  });

  it('should read a surname alone as the person the article named in full', () => {
    assert.deepEqual(entities('Aoife Brennan said more. Later Brennan left.'), ['person:Aoife Brennan', 'person:Brennan']);
    assert.deepEqual(entities('Later the board left.'), []);
  });
});

describe('recognizeEntities: a place that is a body\'s remit', () => {
  it('should give an office for a place\'s affairs no country of that place', () => {
    const body = 'A spokesman for the Taiwan Affairs Office said on Wednesday that the drills were a warning.';
    const office = recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === 'Taiwan Affairs Office');
    assert.equal(office?.type, 'organization');
    assert.equal(office?.country, undefined);
  });
});

describe('recognizeEntities on inputs that must yield no entity', () => {
  const lines = readFileSync(join(ROOT, 'test', 'fixtures', 'no-entities.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines) {
    it(`should find nothing in: ${line}`, () => {
      assert.deepEqual(entities(line), []);
    });
  }

  it('should read a borough or province the gazetteer knows as a place, not a building, though a head word is in its name', () => {
    assert.deepEqual(entities('A boy, 16, was stabbed in Tower Hamlets on Tuesday night.'), ['location:Tower Hamlets/GB']);
  });

  it('should read one word after a job held "at" as the employer, not a person, unless a full name holds it', () => {
    const text = 'Analysts at Jefferies said the warning was a surprise. Jefferies cut its target.';
    assert.deepEqual(entities(text), ['organization:Jefferies', 'organization:Jefferies']);
  });
});

describe('placeMatch and countryInside with runs skipped by their first word', () => {
  // Runs of capitalised words as the entity rules meet them: places of one and of several words,
  // names that only open like a place, and words no gazetteer name opens with.
  const SENTENCES = [
    'Officers from the Kansas City Police Department met staff of the New York Times in Salt Lake City.',
    'The Hague court heard that South Korean and North Korean envoys flew from Rio de Janeiro to Hong Kong.',
    'Mayor Jane Porter of Washington, D.C. thanked the United Arab Emirates and the Middle East Institute.',
    'Smith Brothers Trucking and Police Chief Ann Lee said Buenos Aires and Sao Paulo had asked for help.',
    'The United States Department of State, the Taiwan Affairs Office and Hong Kong and Macao Affairs Office replied.',
    'Detectives from The Netherlands Forensic Institute joined Mexican and Iraqi Kurdish officials in Mexico City.',
  ];
  const everyLength = (): boolean => true;

  it('should find the same place at every token as trying every length of run', () => {
    for (const sentence of SENTENCES) {
      const tokens = tokenize(sentence);
      for (let i = 0; i < tokens.length; i++) assert.deepEqual(placeMatch(tokens.slice(i)), placeMatch(tokens.slice(i), everyLength), `${sentence} @ ${tokens[i]!.text}`);
    }
  });

  it('should find the same country inside every span as trying every length of run', () => {
    for (const sentence of SENTENCES) {
      const tokens = tokenize(sentence);
      for (let i = 0; i < tokens.length; i++) for (let j = i + 1; j <= Math.min(tokens.length, i + 8); j++) assert.equal(countryInside(tokens.slice(i, j)), countryInside(tokens.slice(i, j), everyLength), `${sentence} [${i}, ${j})`);
    }
  });

  it('should still read places of several words that open on a gazetteer word', () => {
    assert.equal(placeMatch(tokenize('Buenos Aires said'))?.name, 'Buenos Aires');
    assert.equal(placeMatch(tokenize('United Arab Emirates said'))?.length, 3);
    assert.equal(placeMatch(tokenize('Middle East peace'))?.kind, 'region');
    assert.equal(placeMatch(tokenize('South Korean envoys'))?.country, 'KR');
    assert.equal(placeMatch(tokenize('Police Chief Ann Lee')), null);
  });
});
