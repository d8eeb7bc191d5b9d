import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../sentences.js';
import { mergeEntities } from './merge.js';
import { recognizeEntities } from './recognize.js';

/** The tagger's span of `name`'s first occurrence in `body`. */
function tagged(body: string, name: string, kind: 'PER' | 'ORG' | 'LOC') {
  return { start: body.indexOf(name), end: body.indexOf(name) + name.length, kind };
}

function entities(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.map((e) => `${e.type}${e.subtype ? `/${e.subtype}` : ''}:${e.text}`);
}

describe('rules and the tagger merged', () => {
  it('should read a name the text tells as a company ("X, which makes", "X, the company whose") as an organisation', () => {
    const found = entities('Shreeji Agrochem, which makes pesticide intermediates, did not respond. Police searched the offices of Shreeji Agrochem on Monday.');
    assert.ok(!found.some((e) => e.startsWith('person:')), found.join(' | '));
    assert.ok(found.includes('organization:Shreeji Agrochem'), found.join(' | '));
    const told = entities('Vardhan Pharmachem, the company whose plant exploded, denied any fault.');
    assert.ok(!told.some((e) => e.startsWith('person:')), told.join(' | '));
    // A person described by a company noun stays a person.
    assert.ok(entities('John Smith, a company director, said he heard two bangs.').includes('person:John Smith'));
    // Nor does a "which" that tells of the whole clause make one.
    assert.ok(entities('The governor appointed Maria Delgado, which surprised many in the capital.').includes('person:Maria Delgado'));
  });

  it('should keep a title and the word qualifying it out of the body it serves ("Deputy UN Ambassador")', () => {
    const inside = "Norway's Deputy UN Ambassador Ingrid Haugen told the assembly that talks would resume.";
    // The tagger's two readings: the title and the name as one body, or the title alone as one.
    for (const spans of [[tagged(inside, 'Deputy UN Ambassador Ingrid Haugen', 'ORG')], [tagged(inside, 'Deputy UN', 'ORG'), tagged(inside, 'Ingrid Haugen', 'PER')]]) {
      const found = mergeEntities(inside, [], spans).map((e) => `${e.type}:${e.text}`);
      assert.ok(found.includes('organization:UN') && found.includes('person:Ingrid Haugen'), found.join(' | '));
      assert.ok(!found.some((e) => /Deputy/.test(e)), found.join(' | '));
    }
    // A body whose name opens with such a word keeps it where no title follows.
    const kept = 'Donations to the Former Miners Fund rose.';
    assert.ok(mergeEntities(kept, [], [tagged(kept, 'Former Miners Fund', 'ORG')]).some((e) => e.text === 'Former Miners Fund'));
  });

  it('should split two names joined by "and" where each is a party, a headed body or a person the article names', () => {
    const parties = 'The Greens and Labour both voted against the budget on Tuesday.';
    const split = mergeEntities(parties, [], [tagged(parties, 'Greens and Labour', 'ORG')]).map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(split, ['organization:Greens', 'organization:Labour']);
    const mixed = 'Governor Ana Ruiz met union leaders on Friday. Talks between Ruiz and Transport Department officials ran late.';
    const found = mergeEntities(mixed, [], [tagged(mixed, 'Ana Ruiz', 'PER'), tagged(mixed, 'Ruiz and Transport Department', 'ORG')]).map((e) => `${e.type}:${e.text}`);
    assert.ok(found.includes('person:Ruiz') && found.includes('organization:Transport Department'), found.join(' | '));
    // One body whose name holds "and" stays whole.
    const one = 'The Food and Drug Administration approved the vaccine.';
    assert.ok(mergeEntities(one, [], [tagged(one, 'Food and Drug Administration', 'ORG')]).some((e) => e.text === 'Food and Drug Administration'));
  });

  it('should read a name whose leader, members or lawmakers follow it as a body, not a place', () => {
    assert.ok(entities('The Kadima leader resigned on Sunday.').includes('organization:Kadima'));
    assert.ok(entities('Two Kadima lawmakers quit.').includes('organization:Kadima'));
    assert.ok(entities('He joined Kadima in 2005.').includes('organization:Kadima'));
    // A gazetteer place keeps its type; a person is no body for being joined.
    assert.ok(entities('Texas lawmakers met in Austin.').some((e) => e.startsWith('location') && e.endsWith(':Texas')));
    assert.ok(entities('He joined Barack Obama at the summit.').includes('person:Barack Obama'));
  });

  it('should give names listed with "the" before each one the type most of them share', () => {
    const found = entities('The bloc brought together Forza Italia, the Lega Nord, the Labor Party and the Kadima.');
    assert.ok(found.includes('organization:Kadima'), found.join(' | '));
  });

  it('should keep a body "of the" another body, or "of the" words nobody took, inside its name', () => {
    assert.ok(entities('She chaired the Foreign Affairs Committee of the National Assembly.').includes('organization:Foreign Affairs Committee of the National Assembly'));
    assert.ok(entities('Voters backed the Democratic Party of the Left in March.').includes('organization:Democratic Party of the Left'));
  });

  it('should read a name filling the brackets after a party\'s name as the party\'s own, not a person', () => {
    const found = entities('He led the Freedom Party (Ozgurluk Birligi Partisi, 1990-1994) and then the Justice Party (Adalet Yolu, 1995-1999).');
    assert.ok(found.includes('organization:Adalet Yolu'), found.join(' | '));
    // A person named in brackets after a party that is not the whole of them stays a person.
    assert.ok(entities('Two leaders, from the Labour Party (Jeremy Corbyn and his deputy), spoke.').includes('person:Jeremy Corbyn'));
  });

  it('should let a listed name with an organisation\'s head word outvote the tagger\'s guesses at the others', () => {
    const found = entities('Voters backed the Labor Party, Kadima and Meretz.');
    assert.ok(found.includes('organization:Kadima') && found.includes('organization:Meretz'), found.join(' | '));
  });

  it('should add a party\'s name ending in a party\'s word where the tagger found nothing', () => {
    const found = entities('The Serbian Renewal Movement and its allies ousted him in a vote.');
    assert.ok(found.includes('organization:Serbian Renewal Movement'), found.join(' | '));
    assert.ok(entities('The Australian Democrats were formed in 1977.').includes('organization:Australian Democrats'));
  });

  it('should find a party\'s name opened by a bracket or broken over a line, and not one whose head word is joined to more', () => {
    const bracketed = entities('Its rival (Serbian Renewal Movement) gained seats.');
    assert.ok(bracketed.includes('organization:Serbian Renewal Movement'), bracketed.join(' | '));
    const broken = entities('He was voted out by the Serbian\nRenewal Movement and its allies.');
    assert.ok(broken.some((e) => e.startsWith('organization:Serbian') && e.endsWith('Movement')), broken.join(' | '));
    const joined = entities('The Serbian Renewal Movements met.');
    assert.ok(!joined.includes('organization:Serbian Renewal Movement'), joined.join(' | '));
  });

  it('should read a US state before the office held for it as the state, not a body', () => {
    assert.ok(entities('Ohio Governor Mike DeWine spoke on Monday.').includes('location/region:Ohio'));
  });

  it('should read capitalised words nobody took before a place, with "of" or not, as a body named for it', () => {
    assert.ok(entities('The campaign was backed by Rebuild Ukraine and local groups.').includes('organization:Rebuild Ukraine'));
    assert.ok(entities('He gave money to the Veterans of Poland fund.').includes('organization:Veterans of Poland'));
    // A compass word, a land's word, an office and a sentence's first word make no body of the place.
    assert.ok(entities('He moved to Western Australia.').includes('location/region:Western Australia'));
    assert.ok(entities('Oil spilled into the Gulf of Mexico.').every((e) => !e.startsWith('organization')));
    assert.ok(entities('He became Vice-Chancellor of Germany in 1998.').includes('location/country:Germany'));
    assert.ok(entities('Yesterday France voted.').includes('location/country:France'));
  });

  it('should read a name that ends in a facility word as a place', () => {
    assert.ok(entities('The shuttle was moved to the Kennedy Space Center on Friday.').includes('location/facility:Kennedy Space Center'));
  });

  it('should keep a two-letter family name that is also an English word ("James To", "Wilson Or")', () => {
    const found = entities('Returning to the council are James To, a party veteran, and district councillor Wilson Or, who won 38,207 votes.');
    assert.ok(found.includes('person:James To'), found.join(' | '));
    assert.ok(found.includes('person:Wilson Or'), found.join(' | '));
    // A headline's next word in capitals: "To" is the preposition. A rank, a street's abbreviation,
    // a run-on caption are no family names.
    assert.ok(!entities('Police Hand James To Prosecutors After Chase').some((e) => e.endsWith('James To')));
    const others = entities('The draw put Alcaraz No. 2 and Zverev No. 3. Police found a car on Jackson Dr. around 9 p.m. Photo: Reuters/Obama In a statement, he said no.');
    assert.ok(!others.some((e) => / (?:No|Dr|In)$/.test(e)), others.join(' | '));
  });

  it('should keep a body named "of" its members whole ("Board of Governors", "Council of Ministers")', () => {
    const found = entities("The agency's Board of Governors met on Monday. The WHO Board of Governors and the Council of Ministers agreed.");
    assert.ok(found.includes('organization:Board of Governors') && found.includes('organization:Council of Ministers'), found.join(' | '));
    assert.ok(!found.some((e) => / of$/.test(e)), found.join(' | '));
  });

  it('should part the body of states a post is for from the name of its holder, particles and all', () => {
    const found = entities("Norway's ambassador to the UN Ingrid van Dalen said the council would meet.");
    assert.ok(found.includes('organization:UN') && found.includes('person:Ingrid van Dalen'), found.join(' | '));
  });

  it('should part the place a post is for from the name of its holder after it', () => {
    const found = entities('U.S. special envoy for Sudan Laura Whitfield said the talks would resume. The UN envoy to Myanmar Julie Bishop left.');
    assert.ok(found.includes('location/country:Sudan') && found.includes('person:Laura Whitfield'), found.join(' | '));
    assert.ok(found.includes('person:Julie Bishop'), found.join(' | '));
    // Not a body named for a place: "the envoy for Human Rights Watch" stays whole.
    assert.ok(!entities('He spoke to the envoy for Human Rights Watch on Monday.').includes('person:Rights Watch'));
    // Nor a body that opens with its country's name: its words after the place are no person.
    const body = entities('Kim Hale, appointed adviser to the Ukraine Energy Ministry last year, resigned. A representative for Kenya Power Holdings declined to comment.');
    assert.ok(!body.some((e) => e === 'person:Energy Ministry' || e === 'person:Power Holdings'), body.join(' | '));
  });

  it('should read a state that no longer exists as a country, not an organisation', () => {
    const found = entities('In 1945 the Soviet Union entered the war in the Pacific. The party renamed the country Democratic Kampuchea.');
    assert.ok(found.includes('location/country:Soviet Union'), found.join(' | '));
    assert.ok(found.includes('location/country:Democratic Kampuchea'), found.join(' | '));
    // A name a state of today goes by, and a place of today that was once a state, stay what they are now.
    const countryOf = (text: string, name: string): string | undefined => recognizeEntities(text, splitSentences(text)).entities.find((e) => e.text === name)?.country;
    assert.equal(countryOf('Taiwan, officially the Republic of China, held elections on Saturday.', 'Republic of China'), 'TW');
    assert.equal(countryOf('Tourists returned to Zanzibar on Monday after the storm.', 'Zanzibar'), 'TZ');
  });

  it('should leave the "State" of "Secretary of State" unmarked', () => {
    const found = entities('In 1790 Thomas Jefferson took up his post as Secretary of State in New York.');
    assert.ok(!found.some((e) => e.endsWith(':State')), found.join(' | '));
    assert.ok(found.includes('person:Thomas Jefferson'), found.join(' | '));
  });

  it('should leave a title, a trade or a nation\'s adjective out of the name after it, and a royal\'s rank in', () => {
    const found = entities('Roosevelt later cabled Chinese Generalissimo Chiang Kai-shek about the loan. He was greeted by Regent Zdzisław Lubomirski.');
    assert.ok(found.includes('person:Chiang Kai-shek'), found.join(' | '));
    assert.ok(found.includes('person:Zdzisław Lubomirski'), found.join(' | '));
    assert.ok(entities('Li Jiancheng was formally Crown Prince Yin until 626.').includes('person:Crown Prince Yin'));
  });

  it('should read a US state named in full as the state, not a town named after it', () => {
    assert.ok(entities('The couple left Virginia for Denver in May.').includes('location/region:Virginia'));
    assert.ok(entities('A man was shot in Nevada on Monday.').includes('location/region:Nevada'));
    // A state after it makes it the town; a great city of the name is the city.
    assert.ok(entities('A man was shot in Virginia, Minn., on Monday.').includes('location/city:Virginia'));
    assert.ok(entities('Police in New York said a man was shot.').includes('location/city:New York'));
  });

  it('should give letters in brackets the type of the place whose initials they are, wherever the article uses them', () => {
    const found = entities('Engineers tested the capsule at the Kennedy Space Center (KSC) last week. Many KSC staff watched the launch.');
    assert.deepEqual(found.filter((e) => e.endsWith(':KSC')), ['location/facility:KSC', 'location/facility:KSC']);
  });

  it('should read a town and a newspaper word as the newspaper', () => {
    const found = entities('The report was found on a street. — Toronto Star, March 3, 2011. — Edmonton Sun, March 4, 2011');
    assert.ok(found.includes('organization:Toronto Star'), found.join(' | '));
    assert.ok(found.includes('organization:Edmonton Sun'), found.join(' | '));
    assert.ok(!entities('The Houston Post Office closed early on Friday.').includes('organization:Houston Post'));
    assert.ok(!entities('Jackson Sun, a junior at the university, was named valedictorian.').includes('organization:Jackson Sun'));
  });

  it('should read an event named after its organiser as the organiser, where the article names it alone', () => {
    const found = entities('Amira showed her robot at the Google Science Fair in July. Google paid her fare.');
    assert.deepEqual(found.filter((e) => e.startsWith('organization')), ['organization:Google', 'organization:Google']);
    // A company named like one, with no determiner, stays whole.
    const epic = entities('Epic Games Inc. sued the store. Epic Games said the rules were unfair, and Epic won.');
    assert.ok(epic.filter((e) => e === 'organization:Epic Games').length >= 1, epic.join(' | '));
  });

  it('should read a dateline town in capitals as the town, and a name in capitals as a person', () => {
    assert.ok(entities('BROCKTON, Mass. (AP) — A stray round grazed a toddler on Saturday, police said.').includes('location/city:BROCKTON'));
    assert.ok(entities('By JOHN SMITH, Associated Press. A man was shot in Dayton.').includes('person:JOHN SMITH'));
  });

  it("should leave a dateline and its dash out of the body or country named right after it", () => {
    const found = entities('WASHINGTON - Treasury official Noah Pike said the fines would stand.');
    assert.ok(!found.some((e) => /WASHINGTON -/.test(e)), found.join(' | '));
    const envoy = entities('UNITED NATIONS - US Ambassador to the UN Clara Bell called the veto a disgrace.');
    assert.ok(!envoy.some((e) => /NATIONS -/.test(e)) && envoy.includes('person:Clara Bell'), envoy.join(' | '));
  });

  it('should read a street or a hospital named after someone, and a large city, as places', () => {
    const found = entities('He lived on Martin Luther King, Jr. Drive. Medics drove the wounded woman to John H. Stroger Jr. Hospital. Las Vegas police asked for help.');
    assert.ok(found.includes('location/facility:Martin Luther King, Jr. Drive'), found.join(' | '));
    assert.ok(found.includes('location/facility:John H. Stroger Jr. Hospital'), found.join(' | '));
    assert.ok(found.includes('location/city:Las Vegas'), found.join(' | '));
    // A surname that is also a make, and people named after no street, stay people.
    assert.deepEqual(entities('Gerald Ford and Harrison Ford met Martin Luther King III.').filter((e) => e.startsWith('person')).length, 3);
  });

  it('should leave a crime report\'s role word out of the name after it ("Coroner Jerry Overholtby Jr.")', () => {
    const found = entities('Jackson County Coroner Jerry Overholtby Jr. confirmed the death. Coroner Darris Fallowmere said the man died.');
    assert.ok(found.includes('person:Jerry Overholtby Jr.') && found.includes('person:Darris Fallowmere'), found.join(' | '));
  });

  it("should read a county named after someone as the county, not a person ('Prince George’s County')", () => {
    for (const text of ["The shooting was near the Prince George's County line.", 'The shooting was near the Prince George’s County line.']) {
      const found = entities(text);
      assert.ok(!found.some((e) => e.startsWith('person')), `${text}: ${found.join(' | ')}`);
      assert.ok(found.includes(`location/region:${text.slice(text.indexOf('Prince'), text.indexOf(' line'))}`), `${text}: ${found.join(' | ')}`);
    }
  });

  it('should read a town of one word as the town where the words around say so, and a person elsewhere', () => {
    for (const text of ['Tips may be phoned to Vallejo police at 555-0100.', 'Police in Vallejo said shots were fired.', 'Officers found Christian Barnsworth, 19, of Gary, bleeding from a wound to the arm.']) {
      const found = entities(text);
      assert.ok(found.some((e) => /^location\/city:(?:Vallejo|Gary)$/.test(e)) && !found.some((e) => /^person:(?:Vallejo|Gary)$/.test(e)), `${text}: ${found.join(' | ')}`);
    }
    assert.deepEqual(entities('Gary said he heard shots. Later Gary left.'), ['person:Gary', 'person:Gary']);
    // A city of half a million or more needs no words around it; a person named after a city stays one.
    assert.ok(entities('Floods hit Porto Alegre on Thursday, officials said.').includes('location/city:Porto Alegre'));
    assert.ok(entities('Paris Hilton arrived at the premiere on Friday.').includes('person:Paris Hilton'));
    // One word too, for a city of a million, unless the text names someone of that name.
    const strikes = entities('Ukrainian officials said on Monday that the strikes hit Kharkiv. On Sunday Kharkiv was shelled again.');
    assert.ok(!strikes.includes('person:Kharkiv') && strikes.includes('location/city:Kharkiv'), strikes.join(' | '));
    // A city of two words after a word of war ("attacked El Fasher").
    const siege = entities('Paramilitary forces attacked El Fasher on Sunday, aid groups said.');
    assert.ok(siege.includes('location/city:El Fasher'), siege.join(' | '));
  });

  it("should read a name after someone's job and 'at' as the employer, not a place, where the gazetteer knows no place of it", () => {
    const found = entities('Charles Carmakal, chief technology officer at Mandiant, said the intrusion began in March.');
    assert.ok(found.includes('organization:Mandiant'), found.join(' | '));
    assert.ok(entities('A senior analyst at Chicago said nothing.').every((e) => e !== 'organization:Chicago'));
  });

  it("should read a name after staff in the plural and 'at' as the employer", () => {
    const body = 'Security researchers at Vextrona said the intrusion began in March.';
    const found = mergeEntities(body, [], [tagged(body, 'Vextrona', 'LOC')]).map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(found, ['organization:Vextrona']);
  });

  it('should read a name the tagger took for an unknown place as a body where an apposition calls it a company', () => {
    const body = 'Varnholt, the Danish wind power company, said output was normal. Shares of Varnholt fell.';
    const spans = [tagged(body, 'Varnholt', 'LOC'), { start: body.lastIndexOf('Varnholt'), end: body.lastIndexOf('Varnholt') + 8, kind: 'LOC' as const }];
    assert.deepEqual(mergeEntities(body, [], spans).map((e) => `${e.type}:${e.text}`), ['organization:Varnholt', 'organization:Varnholt']);
  });

  it('should leave "Cabinet" and the title after it out of the name of a person opening a sentence', () => {
    const body = 'Tokyo protested. Chief Cabinet Secretary Aki Tanabe said the ships had left.';
    const found = mergeEntities(body, [], [tagged(body, 'Cabinet Secretary Aki Tanabe', 'PER')]).map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(found, ['person:Aki Tanabe']);
  });

  it('should keep people whose names hold a facility word, a make or a city', () => {
    for (const [text, name] of [
      ['Officer Daniel Park, a police spokesman, said two men were arrested.', 'Daniel Park'],
      ['Kia Johnson, 24, was hit in the leg.', 'Kia Johnson'],
      ['Magdalena Contreras, 34, was shot on Sunday.', 'Magdalena Contreras'],
      ['Contributing: Jane Smith\n\nHospital officials said the boy died.', 'Jane Smith'],
    ] as const) {
      assert.ok(entities(text).includes(`person:${name}`), `${text}: ${entities(text).join(' | ')}`);
    }
    // A car stays no one, and no town abroad, wherever the article names it again.
    assert.deepEqual(entities('Witnesses saw a blue Honda Pilot leave. Police later found the Honda in a lot.'), []);
  });

  it('should find a name again wherever the article repeats it, as whole words only', () => {
    const body = 'Members of Orvanta protested on Monday. Police said Orvanta had not asked, unlike Orvantas.';
    const merged = mergeEntities(body, [], [{ start: 11, end: 18, kind: 'ORG' }]);
    assert.deepEqual(merged.map((e) => [e.type, e.start]), [['organization', 11], ['organization', body.indexOf('Orvanta had')]]);
  });

  it('should find every repeat of a name in a body of a megabyte', () => {
    const body = 'Members of Orvanta met in Kelso on Monday, and Orvantas did not. '.repeat(16_000);
    const merged = mergeEntities(body, [], [{ start: 11, end: 18, kind: 'ORG' }]);
    assert.equal(merged.filter((e) => e.text === 'Orvanta').length, 16_000);
  });

  it('should not find a name again inside a longer name found where it is repeated', () => {
    const body = 'Dravik spoke first. Later the Dravik Foundation said Dravik was right.';
    const span = (name: string, from: number, kind: 'PER' | 'ORG') => ({ start: body.indexOf(name, from), end: body.indexOf(name, from) + name.length, kind });
    const merged = mergeEntities(body, [], [span('Dravik', 0, 'PER'), span('Dravik Foundation', 0, 'ORG')]);
    assert.deepEqual(merged.map((e) => [e.text, e.start]), [['Dravik', 0], ['Dravik Foundation', body.indexOf('Dravik Foundation')], ['Dravik', body.lastIndexOf('Dravik')]]);
  });

  it('should give a party the nationality written before its name', () => {
    assert.ok(entities('The Italian Liberal Party won two seats.').some((e) => e === 'organization:Italian Liberal Party'));
  });

  it('should take "of the <place>" into an organisation that ends in its head word', () => {
    const body = 'He joined the Communist Party of the Netherlands in 1935.';
    const at = (name: string): number => body.indexOf(name);
    const merged = mergeEntities(body, [], [
      { start: at('Communist'), end: at(' of'), kind: 'ORG' },
      { start: at('Netherlands'), end: at(' in'), kind: 'LOC' },
    ]);
    assert.deepEqual(merged.map((e) => [e.type, e.text, e.country]), [['organization', 'Communist Party of the Netherlands', 'NL']]);
  });

  it('should end an organisation at a comma, unless a company form follows', () => {
    const body = 'Backed by the Harlow Fund for Open Courts, Foundation for Coastal Law and Facebook, Inc. alike.';
    const span = (name: string) => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind: 'ORG' as const });
    const merged = mergeEntities(body, [], [span('Harlow Fund for Open Courts, Foundation for Coastal Law'), span('Facebook, Inc.')]);
    assert.deepEqual(merged.map((e) => e.text), ['Harlow Fund for Open Courts', 'Foundation for Coastal Law', 'Facebook, Inc.']);
  });

  it('should join two organisations the tagger cut at "for the" or "on" into one name', () => {
    const body = 'The National Front for the Restoration of Dorvalia and the Council on Foreign Relations met.';
    const span = (name: string) => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind: 'ORG' as const });
    const merged = mergeEntities(body, [], [span('National Front'), span('Restoration of Dorvalia'), span('Council'), span('Foreign Relations')]);
    assert.deepEqual(merged.map((e) => e.text), ['National Front for the Restoration of Dorvalia', 'Council on Foreign Relations']);
  });

  it('should not join two whole names of one kind at "against" or "for"', () => {
    const body = 'The Northern Powers fought on against the Southern Powers. She sat as MP for the New Democratic Party. The National Front for the Restoration of Dorvalia - General Command fired.';
    const span = (name: string) => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind: 'ORG' as const });
    const merged = mergeEntities(body, [], [span('Northern Powers'), span('Southern Powers'), span('MP'), span('New Democratic Party'), span('National Front'), span('Restoration of Dorvalia - General Command')]);
    const texts = merged.map((e) => e.text);
    assert.ok(texts.includes('Northern Powers') && texts.includes('Southern Powers'), JSON.stringify(texts));
    assert.ok(texts.includes('New Democratic Party'), JSON.stringify(texts));
    assert.ok(texts.includes('National Front for the Restoration of Dorvalia - General Command'), JSON.stringify(texts));
  });

  it('should split two organisations joined by "and", each ending in a head word', () => {
    const body = 'Credit from the Nordic Investment Fund and Baltic Development Bank came in; the Department of Fisheries and Wildlife said so.';
    const span = (name: string) => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind: 'ORG' as const });
    const merged = mergeEntities(body, [], [span('Nordic Investment Fund and Baltic Development Bank'), span('Department of Fisheries and Wildlife')]);
    assert.deepEqual(
      merged.map((e) => e.text),
      ['Nordic Investment Fund', 'Baltic Development Bank', 'Department of Fisheries and Wildlife'],
    );
  });

  it('should split "and" where each side has a head word and one ends in it, but not "Ministry of Justice and Public Security"', () => {
    const body = 'Votes for the Rural Crofters Party and Alliance Party of Wessex held; the Ministry of Justice and Public Security spoke.';
    const span = (name: string) => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind: 'ORG' as const });
    const merged = mergeEntities(body, [], [span('Rural Crofters Party and Alliance Party of Wessex'), span('Ministry of Justice and Public Security')]);
    assert.deepEqual(merged.map((e) => e.text), ['Rural Crofters Party', 'Alliance Party of Wessex', 'Ministry of Justice and Public Security']);
  });

  it('should end a party\'s name of two words or more at "and" before another name, but not "Social Democratic and Labour Party"', () => {
    const body = 'The Progressive Farmers Party and Bloc Québécois backed it. Voters chose Social Democratic and Labour Party candidates.';
    const merged = mergeEntities(body, [], ['Progressive Farmers Party and Bloc Québécois', 'Social Democratic and Labour Party'].map((name) => tagged(body, name, 'ORG')));
    assert.deepEqual(merged.map((e) => e.text), ['Progressive Farmers Party', 'Bloc Québécois', 'Social Democratic and Labour Party']);
  });

  it('should keep a centre named for the work done in it a body, and a space or science centre a place', () => {
    const body = 'The Harbour Policy Research Center and the Lakeside Space Center met.';
    const merged = mergeEntities(body, [], ['Harbour Policy Research Center', 'Lakeside Space Center'].map((name) => tagged(body, name, 'ORG')));
    assert.deepEqual(merged.map((e) => `${e.type}:${e.text}`), ['organization:Harbour Policy Research Center', 'location:Lakeside Space Center']);
  });

  it('should part two bodies over "and" where the second opens with the first one\'s first word, not two places\' port authority', () => {
    const body = 'It allied with Lanark Farmers Party Reform and Lanark Farmers Union. The New York and New Jersey Port Authority met.';
    const merged = mergeEntities(body, [], ['Lanark Farmers Party Reform and Lanark Farmers Union', 'New York and New Jersey Port Authority'].map((name) => tagged(body, name, 'ORG')));
    assert.deepEqual(merged.map((e) => e.text), ['Lanark Farmers Party Reform', 'Lanark Farmers Union', 'New York and New Jersey Port Authority']);
  });

  it('should make capitalised words nobody took before "for" and a place one body\'s name with it, not a headline\'s or "a Day for France"', () => {
    const body = 'It was backed by Concerned Women for America, and by the Centrists for Europe. Big Win for Australia. It is a Day for France, he said.';
    const merged = mergeEntities(body, [], ['America', 'Europe', 'Australia', 'France'].map((name) => tagged(body, name, 'LOC')));
    assert.deepEqual(merged.map((e) => `${e.type}:${e.text}`), [
      'organization:Concerned Women for America',
      'organization:Centrists for Europe',
      'location:Australia',
      'location:France',
    ]);
  });

  it("should read letters in brackets after an organisation as its short name, everywhere, and a place's only when they are its initials", () => {
    const body = 'The League for the Future (LfF) split. Later LfF joined the list. BROCKTON, Mass. (AP) -- The United Arab Emirates (UAE) agreed.';
    const span = (name: string, kind: 'ORG' | 'LOC') => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind });
    const merged = mergeEntities(body, [], [span('League for the Future', 'ORG'), span('Mass.', 'LOC'), span('United Arab Emirates', 'LOC')]);
    assert.deepEqual(merged.map((e) => `${e.type}:${e.text}@${e.start}`), [
      `organization:League for the Future@${body.indexOf('League')}`,
      `organization:LfF@${body.indexOf('LfF')}`,
      `organization:LfF@${body.lastIndexOf('LfF')}`,
      `location:Mass.@${body.indexOf('Mass.')}`,
      `location:United Arab Emirates@${body.indexOf('United')}`,
      `location:UAE@${body.indexOf('UAE')}`,
    ]);
  });

  it('should leave a country in brackets after an organisation a place', () => {
    const body = 'Shares of Barclays Bank (UK) fell. Inflation in the UK rose.';
    const merged = mergeEntities(body, [], [{ start: body.indexOf('Barclays'), end: body.indexOf('Barclays') + 'Barclays Bank'.length, kind: 'ORG' }]);
    assert.deepEqual(merged.map((e) => `${e.type}:${e.text}`), ['organization:Barclays Bank']);
  });

  it('should keep "Department of Health and Human Services" whole', () => {
    const body = 'A Department of Health and Human Services lawyer spoke.';
    const name = 'Department of Health and Human Services';
    assert.deepEqual(mergeEntities(body, [], [{ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind: 'ORG' }]).map((e) => e.text), [name]);
  });

  it('should give the name in brackets after an organisation its type when the tagger read a place', () => {
    const body = 'The Union Party of Malaysia (Parti Kesatuan Malaysia) won.';
    const span = (name: string, kind: 'ORG' | 'LOC') => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind });
    const merged = mergeEntities(body, [], [span('Union Party of Malaysia', 'ORG'), span('Parti Kesatuan Malaysia', 'LOC')]);
    assert.deepEqual(merged.map((e) => `${e.type}:${e.text}`), ['organization:Union Party of Malaysia', 'organization:Parti Kesatuan Malaysia']);
  });

  it('should give a name the type the tagger gave it most often in the article', () => {
    const body = 'Orvanta won. Orvanta lost. Voters left Orvanta.';
    const at = (n: number): number => body.split('Orvanta', n).join('Orvanta').length;
    const span = (n: number, kind: 'ORG' | 'LOC') => ({ start: at(n), end: at(n) + 7, kind });
    const merged = mergeEntities(body, [], [span(1, 'ORG'), span(2, 'ORG'), span(3, 'LOC')]);
    assert.deepEqual(merged.map((e) => e.type), ['organization', 'organization', 'organization']);
  });

  it('should give the names of a list the type most of them have', () => {
    const body = 'Meretz, Shinui, Ale Yarok and Hetz all backed the bill.';
    const span = (name: string, kind: 'ORG' | 'PER') => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind });
    const merged = mergeEntities(body, [], [span('Meretz', 'ORG'), span('Shinui', 'ORG'), span('Ale Yarok', 'ORG'), span('Hetz', 'PER')]);
    assert.deepEqual(merged.map((e) => e.type), ['organization', 'organization', 'organization', 'organization']);
  });

  it('should trim lower-case words before a name and a role after an organisation', () => {
    const body = 'The oil-rich Kuwait and the Canadian Alliance MP met U.S. Senators in la Repubblica.';
    const span = (name: string, kind: 'ORG' | 'LOC') => ({ start: body.indexOf(name), end: body.indexOf(name) + name.length, kind });
    const merged = mergeEntities(body, [], [span('oil-rich Kuwait', 'ORG'), span('Canadian Alliance MP', 'ORG'), span('U.S. Senators', 'ORG'), span('la Repubblica', 'ORG')]);
    assert.deepEqual(
      merged.map((e) => `${e.type}:${e.text}`),
      ['location:Kuwait', 'organization:Canadian Alliance', 'location:U.S.', 'organization:la Repubblica'],
    );
  });

  it('should mark named threat actors with their gazetteer country', () => {
    const text = 'Hackers from the Lazarus Group, also tracked as APT38, stole cryptocurrency, investigators said.';
    const found = recognizeEntities(text, splitSentences(text)).entities.filter((e) => e.subtype === 'threat-actor');
    assert.deepEqual(found.map((e) => [e.text, e.country]), [['Lazarus Group', 'KP'], ['APT38', 'KP']]);
  });

  it('should join a city to the person right after it only where the city is no place of the sentence', () => {
    assert.ok(entities('Paris Hilton arrived at the premiere on Friday.').includes('person:Paris Hilton'));
    const visit = entities('After visiting Moscow Putin returned to the Kremlin.');
    assert.ok(visit.includes('location/city:Moscow') && visit.includes('person:Putin'), visit.join(' | '));
  });

  it('should keep a company named after a year, and find a place whose name takes "the" at a sentence start', () => {
    assert.ok(entities('In 2021 Toyota Motor Corp. sold more cars than ever.').some((e) => e.startsWith('organization:Toyota Motor Corp')));
    assert.deepEqual(entities('A 2010 Chevrolet Impala was found abandoned.'), []);
    assert.ok(entities('The Bronx saw two shootings on Sunday.').includes('location/city:Bronx'));
    assert.ok(entities('A Dutch appeals court in The Hague ruled on Tuesday.').some((e) => e.startsWith('location/city:') && e.includes('Hague')));
    assert.ok(entities('He worked at The Times for ten years.').includes('organization:The Times'));
    assert.ok(!entities('The Jackson family spoke to reporters.').some((e) => e.startsWith('location')));
  });

  it('should keep a name written with an ampersand whole ("AT&T")', () => {
    const found = entities('The carrier AT&T said on Monday that it would cut prices.');
    assert.ok(found.includes('organization:AT&T'), found.join(' | '));
  });

  it('should split two names joined by "and" where the article gives each alone', () => {
    const found = entities('The dispute between Airbus and Boeing went on. Airbus said it would appeal. Boeing declined to comment.');
    assert.ok(!found.some((e) => e.endsWith(':Airbus and Boeing')), found.join(' | '));
    assert.ok(found.includes('organization:Airbus') && found.includes('organization:Boeing'), found.join(' | '));
  });

  it('should find a person by the surname alone where the word is also a common one ("Jobs")', () => {
    const found = entities('Apple said Steve Jobs would take leave. Jobs, aged 55, did not say when he would return. Few jobs were cut.');
    assert.equal(found.filter((e) => e === 'person:Jobs').length, 1, found.join(' | '));
  });

  it('should not read a common word opening a sentence as a surname ("Young fans cheered")', () => {
    const found = entities('Neil Young played to a packed stadium. Young fans cheered for an hour.');
    assert.equal(found.filter((e) => e === 'person:Young').length, 0, found.join(' | '));
  });

  it('should keep a region whose name opens with a people’s adjective whole, where the tagger took the adjective off', () => {
    const body = 'North Korea warned of a strong response to drills on the Korean Peninsula.';
    const rules = recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'location');
    const merged = mergeEntities(body, rules, [tagged(body, 'North Korea', 'LOC'), tagged(body, 'Peninsula', 'ORG')]);
    assert.ok(merged.some((e) => e.text === 'Korean Peninsula' && e.subtype === 'region'), merged.map((e) => `${e.type}:${e.text}`).join(' | '));
    assert.ok(!merged.some((e) => e.type === 'organization'));
  });
});
