import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { createEnrich } from '../enrich/index.js';
import { createExtract } from '../extract/index.js';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { consolidateParticipants } from './participants.js';

const countries = (...articles: ReturnType<typeof enrichedArticle>[]) =>
  consolidateParticipants(articles).participants.map((p) => [p.name, p.country, p.countryInferred ?? false]);

/** A report whose people are given by hand: what the rules after the tagger make of them, whatever the tagger reads. */
function reportNaming(body: string, outlet: string, people: readonly { name: string; role?: string }[]) {
  const article = enrichedArticle(body, { title: 'Ship boarded', outlet, publishedAt: '2026-03-16T03:40:00Z', url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a` });
  article.people = people.map(({ name, role }) => {
    const start = body.indexOf(name);
    return { name, variants: [], role: role ?? null, roleMentions: role ? [{ start, end: start + name.length }] : [], organization: null, country: null, mentions: [{ start, end: start + name.length }], byline: false, inEvent: true };
  });
  return article;
}

describe('consolidateParticipants', () => {
  it('should read a rank kept in a name as the role, and join the officer another report names without it', () => {
    const one = reportNaming('Sailors boarded the ship on Friday, navy spokesman Commodore Jane Ash said.', 'Harbour Wire', [{ name: 'Commodore Jane Ash' }]);
    const two = reportNaming('The navy freed the crew on Friday, Jane Ash said.', 'Coast Daily', [{ name: 'Jane Ash' }]);
    const [ash, ...others] = consolidateParticipants([one, two]).participants;
    assert.deepEqual([ash!.name, ash!.role, ash!.sources.length, others.length], ['Jane Ash', 'Commodore', 2, 0]);
    // A rank and a surname alone join the one person named in full with that surname.
    const three = reportNaming('Lt. Cmdr. Paul Moss led the boarding party. Capt. Moss said no one was hurt.', 'Bay Times', [{ name: 'Paul Moss', role: 'Lt. Cmdr.' }, { name: 'Capt. Moss' }]);
    assert.deepEqual(consolidateParticipants([three]).participants.map((p) => [p.name, p.role]), [['Paul Moss', 'Lt. Cmdr.']]);
  });

  it('should join an officer one report names by rank and surname to the full name another gives, and keep the rank as the role without one', () => {
    const hints = { title: 'Man shot on Main Street', publishedAt: '2025-06-04T10:00:00Z' };
    const short = enrichedArticle('A man was shot on Main Street on Friday night. "We found him on the sidewalk," Sgt. Miller said.', { ...hints, outlet: 'Town Desk' });
    const full = enrichedArticle('Police Sgt. Dana Miller said a man was shot on Main Street on Friday night.', { ...hints, outlet: 'County Wire' });
    assert.deepEqual(consolidateParticipants([short, full]).participants.map((p) => [p.name, p.role, p.sources.length]), [['Dana Miller', 'Police Sgt.', 2]]);
    assert.deepEqual(consolidateParticipants([short]).participants.map((p) => [p.name, p.role]), [['Miller', 'Sgt.']]);
  });

  it('should not join an officer named by rank and surname to a victim or suspect another report names with that surname', () => {
    const hints = { title: 'Man shot on Main Street', publishedAt: '2024-11-20T12:00:00Z' };
    const officer = enrichedArticle('A man was shot on Main Street on Friday night. "He was hit twice," Officer Miller said.', { ...hints, outlet: 'Town Desk' });
    const victim = enrichedArticle('Dana Miller, 31, was shot on Main Street on Friday night and died at the hospital, police said.', { ...hints, outlet: 'County Wire' });
    const joined = consolidateParticipants([officer, victim]).participants;
    assert.ok(!joined.some((p) => p.name === 'Dana Miller' && (p.role === 'Officer' || p.sources.length > 1)), JSON.stringify(joined));
    const sergeant = enrichedArticle('A man was shot on Main Street on Friday night. "We found him on the sidewalk," Sgt. Miller said.', { ...hints, outlet: 'Town Desk' });
    const suspect = enrichedArticle('A man was shot on Main Street on Friday night. The suspect, Kevin Miller, 24, was charged with attempted murder, police said.', { ...hints, outlet: 'County Wire' });
    const kevin = consolidateParticipants([sergeant, suspect]).participants.find((p) => p.name === 'Kevin Miller');
    assert.deepEqual([kevin?.role, kevin?.sources.length], ['suspect', 1]);
  });

  it('should keep "Chief" in a name no force or department stands about, and read it as a rank beside one', () => {
    const hints = { title: 'Rapper detained', publishedAt: '2025-06-04T10:00:00Z', outlet: 'Music Desk' };
    const rapper = enrichedArticle('Chief Keef released a new album on Friday.', hints);
    assert.deepEqual(consolidateParticipants([rapper]).participants.map((p) => [p.name, p.role]), [['Chief Keef', null]]);
    const officer = enrichedArticle('Chief Keef of the Springfield Police Department said two men were arrested.', hints);
    assert.deepEqual(consolidateParticipants([officer]).participants.map((p) => [p.name, p.role]), [['Keef', 'Chief']]);
  });

  it('should join a chief a crime story quotes by surname to the chief another report names in full', () => {
    const hints = { title: 'Man shot outside store', publishedAt: '2024-11-20T12:00:00Z' };
    const short = enrichedArticle('A man was shot outside a store on Friday night. Chief Johnson said the suspect fled on foot. Authorities have not named the man.', { ...hints, outlet: 'Town Desk' });
    const full = enrichedArticle('Police Chief Mark Johnson said a man was shot outside a store on Friday night.', { ...hints, outlet: 'County Wire' });
    assert.deepEqual(consolidateParticipants([short, full]).participants.map((p) => [p.name, p.role, p.sources.length]), [['Mark Johnson', 'Police Chief', 2]]);
  });

  it('should give a free agent no role', () => {
    const body = 'The club signed free agent Ed Pike on Monday, and his agent, Mia Dorn, said he was glad.';
    const report = reportNaming(body, 'Sports Desk', [{ name: 'Ed Pike', role: 'agent' }, { name: 'Mia Dorn', role: 'agent' }]);
    assert.deepEqual(consolidateParticipants([report]).participants.map((p) => [p.name, p.role]), [['Ed Pike', null], ['Mia Dorn', 'agent']]);
  });

  it("should give a state office without a country the country its reports are filed from, marked as inferred", () => {
    const berlin = enrichedArticle('BERLIN (DW) - Germany welcomed the sanctions on Monday. "Today Europe has shown that it stands together," Foreign Minister Johann Wadephul said in Berlin. Senator-elect aside, Mayor Kai Wegner also spoke.', { title: 'Germany welcomes sanctions', outlet: 'DW', publishedAt: '2026-11-23T18:00:00Z' });
    assert.deepEqual(countries(berlin), [
      ['Johann Wadephul', 'DE', true],
      ['Kai Wegner', 'DE', true],
    ]);
    // A country the text gives is not inferred.
    const stated = enrichedArticle('MANILA (Reuters) - Japanese Defence Minister Kenta Mizuno met his counterpart on Thursday.', { title: 'Ministers meet', outlet: 'Reuters', publishedAt: '2026-11-19T09:00:00Z' });
    assert.deepEqual(countries(stated), [['Kenta Mizuno', 'JP', false]]);
  });

  it('should not give a state office the country of the place a report without a dateline tells of, where it names another country more', () => {
    const sea = enrichedArticle('The Indian Navy on Saturday drove off pirates who attacked a cargo ship bound for Mombasa in the Gulf of Aden. Indian commandos boarded the pirates\' skiff and seized six rifles, the navy said. External affairs minister Ravi Sethuraman praised the Indian sailors.', { title: 'Navy foils attack', outlet: 'Harbour Wire', publishedAt: '2026-03-16T03:40:00Z', url: 'https://harbourwire.example/a' });
    assert.deepEqual(countries(sea), [['Ravi Sethuraman', null, false]]);
    // A local report that names a foreign national once still gives its governor the place's country.
    const local = enrichedArticle('A gunman killed two people at a house party in Eugene, Oregon, early Saturday, police said. The suspect, a Mexican national, was arrested in Portland. Governor Dana Whitlock said the state would help the families.', { title: 'Two killed at party', outlet: 'Valley News', publishedAt: '2026-03-16T03:40:00Z', url: 'https://valleynews.example/a' });
    assert.deepEqual(countries(local), [['Dana Whitlock', 'US', true]]);
  });

  it("should take a leader's country a national agency's report guessed, before the place it reports, and a stated one over both", () => {
    // A page's text, whose closing "(Yonhap)" names the agency.
    const page = 'Envoys meet in Washington\n\nEnvoys of the three countries met in Washington on Friday to follow up on an agreement that President Han Do-yun reached at a summit in Geneva, the ministry said.\n\nPresident Han Do-yun welcomed the talks on Friday. (Yonhap)';
    const doc = new NewsDocument(rawDocument(page, 'text', { file: 'page.txt' }, { publishedAt: '2026-11-21T09:00:00Z' }));
    createExtract()(doc);
    createEnrich()(doc);
    const wire = doc.article;
    assert.equal(wire.agency, 'Yonhap');
    assert.deepEqual(countries(wire), [['Han Do-yun', 'KR', true]]);
    const stated = enrichedArticle('WASHINGTON (Harbor Wire) - South Korean President Han Do-yun welcomed the talks held on Friday.', { title: 'Talks welcomed', outlet: 'Harbor Wire', publishedAt: '2026-11-21T12:00:00Z' });
    assert.deepEqual(countries(wire, stated), [['Han Do-yun', 'KR', false]]);
  });

  it("should infer the country of a district's administrator and police head as of any state office", () => {
    const report = enrichedArticle('BHARUCH, India, Nov 16 (Reuters) - Twelve workers died in the blast, district collector Anjali Rathod said. Superintendent of police Mayur Chavda said two men were held.', { title: 'Blast kills 12', outlet: 'Reuters', publishedAt: '2026-11-16T10:00:00Z' });
    assert.deepEqual(countries(report), [
      ['Anjali Rathod', 'IN', true],
      ['Mayur Chavda', 'IN', true],
    ]);
  });

  it('should not infer the country of ranks, spokesmen, offices above states, or an office named beside a foreign place', () => {
    const brussels = enrichedArticle('BRUSSELS (Reuters) - EU foreign ministers approved asset freezes on Colonel Dmitry Volkov and Captain Artem Grishin on Monday. "Those who hack our parties will face consequences," Kaja Kallas, the EU foreign policy chief, told reporters.', { title: 'EU sanctions officers', outlet: 'Reuters', publishedAt: '2026-11-23T15:00:00Z' });
    const manila = enrichedArticle('MANILA (Reuters) - The two countries signed the agreement on Thursday. Spokesman Zhang Wei told a regular briefing in Beijing that the deal was a threat. Foreign Minister Wang Yi said in Beijing that China would respond.', { title: 'Deal signed', outlet: 'Reuters', publishedAt: '2026-11-19T09:00:00Z' });
    for (const [, country] of countries(brussels, manila)) assert.equal(country, null);
  });

  it("should read one who leads an office and that office's director as one role, but not a deputy", () => {
    const one = enrichedArticle("SEOUL (Yonhap) - Choi Min-seok, director general for Arctic fisheries affairs at the foreign ministry, received the delegates on Friday.", { title: 'Envoys meet', outlet: 'Yonhap', publishedAt: '2026-11-20T09:00:00Z' });
    const two = enrichedArticle('WASHINGTON (Harbor Wire) - Choi Min-seok, who leads Arctic fisheries affairs at the ministry, sat in on Friday\'s talks.', { title: 'Talks held', outlet: 'Harbor Wire', publishedAt: '2026-11-20T12:00:00Z' });
    assert.deepEqual(consolidateParticipants([one, two]).discrepancies.filter((d) => d.about.startsWith('role of')), []);
    const deputy = enrichedArticle('WASHINGTON (Harbor Wire) - Choi Min-seok, the deputy director general for Arctic fisheries affairs, sat in on Friday\'s talks.', { title: 'Talks held', outlet: 'Harbor Wire', publishedAt: '2026-11-20T12:00:00Z' });
    assert.equal(consolidateParticipants([one, deputy]).discrepancies.filter((d) => d.about.startsWith('role of')).length, 1);
  });

  it("should read a title's short form, or words that only describe its holder, as the same role, but not another post", () => {
    const report = (text: string, outlet: string) => enrichedArticle(text, { title: 'Report', outlet, publishedAt: '2026-11-20T09:00:00Z', url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/a` });
    const roles = (a: string, b: string) => consolidateParticipants([report(a, 'First Wire'), report(b, 'Second Post')]).discrepancies.filter((d) => d.about.startsWith('role of'));
    assert.deepEqual(roles('Alaska Gov. Maren Holt signed the bill on Friday.', 'Alaska Governor Maren Holt signed the bill on Friday.'), []);
    assert.deepEqual(roles('Tomas Reyes, the team general manager, announced the trade on Friday.', 'Tomas Reyes, the Harbor City Sharks general manager, announced the trade on Friday.'), []);
    assert.deepEqual(roles('Ines Varga, a seasoned director, praised the cast on Friday.', 'Ines Varga, director of the festival film, praised the cast on Friday.'), []);
    assert.equal(roles('Pavel Dunn, the finance minister, spoke on Friday.', 'Pavel Dunn, the foreign minister, spoke on Friday.').length, 1);
    assert.equal(roles('Ruth Aldana, the city attorney, filed the motion on Friday.', 'Ruth Aldana, the county attorney, filed the motion on Friday.').length, 1);
    assert.equal(roles('Owen Pratt, the general manager, met the press on Friday.', 'Owen Pratt, the team president, met the press on Friday.').length, 1);
  });

  it('should give the same roles when an event is built again (the roles\' words are kept between builds)', () => {
    const report = (text: string, outlet: string) => enrichedArticle(text, { title: 'Report', outlet, publishedAt: '2026-11-20T09:00:00Z', url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/b` });
    const build = () => consolidateParticipants([report('Pavel Dunn, the finance minister, spoke on Friday.', 'First Wire'), report('Pavel Dunn, the foreign minister, spoke on Friday.', 'Second Post'), report('Alaska Gov. Maren Holt signed the bill on Friday.', 'Third Daily'), report('Alaska Governor Maren Holt signed the bill on Friday.', 'Fourth Herald')]);
    const first = build();
    assert.deepEqual(first.discrepancies.map((d) => d.about), ['role of Pavel Dunn']);
    assert.deepEqual(build(), first);
  });

  it('should read an acronym the other outlet spells out as the same role', () => {
    const one = enrichedArticle('MANILA (Reuters) - General Andres Dizon, chief of staff of the Armed Forces of the Philippines, said the ships would patrol the sea on Thursday.', { title: 'Ships to patrol', outlet: 'Reuters', publishedAt: '2026-11-19T09:00:00Z' });
    const two = enrichedArticle('QUEZON CITY, Philippines (Inquirer) - Andres Dizon, the AFP chief of staff, told reporters on Thursday the ships would give the navy patrol capability.', { title: 'Navy gets ships', outlet: 'Inquirer', publishedAt: '2026-11-20T03:00:00Z' });
    assert.deepEqual(consolidateParticipants([one, two]).discrepancies, []);
  });

  it('should read a name with its middle names left out, or a Mongolian patronymic in the genitive, as one person', () => {
    const meridian = enrichedArticle('DOHA (Meridian Press) - The agreement was signed by Lieutenant General Yasir Hamid Osman, the army\'s deputy chief of staff, at a ceremony hosted by Majed bin Ahmed al-Suwaidi, Qatar\'s minister of state for foreign affairs.', { title: 'Ceasefire signed', outlet: 'Meridian Press', publishedAt: '2026-03-19T17:45:00Z' });
    const ledger = enrichedArticle('Lt. Gen. Yasir Osman, deputy chief of staff of the Sudanese Armed Forces, signed the document in the presence of Qatari minister Majed al-Suwaidi.', { title: 'Sudan truce', outlet: 'Eastern Ledger', publishedAt: '2026-03-20T08:10:00+05:30', url: 'https://easternledger.example/a' });
    const people = consolidateParticipants([meridian, ledger]).participants.map((p) => [p.name, ...p.aliases].sort());
    assert.deepEqual(people.map((names) => names.length), [2, 2], JSON.stringify(people));
    const harbour = enrichedArticle('Prime Minister Tsogtgerel Batbayar told supporters in Ulaanbaatar that voters had chosen stability.', { title: 'Ruling party wins', outlet: 'Harbourline News', publishedAt: '2026-03-16T09:15:00+08:00', url: 'https://harbourline.example/a' });
    const courant = enrichedArticle('The party of Prime Minister Batbayaryn Tsogtgerel has won the election, preliminary results showed on Monday.', { title: 'Mongolia election', outlet: 'The Daily Courant', publishedAt: '2026-03-16T03:40:00Z', url: 'https://courant.example/a' });
    const pm = consolidateParticipants([harbour, courant]).participants;
    assert.equal(pm.length, 1, JSON.stringify(pm));
    assert.deepEqual([pm[0]!.name, ...pm[0]!.aliases].sort(), ['Batbayaryn Tsogtgerel', 'Tsogtgerel Batbayar']);
    // Two people who share only a first and a last word of three letters are not merged.
    const a = enrichedArticle('Ali Hassan Khan, a farmer, said the water was rising.', { title: 'Floods', outlet: 'One', publishedAt: '2026-03-16T03:40:00Z', url: 'https://one.example/a' });
    const b = enrichedArticle('Ali Khan, a teacher, said the school had closed.', { title: 'Floods', outlet: 'Two', publishedAt: '2026-03-16T03:40:00Z', url: 'https://two.example/a' });
    assert.equal(consolidateParticipants([a, b]).participants.length, 2);
  });

  it('should read a name one report writes with an initial and another without as one person, but not two different initials', () => {
    const one = enrichedArticle('Police said Darnell R. Oakes, 31, was arrested after the chase and charged with assault.', { title: 'Chase ends in arrest', outlet: 'One', publishedAt: '2026-03-16T03:40:00Z', url: 'https://one.example/a' });
    const two = enrichedArticle('Darnell Oakes, 31, was arrested on Friday after a chase, police said.', { title: 'Man arrested', outlet: 'Two', publishedAt: '2026-03-16T05:40:00Z', url: 'https://two.example/a' });
    const merged = consolidateParticipants([one, two]).participants;
    assert.deepEqual(merged.map((p) => [p.name, ...p.aliases].sort()), [['Darnell Oakes', 'Darnell R. Oakes']], JSON.stringify(merged));
    const three = enrichedArticle('Harlan T. Voss, the former mayor, spoke at the unveiling on Sunday.', { title: 'Statue unveiled', outlet: 'Three', publishedAt: '2026-03-16T03:40:00Z', url: 'https://three.example/a' });
    const four = enrichedArticle('Harlan K. Voss, the former mayor, spoke at the unveiling on Sunday.', { title: 'Statue unveiled', outlet: 'Four', publishedAt: '2026-03-16T05:40:00Z', url: 'https://four.example/a' });
    assert.equal(consolidateParticipants([three, four]).participants.length, 2);
  });

  it("should read a common short form of a given name and the full one, with the same surname, as one person, but not a rare one", () => {
    const one = enrichedArticle('Police said William A. Garvin, 54, was shot outside his shop on Friday.', { title: 'Shop owner shot', outlet: 'One', publishedAt: '2026-03-16T03:40:00Z', url: 'https://one.example/a' });
    const two = enrichedArticle('Will Garvin, 54, was shot on Friday outside the shop he ran, police said.', { title: 'Shop owner shot', outlet: 'Two', publishedAt: '2026-03-16T05:40:00Z', url: 'https://two.example/a' });
    const { participants, discrepancies } = consolidateParticipants([one, two]);
    assert.deepEqual(participants.map((p) => [p.name, ...p.aliases].sort()), [['Will Garvin', 'William A. Garvin']], JSON.stringify(participants));
    assert.deepEqual(discrepancies.filter((d) => d.about.startsWith('name of')), [], 'a short form is no other name');
    const three = enrichedArticle('Maurice Delaney, the coach, spoke after the game on Sunday.', { title: 'Coach speaks', outlet: 'Three', publishedAt: '2026-03-16T03:40:00Z', url: 'https://three.example/a' });
    const four = enrichedArticle('Mo Delaney, the coach, spoke after the game on Sunday.', { title: 'Coach speaks', outlet: 'Four', publishedAt: '2026-03-16T05:40:00Z', url: 'https://four.example/a' });
    assert.equal(consolidateParticipants([three, four]).participants.length, 2);
    const five = enrichedArticle('Bill Garvin and his brother William Garvin were both shot on Friday, police said.', { title: 'Brothers shot', outlet: 'Five', publishedAt: '2026-03-16T03:40:00Z', url: 'https://five.example/a' });
    assert.equal(consolidateParticipants([five]).participants.length, 2, 'one report naming both names two people');
  });

  it('should leave a street the tagger read as a person out of the participants', () => {
    const report = enrichedArticle('A gunman fired at passing cars on Lakeshore Parkway between Corbin Avenue and Hill St. around 2:20 a.m. Thursday, police said. Carla Voss, 44, was killed.', { title: 'Woman killed', outlet: 'Metro Desk', publishedAt: '2026-03-16T10:40:00Z', url: 'https://metrodesk.example/a' });
    assert.ok(report.people.some((p) => p.name === 'Hill St.'), 'the tagger reads the street as a person');
    assert.deepEqual(consolidateParticipants([report]).participants.map((p) => p.name), ['Carla Voss']);
  });

  it('should leave a street of a surname\'s kind out where the report writes it as an address', () => {
    const report = enrichedArticle('A man was shot on Dorsey Pike near Hill St. late Saturday, police said. Officers found Dana Holt, 31, with a wound to the leg.', { title: 'Man shot', outlet: 'Valley Courier', publishedAt: '2026-03-16T10:40:00Z', url: 'https://valleycourier.example/a' });
    assert.ok(report.people.some((p) => p.name === 'Dorsey Pike'), 'the tagger reads the road as a person');
    assert.deepEqual(consolidateParticipants([report]).participants.map((p) => p.name), ['Dana Holt']);
  });

  it("should leave a newsroom's own reporter and a newspaper read as a person out of the participants", () => {
    const owned = enrichedArticle("NewsCenter 7's Mike Campbell is at the scene on Sunday, where police said Tom Reyes, 22, was shot. Le Parisien said the gunman fled.", { title: 'Man shot', outlet: 'Valley Courier', publishedAt: '2026-03-16T10:40:00Z', url: 'https://valleycourier.example/a' });
    assert.ok(owned.people.some((p) => p.name === 'Mike Campbell') && owned.people.some((p) => p.name === 'Le Parisien'), 'the tagger reads both as people');
    assert.deepEqual(consolidateParticipants([owned]).participants.map((p) => p.name), ['Tom Reyes']);
    const signed = enrichedArticle('Police said Tom Reyes, 22, was shot on Sunday. Mike Campbell reports.', { title: 'Man shot', outlet: 'Metro Desk', publishedAt: '2026-03-16T11:40:00Z', url: 'https://metrodesk.example/a' });
    assert.deepEqual(consolidateParticipants([signed]).participants.map((p) => p.name), ['Tom Reyes']);
  });

  it("should leave out a name that signs one of the event's reports, and keep a witness whose surname is a newsroom's word", () => {
    const one = enrichedArticle('Tom Reyes, 22, was shot on Sunday, police said. Neighbor Emily Post said she heard four shots.', { title: 'Man shot', outlet: 'Valley Courier', publishedAt: '2026-03-16T10:40:00Z', url: 'https://valleycourier.example/a' });
    const two = { ...enrichedArticle('Police said Tom Reyes was shot on Sunday. Ann Vale of the Courier spoke to his family.', { title: 'Family speaks', outlet: 'Metro Desk', publishedAt: '2026-03-16T12:40:00Z', url: 'https://metrodesk.example/b' }), authors: ['Ann Vale'] };
    assert.deepEqual(consolidateParticipants([one, two]).participants.map((p) => p.name).sort(), ['Emily Post', 'Tom Reyes']);
  });

  it("should list the ages outlets give one person differently, not one outlet's", () => {
    const one = enrichedArticle('WASHINGTON (Reuters) - Prosecutors charged Dale Whitcomb, 41, of Goodyear, Arizona, on Thursday with hosting a laptop farm.', { title: 'Two Americans charged', outlet: 'Reuters', publishedAt: '2026-10-15T18:00:00Z' });
    const two = enrichedArticle('GOODYEAR - Dale Whitcomb, 42, was arrested on Wednesday at his home, prosecutors said on Thursday.', { title: 'Goodyear man accused', outlet: 'West Valley Courier', publishedAt: '2026-10-15T23:00:00Z' });
    const three = enrichedArticle('GOODYEAR - The 42-year-old Dale Whitcomb was arrested on Wednesday at his house, neighbours said on Thursday.', { title: 'Neighbours recall', outlet: 'Valley Post', publishedAt: '2026-10-16T09:00:00Z' });
    const ages = consolidateParticipants([one, two, three]).discrepancies.filter((d) => d.about.startsWith('age of'));
    assert.deepEqual(ages.map((d) => d.variants.map((v) => [v.value, v.sources.length])), [[['42', 2], ['41', 1]]]);
    assert.deepEqual(consolidateParticipants([one]).discrepancies, []);
  });

  it('should read an age given in the description after a name ("Ana Ruiz, a 42-year-old reporter") against a bare one', () => {
    const one = enrichedArticle('CUENCA (Andes Wire) - Gunmen killed Elena Vargas, a 53-year-old radio host, outside her studio in Cuenca on Friday, police said.', { title: 'Radio host killed', outlet: 'Andes Wire', publishedAt: '2026-09-05T18:00:00Z' });
    const two = enrichedArticle('CUENCA - Prosecutors said radio host Elena Vargas, 52, was shot dead outside her studio in Cuenca on Friday night.', { title: 'Cuenca broadcaster shot dead', outlet: 'Sierra Post', publishedAt: '2026-09-05T22:00:00Z' });
    const ages = consolidateParticipants([one, two]).discrepancies.filter((d) => d.about.startsWith('age of'));
    assert.deepEqual(ages.map((d) => d.variants.map((v) => [v.value, v.sources])), [[['53', [one.id]], ['52', [two.id]]]]);
  });

  it('should list as role sources only the reports that state the role, not those it is carried to', () => {
    const full = enrichedArticle('WASHINGTON (Harbor Wire) - Dana Wells, the acting Deputy Special Envoy for Arctic Policy, met the delegates on Friday.', { title: 'Arctic talks', outlet: 'Harbor Wire', publishedAt: '2026-11-20T12:00:00Z' });
    const plain = enrichedArticle('OSLO (Fjord Post) - Norwegian and US representatives, Per Holm and Dana Wells, respectively, led the talks on Friday.', { title: 'Arctic talks held', outlet: 'Fjord Post', publishedAt: '2026-11-20T15:00:00Z' });
    const wells = consolidateParticipants([full, plain]).participants.find((p) => p.name === 'Dana Wells')!;
    assert.equal(wells.role, 'acting Deputy Special Envoy for Arctic Policy');
    assert.deepEqual(wells.sources, [full.id, plain.id]);
    assert.deepEqual(wells.roleSources, [full.id]);
    const holm = consolidateParticipants([full, plain]).participants.find((p) => p.name === 'Per Holm')!;
    assert.deepEqual([holm.role, holm.roleSources], ['representative', [plain.id]]);
  });
});

describe('consolidateParticipants with accents', () => {
  it('should see no role discrepancy where one report writes the body without its accents', () => {
    const one = reportNaming('Surgeons were sent home on Monday, Liis Sõber said.', 'Harbour Wire', [{ name: 'Liis Sõber', role: 'chief executive' }]);
    one.people[0]!.organization = 'Põltsamaa Children’s Hospital';
    const two = reportNaming('Operations stopped on Monday, Liis Sober said.', 'Coast Daily', [{ name: 'Liis Sober', role: 'chief executive' }]);
    two.people[0]!.organization = 'Poltsamaa Children’s Hospital';
    const { participants, discrepancies } = consolidateParticipants([one, two]);
    // One person, whose name as written with its accents is kept; and no "role" or "name" dispute.
    assert.deepEqual(participants.map((p) => [p.name, p.sources.length]), [['Liis Sõber', 2]]);
    assert.deepEqual(discrepancies, []);
  });
});

describe('consolidateParticipants with romanised names', () => {
  it('should make one person of two romanisations of a Russian name, and keep a man and a woman of like names apart', () => {
    const one = reportNaming('Prosecutors charged Dmitrii Orlov and Ivan Petrov on Monday.', 'Harbour Wire', [{ name: 'Dmitrii Orlov' }, { name: 'Ivan Petrov' }]);
    const two = reportNaming('Dmitry Orlov and Ivana Petrova were charged on Monday.', 'Coast Daily', [{ name: 'Dmitry Orlov' }, { name: 'Ivana Petrova' }]);
    const names = consolidateParticipants([one, two]).participants.map((p) => [p.name, p.sources.length]);
    assert.deepEqual(names.sort(), [['Dmitrii Orlov', 2], ['Ivan Petrov', 1], ['Ivana Petrova', 1]].sort(), JSON.stringify(names));
  });
  it('should keep apart English names a -y / -i apart, and names of one spelling class with different ages', () => {
    const one = reportNaming('Terry Wu, 64, was taken to hospital after the fire on Tuesday.', 'Dayton Wire', [{ name: 'Terry Wu' }]);
    const two = reportNaming('Neighbour Terri Wu, 41, helped pull the residents out of the house.', 'Valley Daily', [{ name: 'Terri Wu' }]);
    assert.equal(consolidateParticipants([one, two]).participants.length, 2);
    const three = reportNaming('Dmitri Orlov, 30, was held on Monday.', 'Harbour Wire', [{ name: 'Dmitri Orlov' }]);
    const four = reportNaming('Dmitry Orlov, 58, was questioned on Monday.', 'Coast Daily', [{ name: 'Dmitry Orlov' }]);
    assert.equal(consolidateParticipants([three, four]).participants.length, 2);
  });

  it('should need another shared word to tie two romanisations of a Russian given name', () => {
    const one = reportNaming('Dmitri Wu was held on Monday.', 'Harbour Wire', [{ name: 'Dmitri Wu' }]);
    const two = reportNaming('Dmitry Wu was questioned on Monday.', 'Coast Daily', [{ name: 'Dmitry Wu' }]);
    assert.equal(consolidateParticipants([one, two]).participants.length, 2);
    const three = reportNaming('Sergei Ivanov was held on Monday.', 'Harbour Wire', [{ name: 'Sergei Ivanov' }]);
    const four = reportNaming('Sergey Ivanov was questioned on Monday.', 'Coast Daily', [{ name: 'Sergey Ivanov' }]);
    assert.equal(consolidateParticipants([three, four]).participants.length, 1);
  });
});

describe('consolidateParticipants with a body named without its country', () => {
  it('should give a spokeswoman the country of her report\'s state bodies, not a neighbour\'s', () => {
    const one = enrichedArticle('A Peruvian fishing boat was rammed near the maritime border on Monday, the Peruvian Ministry of Defence said.\n\nForeign Ministry spokeswoman Lucia Ramos said Lima had summoned the Chilean ambassador over the collision.', { title: 'Peru protests ramming of boat', outlet: 'Andes Ledger', publishedAt: '2026-03-03T09:00:00-05:00' });
    const ramos = consolidateParticipants([one]).participants.find((p) => p.name === 'Lucia Ramos');
    assert.equal(ramos?.organization, 'Foreign Ministry');
    assert.equal(ramos?.country, 'PE');
  });
});

describe('consolidateParticipants, one name with and without its accents', () => {
  it('should make one participant of a name every word of which one report writes with accents and another without', () => {
    const one = enrichedArticle('Former bank clerk Zdeněk Kořínek pleaded guilty on Monday to helping launder the proceeds, prosecutors said.', { title: 'Clerk pleads guilty', outlet: 'Valley Wire', publishedAt: '2026-05-04T18:00:00Z' });
    const two = enrichedArticle('Zdenek Korinek, a former bank clerk, admitted on Monday that he had helped launder the money.', { title: 'Former clerk admits laundering', outlet: 'Harbour Post', publishedAt: '2026-05-04T20:00:00Z' });
    const people = consolidateParticipants([one, two]).participants.filter((p) => /^Zden/.test(p.name));
    assert.equal(people.length, 1, JSON.stringify(people));
    assert.equal(people[0]!.sources.length, 2);
  });
});
