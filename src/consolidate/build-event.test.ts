import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { summarizeEvent } from '../model/event-summary.js';
import type { Entity, PersonMention, Span } from '../model/types.js';
import { sampleArticle } from '../store/contract.js';
import { buildEvent } from './build-event.js';

const A = enrichedArticle(
  'Firefighters battled a blaze at the Orion chemical plant in Dublin on Monday, and two workers were injured, the fire service said.\n\nPlant manager Sean Doyle said the fire started in a storage shed. The plant was built in June 2019 and expanded last year.',
  { title: 'Blaze at Dublin chemical plant', outlet: 'Liffey Ledger', publishedAt: '2025-03-11T09:00:00Z' },
);
const B = enrichedArticle(
  'A fire at the Orion chemical plant in Dublin on Monday injured three workers, the fire service said.\n\nSean Doyle, the plant manager, said the fire began in a storage shed near the loading bay.',
  { title: 'Three hurt in Dublin plant fire', outlet: 'Celtic Wire', publishedAt: '2025-03-11T12:00:00Z' },
);
// The same wire copy as A, republished by another site: a copy, not a third witness.
const A_COPY = enrichedArticle(A.body, { title: 'Blaze at Dublin chemical plant', outlet: 'Harbour Review', publishedAt: '2025-03-11T10:00:00Z' });

/** A chemical plant blast told by seven reports of five outlets: tolls that rise, a disputed cause, arrests. */
function plantBlast() {
  return [
    enrichedArticle('TARRAGONA, Spain (Harbor Wire) - At least 12 workers were killed in a blast at the Solvex chemical plant near Tarragona on Monday, regional officials said.\n\nThe explosion sent a column of black smoke over the port district and residents were told to keep their windows shut.\n\nFirefighters brought the fire under control by the evening, the emergency service said.', { title: 'Blast at Spanish chemical plant kills at least 12', outlet: 'Harbor Wire', publishedAt: '2026-05-11T14:00:00Z' }),
    enrichedArticle('Fourteen workers were killed in the blast at the Solvex chemical plant in Tarragona on Monday, the regional emergency service said.\n\nAbout 30 people were treated in hospitals in the city, six of them in a critical condition.\n\nThe plant, which makes solvents for the paint industry, employs about 400 people.', { title: 'Fourteen dead in Tarragona plant explosion', outlet: 'Costa Diario', publishedAt: '2026-05-11T20:00:00Z' }),
    enrichedArticle('TARRAGONA, Spain (Harbor Wire) - The death toll rose to 19 on Tuesday after five injured workers died in hospital, a day after an explosion tore through the Solvex chemical plant near Tarragona, officials said.\n\nThe death toll rose to 19 as rescuers searched the wreckage of the storage hall for two missing workers.\n\nThe regional government declared three days of mourning.', { title: 'Toll rises to 19 in Spanish chemical plant blast', outlet: 'Harbor Wire', publishedAt: '2026-05-12T11:00:00Z' }),
    enrichedArticle("Rescuers searched the wreckage of the Solvex chemical plant near Tarragona on Tuesday for two missing workers, a day after an explosion killed 19 people.\n\nThe regional government declared three days of mourning for the victims.\n\nSpain's labour minister visited the site and promised a full inquiry.", { title: 'Search goes on at Solvex plant', outlet: 'Iberia Post', publishedAt: '2026-05-12T15:00:00Z' }),
    enrichedArticle("The workers' union at the Solvex chemical plant disputed the company's account that a faulty valve caused Monday's explosion near Tarragona.\n\nThe union said the company had cut maintenance staff at the storage hall for months before the blast.\n\nSolvex said it was cooperating with investigators.", { title: 'Union disputes cause of Solvex blast', outlet: 'Levante Times', publishedAt: '2026-05-13T09:00:00Z' }),
    enrichedArticle('The explosion at the Solvex chemical plant near Tarragona on Monday killed 19 workers, according to the latest official count.\n\nInvestigators are examining whether a faulty valve in the storage hall caused the blast, the company said.', { title: 'What we know about the Solvex explosion', outlet: 'Continental Wire', publishedAt: '2026-05-13T18:00:00Z' }),
    enrichedArticle('Police arrested the plant manager and two safety supervisors of the Solvex chemical plant on Thursday in connection with the explosion that killed 19 workers near Tarragona.\n\nThe three are being questioned on suspicion of negligent homicide, police said.', { title: 'Three arrested over Solvex blast', outlet: 'Costa Diario', publishedAt: '2026-05-14T12:00:00Z' }),
  ];
}

describe('buildEvent', () => {
  it('should not put in the summary a sentence that names a person by surname before the summary gives the full name', async () => {
    const a = enrichedArticle('Federal prosecutors charged two Americans with hosting laptops for North Korean IT workers on Tuesday.\n\nMaddox was arrested at his home on Monday, officials said.\n\nThe two are Derek Maddox, 39, of Franklin and Christina Vale, 44, of Phoenix.', { title: 'Two Americans charged', outlet: 'Capital Observer', publishedAt: '2025-03-05T09:00:00Z' });
    const b = enrichedArticle('Two Americans were charged on Tuesday with hosting laptops for North Korean IT workers, prosecutors said.\n\nMaddox was arrested at his home on Monday, officials said.\n\nProsecutors named them as Derek Maddox and Christina Vale.', { title: 'Laptop farm hosts charged', outlet: 'Pacific Ledger', publishedAt: '2025-03-05T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [a, b], null, '2025-03-06T00:00:00Z');
    // The best-corroborated sentence after the lead, but the reader does not yet know who Maddox is.
    assert.equal(event.facts.find((f) => f.text.startsWith('Maddox was arrested'))?.corroboration, 2);
    const arrested = event.summary.indexOf('Maddox was arrested');
    const named = event.summary.indexOf('Derek Maddox');
    assert.ok(arrested < 0 || (named >= 0 && named < arrested), event.summary);
  });

  it('should put in the summary the sentence a report wrote, not one claim of it cut with "…"', async () => {
    const a = enrichedArticle('Agents of the border guard arrested the photographer Ilse Varga in Sopron on Friday and charged her with spying for a foreign army, her lawyer said.\n\nVarga had covered the border crossings for a regional weekly since 2019.', { title: 'Photographer held in Sopron', outlet: 'Danube Courier', publishedAt: '2026-05-02T10:00:00Z' });
    const b = enrichedArticle('Border guard agents arrested the photographer Ilse Varga in Sopron on Friday, colleagues said.\n\nHer editor said she had been photographing a checkpoint when she was stopped.', { title: 'Border guards detain photographer', outlet: 'Alpine Ledger', publishedAt: '2026-05-02T12:00:00Z' });
    for (const order of [[a, b], [b, a]]) {
      const event = await buildEvent('evt_0000000000000001', order, null, '2026-05-03T00:00:00Z');
      // The charge is a fact of its own, shown as that claim of the sentence.
      assert.ok(event.facts.some((f) => f.text.includes(' … charged her with spying')), JSON.stringify(event.facts.map((f) => f.text)));
      assert.ok(!event.summary.includes('…'), event.summary);
      // Nor its first claim, cut before its "and" with no full stop.
      assert.ok(!/on Friday [A-Z]/.test(event.summary), event.summary);
    }
  });

  it('should state a fact without the dateline of the report it comes from', async () => {
    const one = enrichedArticle('TOKYO (Harbor Wire) — Australia, Japan and Canada jointly cautioned employers on Wednesday against taking on remote contractors from North Korea.\n\nThe notice listed three shell firms.', { title: 'Allies warn firms', outlet: 'Harbor Wire', publishedAt: '2025-01-15T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one], null, '2025-01-16T00:00:00Z');
    assert.ok(event.facts.some((f) => f.text.startsWith('Australia, Japan and Canada jointly cautioned')), JSON.stringify(event.facts.map((f) => f.text)));
    assert.ok(!event.facts.some((f) => f.text.startsWith('TOKYO')));
  });

  it("should date the event by the incident a later report dates, not by the day an update is written on", async () => {
    const update = enrichedArticle('The teenager who wounded himself with his stepfather\'s pistol inside a Rancho Cucamonga house was still in critical condition on Wednesday, Dec. 30, deputies said.\n\nThe pistol had been kept in a closet, according to the deputies.', { title: 'Teen critical after shooting himself', outlet: 'Inland Courier', publishedAt: '2015-12-30T18:00:00Z' });
    const incident = enrichedArticle("A teenager was gravely hurt about 8 p.m. Monday when a pistol he was handling went off inside a Rancho Cucamonga house, sheriff's deputies said.\n\nA helicopter took him to a trauma center.", { title: 'Boy, 15, shoots himself in Rancho Cucamonga', outlet: 'Valley Daily', publishedAt: '2015-12-30T20:00:00Z' });
    assert.equal(update.eventDate?.anchoring, 'stated');
    const event = await buildEvent('evt_0000000000000001', [update, incident], null, '2016-01-01T00:00:00Z');
    assert.equal(event.date, '2015-12-28');
    // Two reports each working out a day: the earlier day, though the report giving it came second.
    const later = enrichedArticle(update.body.replace('on Wednesday, Dec. 30,', 'on Wednesday,'), { title: 'Teen critical after shooting himself', outlet: 'Inland Courier', publishedAt: '2015-12-30T18:00:00Z' });
    assert.equal(later.eventDate?.value, '2015-12-30');
    assert.equal((await buildEvent('evt_0000000000000001', [later, incident], null, '2016-01-01T00:00:00Z')).date, '2015-12-28');
  });

  it("should not count an outlet that gives another number as confirming a fact, and list the numbers as a discrepancy", async () => {
    const one = enrichedArticle('Flooding forced the evacuation of 3,000 residents from the river district of Porto Alegre on Thursday, the civil defence agency said.\n\nRain is expected to continue until Sunday across the south of the state.', { title: 'Floods in Porto Alegre', outlet: 'Sul News', publishedAt: '2024-05-03T09:00:00Z' });
    const two = enrichedArticle('About 3,500 people were evacuated from the flooded river district of Porto Alegre on Thursday, according to the civil defence agency.\n\nSchools in the city will stay closed on Friday, the mayor announced.', { title: 'Porto Alegre floods', outlet: 'Pampa Post', publishedAt: '2024-05-03T10:00:00Z' });
    const three = enrichedArticle('The civil defence agency evacuated 3,000 people from the river district of Porto Alegre on Thursday as the Guaiba rose.\n\nVolunteers handed out food and blankets at a sports hall near the port.', { title: 'Evacuations in Porto Alegre', outlet: 'Guaiba Daily', publishedAt: '2024-05-03T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two, three], null, '2024-05-04T00:00:00Z');
    const fact = event.facts.find((f) => f.text.includes('Flooding forced'))!;
    assert.ok(fact.text.includes('3,000 residents'), fact.text);
    assert.deepEqual(fact.sources.sort(), [one.id, three.id].sort());
    assert.equal(fact.corroboration, 2);
    const numbers = event.discrepancies.find((d) => d.about.startsWith('number of people'));
    assert.deepEqual(numbers?.variants.map((v) => [v.value, v.sources.length]).sort(), [['3000', 2], ['3500', 1]]);
  });

  it('should count a wire story carried by three sites as one voice on the casualties', async () => {
    const wire = 'A charter bus overturned on Interstate 57 near Glenarm on Friday, injuring 10 passengers, state police said.\n\nThe bus was carrying a church group to Chicago.';
    const copies = ['Prairie Post', 'River Herald', 'County Star'].map((outlet, i) => enrichedArticle(wire, { title: 'Bus overturns on I-57', outlet, publishedAt: `2024-06-07T1${i}:00:00Z` }));
    const later = [
      enrichedArticle('Twelve people were injured when a charter bus overturned on Interstate 57 near Glenarm on Friday, state police said.\n\nTwo remain in serious condition.', { title: 'Twelve hurt in bus crash', outlet: 'Capital Wire', publishedAt: '2024-06-07T20:00:00Z' }),
      enrichedArticle('A charter bus overturned on Interstate 57 near Glenarm on Friday, injuring 12 people, according to state police.\n\nThe driver was cited.', { title: 'Bus crash injures 12', outlet: 'Lakeside Tribune', publishedAt: '2024-06-07T21:00:00Z' }),
    ];
    const event = await buildEvent('evt_0000000000000001', [...copies, ...later], null, '2024-06-08T00:00:00Z');
    assert.equal(event.casualties?.injured, 12);
  });

  it('should list a disputed toll once, as killed, not again as the count of a sentence', async () => {
    const one = enrichedArticle('U.S. air strikes on the Ras Isa fuel port in Yemen killed 74 people on Thursday, the Houthi-run health ministry said.\n\nThe port was badly damaged.', { title: 'Strikes on Ras Isa kill 74', outlet: 'Gulf Wire', publishedAt: '2025-04-18T08:00:00Z' });
    const two = enrichedArticle('U.S. air strikes on the Ras Isa fuel port in Yemen killed 80 people on Thursday, Houthi officials said.\n\nFires burned through the night.', { title: 'Ras Isa strikes kill 80', outlet: 'Sanaa Times', publishedAt: '2025-04-18T14:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2025-04-19T00:00:00Z');
    assert.deepEqual(event.discrepancies.find((d) => d.about === 'killed')?.variants.map((v) => v.value).sort(), ['74', '80']);
    assert.equal(event.discrepancies.filter((d) => d.variants.some((v) => v.value.includes('74'))).length, 1);
    // Two sources hours apart, neither telling its figure as an update: disputed, not revised.
    assert.equal(event.discrepancies.find((d) => d.about === 'killed')?.revised, undefined);
  });

  it('should list a toll that rose as the count came in as revised, in the order reported, and figures side by side as disputed', async () => {
    const reports = [
      ['At least 12 workers were killed in a blast at a chemical plant in Dahej on Monday, officials said.', '2026-11-16T10:00:00Z', 'Coast Wire'],
      ['Fourteen workers were killed in a blast at a chemical plant in Dahej on Monday, the district administration said.', '2026-11-16T15:00:00Z', 'Dahej Times'],
      ['The death toll from the blast at a chemical plant in Dahej on Monday rose to 19 on Tuesday, officials said.', '2026-11-17T09:00:00Z', 'Coast Wire'],
      ['Nineteen workers have been killed in the blast at a chemical plant in Dahej on Monday, officials said on Tuesday.', '2026-11-17T12:00:00Z', 'National Post'],
    ] as const;
    const articles = reports.map(([text, at, outlet], i) => enrichedArticle(text, { title: `Dahej blast ${i}`, outlet, publishedAt: at }));
    assert.deepEqual(articles.map((a) => a.casualties?.killed), [12, 14, 19, 19]);
    const event = await buildEvent('evt_0000000000000001', articles, null, '2026-11-18T00:00:00Z');
    const killed = event.discrepancies.find((d) => d.about === 'killed');
    assert.equal(killed?.revised, true);
    assert.deepEqual(killed?.variants.map((v) => [v.value, v.firstReported]), [['12', '2026-11-16T10:00:00Z'], ['14', '2026-11-16T15:00:00Z'], ['19', '2026-11-17T09:00:00Z']]);
    assert.equal(killed?.variants[2]?.lastReported, '2026-11-17T12:00:00Z');
    // A late report still giving the first figure: the figures stand side by side.
    const late = enrichedArticle('At least 12 workers were killed in a blast at a chemical plant in Dahej on Monday, officials said.', { title: 'Dahej blast late', outlet: 'Evening Herald', publishedAt: '2026-11-17T18:00:00Z' });
    const mixed = await buildEvent('evt_0000000000000001', [...articles, late], null, '2026-11-18T00:00:00Z');
    assert.equal(mixed.discrepancies.find((d) => d.about === 'killed')?.revised, undefined);
  });

  it('should list different sums of money for one fact as a discrepancy, the same sum written two ways as agreement', async () => {
    const one = enrichedArticle('The hackers demanded a ransom of $5 million from the Harbor Health hospital group on Tuesday, the company said.\n\nPatient records were encrypted.', { title: 'Hospital group hit by ransomware', outlet: 'Metro Ledger', publishedAt: '2024-05-08T09:00:00Z' });
    const two = enrichedArticle('The hackers demanded a ransom of 5 million dollars from the Harbor Health hospital group on Tuesday, a spokesman said.\n\nSurgeries were postponed.', { title: 'Ransomware at Harbor Health', outlet: 'City Wire', publishedAt: '2024-05-08T10:00:00Z' });
    const three = enrichedArticle('The hackers demanded a ransom of $7 million from the Harbor Health hospital group on Tuesday, according to the company.\n\nThe FBI is investigating.', { title: 'Harbor Health ransom', outlet: 'Bay Times', publishedAt: '2024-05-08T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two, three], null, '2024-05-09T00:00:00Z');
    const amount = event.discrepancies.find((d) => d.about.startsWith('amount ('));
    assert.deepEqual(amount?.variants.map((v) => [v.value, v.sources.length]).sort(), [['$5 million', 2], ['$7 million', 1]]);
    // "5 million" is no count of "millions", and "$5" no count of anything.
    assert.ok(!event.discrepancies.some((d) => /number of millions/.test(d.about)), JSON.stringify(event.discrepancies.map((d) => d.about)));
    const fact = event.facts.find((f) => f.text.includes('demanded a ransom'))!;
    assert.deepEqual(fact.sources.sort(), [one.id, two.id].sort());
  });

  it('should compare sums only within one currency and for the same thing, and counts in millions', async () => {
    const euro = enrichedArticle('The regulator fined Harbor Bank €40,000 on Monday over late reporting of a data breach, the authority said.\n\nThe bank said it would pay.', { title: 'Bank fined', outlet: 'Metro Ledger', publishedAt: '2024-05-08T09:00:00Z' });
    const dollar = enrichedArticle('The regulator fined Harbor Bank $43,000 on Monday over late reporting of a data breach, the authority said.\n\nThe bank did not comment.', { title: 'Harbor Bank fined', outlet: 'City Wire', publishedAt: '2024-05-08T10:00:00Z' });
    const fined = await buildEvent('evt_0000000000000001', [euro, dollar], null, '2024-05-09T00:00:00Z');
    assert.deepEqual(fined.discrepancies.filter((d) => d.about.startsWith('amount')), []);
    assert.equal(fined.facts.find((f) => f.text.includes('fined Harbor Bank'))?.corroboration, 1);
    const saving = enrichedArticle('Acme Corp said on Monday it would cut 500 jobs at its Ohio plants, saving $100 million a year.\n\nUnions objected.', { title: 'Acme cuts jobs', outlet: 'Metro Ledger', publishedAt: '2024-05-08T09:00:00Z' });
    const revenue = enrichedArticle('Acme Corp, which had $2 billion in revenue last year, said on Monday it would cut 500 jobs at its Ohio plants.\n\nShares rose.', { title: 'Acme to cut 500 jobs', outlet: 'City Wire', publishedAt: '2024-05-08T10:00:00Z' });
    const cuts = await buildEvent('evt_0000000000000001', [saving, revenue], null, '2024-05-09T00:00:00Z');
    assert.deepEqual(cuts.discrepancies.filter((d) => d.about.startsWith('amount')), []);
    const two = enrichedArticle('Power was cut to 2 million people across the state on Sunday as the storm brought down lines, the utility said.\n\nCrews were out.', { title: 'Storm outages', outlet: 'Metro Ledger', publishedAt: '2024-05-08T09:00:00Z' });
    const three = enrichedArticle('Power was cut to 3 million people across the state on Sunday as the storm brought down lines, the utility said.\n\nSchools closed.', { title: 'Millions without power', outlet: 'City Wire', publishedAt: '2024-05-08T10:00:00Z' });
    const storm = await buildEvent('evt_0000000000000001', [two, three], null, '2024-05-09T00:00:00Z');
    assert.deepEqual(storm.discrepancies.find((d) => d.about.startsWith('number of people'))?.variants.map((v) => v.value).sort(), ['2 million', '3 million']);
  });

  it('should not count an outlet for a claim when its sentence shares only the speaker and the names', async () => {
    const one = enrichedArticle('A ransomware attack shut down computer systems at Lakeside Clinics in Toledo on Tuesday, the company said.\n\nLakeside Clinics chief executive Mark Olsen said the company had not paid the ransom.', { title: 'Ransomware hits Lakeside Clinics', outlet: 'Alpha News', publishedAt: '2024-09-11T09:00:00-04:00' });
    const two = enrichedArticle('Lakeside Clinics, a chain of clinics in Toledo, was hit by ransomware on Tuesday.\n\nLakeside Clinics chief executive Mark Olsen said patient records had been encrypted but not stolen.', { title: 'Toledo clinic chain hit by cyberattack', outlet: 'Beta Times', publishedAt: '2024-09-11T11:00:00-04:00' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2024-09-12T00:00:00Z');
    const paid = event.facts.find((f) => f.text.includes('not paid the ransom'))!;
    assert.deepEqual(paid.sources, [one.id]);
    assert.equal(event.location?.name, 'Toledo');
  });

  it('should count a named group by its whole name ("North Koreans", not "norths")', async () => {
    const one = enrichedArticle('The Treasury on Thursday sanctioned six North Koreans and two companies over money laundering for a hacking group, officials said.\n\nThe group stole cryptocurrency.', { title: 'US sanctions hackers', outlet: 'Metro Ledger', publishedAt: '2024-06-28T09:00:00Z' });
    const two = enrichedArticle('The Treasury on Thursday sanctioned five North Koreans and two companies over money laundering for a hacking group, officials said.\n\nSeoul welcomed the move.', { title: 'Sanctions on hackers', outlet: 'City Wire', publishedAt: '2024-06-28T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2024-06-29T00:00:00Z');
    const d = event.discrepancies.find((x) => x.about.startsWith('number of North Koreans'));
    assert.deepEqual(d?.variants.map((v) => v.value).sort(), ['5', '6'], JSON.stringify(event.discrepancies.map((x) => x.about)));
  });

  it('should read no count in a clock time or a street address', async () => {
    const one = enrichedArticle('Gunfire hit two men in the 1200 block of Kestrel Avenue at 10:52 p.m. on Saturday, officers said.\n\nAn ambulance took both away.', { title: 'Two hit by gunfire on Kestrel Avenue', outlet: 'Metro Ledger', publishedAt: '2024-05-05T09:00:00Z' });
    const two = enrichedArticle('Officers said gunfire struck two men in the 1300 block of Kestrel Avenue at about 10:55 p.m. on Saturday.\n\nNobody is in custody.', { title: 'Kestrel Avenue gunfire', outlet: 'City Wire', publishedAt: '2024-05-05T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2024-05-06T00:00:00Z');
    assert.ok(!event.discrepancies.some((d) => /number of (?:ps|p|blocks?|am|pm)\b/.test(d.about)), JSON.stringify(event.discrepancies.map((d) => d.about)));
  });

  it('should date and place the event and name its participant once, with both sources', async () => {
    const event = await buildEvent('evt_0000000000000001', [B, A], null, '2025-03-12T00:00:00Z');
    assert.equal(event.date, '2025-03-10');
    assert.equal(event.location?.name, 'Dublin');
    assert.equal(event.location?.country, 'IE');
    // Dublin's point from the offline gazetteer.
    assert.ok(Math.abs(event.location!.lat! - 53.35) < 0.2 && Math.abs(event.location!.lon! + 6.26) < 0.2);
    assert.deepEqual(event.participants.map((p) => p.name), ['Sean Doyle']);
    assert.equal(event.participants[0]!.sources.length, 2);
    assert.equal(event.title, 'Blaze at Dublin chemical plant');
  });

  it('should place the event in the town a report names over the county others name', async () => {
    const county = (outlet: string, hour: string): ReturnType<typeof enrichedArticle> =>
      enrichedArticle('Whenever this page posts new content, you will get an email.', { title: 'Man and infant found dead in Harris County house', outlet, publishedAt: `2014-03-02T${hour}:00:00Z` });
    const town = enrichedArticle('HUMBLE, Texas - Deputies discovered the bodies of a man and an infant in a house on Saturday, the sheriff said.', { title: 'Man and infant dead in Humble house', outlet: 'Bayou Times', publishedAt: '2014-03-02T12:00:00Z' });
    assert.equal(county('Valley News', '08').place?.name, 'Harris County');
    const event = await buildEvent('evt_0000000000000001', [county('Valley News', '08'), county('Harbour Review', '09'), town], null, 'now');
    assert.equal(event.location?.name, 'Humble');
    // One report's town against many naming the county: the county.
    const many = await buildEvent('evt_0000000000000001', [county('Valley News', '08'), county('Harbour Review', '09'), county('Coast Courier', '10'), county('Gulf Daily', '11'), town], null, 'now');
    assert.equal(many.location?.name, 'Harris County');
  });

  it('should break a tie between two reports\' places by the one more reports name', async () => {
    // One page's text is another crime story's: its place is that story's; the other report and the
    // headline of the first name the scene. (A text that tells of no violence at all is read as no
    // story of its own, another-story.ts: its headline's town is its place.)
    const clutter = enrichedArticle('A clerk was wounded in a holdup in Louisville overnight. Louisville police expect him to survive.', { title: 'Two hurt when shots ring out at Lexington party', outlet: 'Valley News', publishedAt: '2014-03-02T08:00:00Z' });
    const story = enrichedArticle('LEXINGTON, Ky. - Gunfire at a house party early Saturday left two guests wounded, police said.', { title: 'Lexington party gunfire wounds two', outlet: 'Bluegrass Daily', publishedAt: '2014-03-02T12:00:00Z' });
    assert.deepEqual([clutter.place?.name, story.place?.name], ['Louisville', 'Lexington']);
    const event = await buildEvent('evt_0000000000000001', [clutter, story], null, 'now');
    assert.equal(event.location?.name, 'Lexington');
  });

  it('should count a town written with and without its accents as one place, not a disagreement', async () => {
    const accented = (outlet: string, hour: string): ReturnType<typeof enrichedArticle> =>
      enrichedArticle('GDANSK, Poland -- Hackers broke into the control network of the city water utility on Monday, officials said.', { title: 'Hackers breach water utility', outlet, publishedAt: `2026-03-03T${hour}:00:00Z` });
    const plain = enrichedArticle('WARSAW -- The government said on Tuesday that a cyberattack on a water utility in Gdansk bore the hallmarks of a state actor.', { title: 'Poland blames state hackers', outlet: 'Vistula Post', publishedAt: '2026-03-03T14:00:00Z' });
    assert.deepEqual([accented('Baltic Courier', '08').place?.name, plain.place?.name], ['Gdańsk', 'Gdansk']);
    const event = await buildEvent('evt_0000000000000001', [plain, accented('Baltic Courier', '08'), accented('Amber Wire', '09')], null, 'now');
    assert.deepEqual([event.location?.name, event.location?.country], ['Gdańsk', 'PL']);
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'location'), []);
  });

  it('should count one city under two of its names as one place, not a disagreement', async () => {
    const older = enrichedArticle('Swiss police said on Monday that hackers had broken into the network of the parliament in Berne, Switzerland.', { title: 'Hackers hit Swiss parliament', outlet: 'Alpine Wire', publishedAt: '2026-03-03T08:00:00Z' });
    const newer = enrichedArticle('Hackers broke into the network of the Swiss parliament in Bern on Monday, police said.', { title: 'Swiss parliament hacked', outlet: 'Lake Courier', publishedAt: '2026-03-03T09:00:00Z' });
    assert.deepEqual([older.place?.name, older.place?.country, newer.place?.name, newer.place?.country], ['Berne', 'CH', 'Bern', 'CH']);
    const event = await buildEvent('evt_0000000000000001', [older, newer], null, 'now');
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'location'), []);
  });

  it("should take an outlet's home city only when no report names a place, and mark it a guess", async () => {
    const clutter = (outlet: string, title: string): ReturnType<typeof enrichedArticle> =>
      enrichedArticle('Windy with thunderstorms this morning. High 67F.', { title, outlet, publishedAt: '2014-03-02T08:00:00Z' });
    const guessed = clutter('Valley News', 'Teen injured when gun goes off - Channel 9 - Memphis, Tennessee');
    assert.deepEqual([guessed.place?.name, guessed.place?.inferred], ['Memphis', true]);
    const alone = await buildEvent('evt_0000000000000001', [guessed], null, 'now');
    assert.deepEqual([alone.location?.name, alone.location?.inferred], ['Memphis', true]);
    // A report that names the town outweighs any number of guesses, and the place is no guess then.
    const named = enrichedArticle('SOUTHAVEN, Miss. - A teenager was injured on Saturday when a gun went off by accident, police said.', { title: 'Teen hurt', outlet: 'Delta Daily', publishedAt: '2014-03-02T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [guessed, clutter('Harbour Review', 'Teen hurt - Channel 5 - Memphis, Tennessee'), named], null, 'now');
    assert.deepEqual([event.location?.name, event.location?.inferred], ['Southaven', undefined]);
    // Nor is a guess a discrepancy between outlets.
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'location'), []);
  });

  it('should date the event from the first reports, not from follow-ups weeks later', async () => {
    const charged = (outlet: string): ReturnType<typeof enrichedArticle> =>
      enrichedArticle('A man was charged on Tuesday with starting the fire at the Orion chemical plant in Dublin, the police said.', {
        title: 'Man charged over Dublin plant fire',
        outlet,
        publishedAt: '2025-04-09T09:00:00Z',
      });
    const event = await buildEvent('evt_0000000000000001', [A, charged('Celtic Wire'), charged('Harbour Review'), charged('Valley News')], null, 'now');
    assert.equal(event.date, '2025-03-10');
  });

  it("should date the event by a report's named day over a day guessed for a clock time whose day no report names", async () => {
    // Dated Saturday 2025-05-10 (day only): "roughly 10:25 p.m." with no day reads as the night before.
    const guessed = enrichedArticle('Patrol units went to a Birch Street house at roughly 10:25 p.m. when neighbours reported gunfire. Four people had been wounded.', { title: 'Four wounded on Birch Street', outlet: 'Lakeside Ledger', publishedAt: '2025-05-10' });
    const named = enrichedArticle('Gunfire on Birch Street late Saturday wounded four people, police said.', { title: 'Four hurt in Birch Street shooting', outlet: 'Valley Daily', publishedAt: '2025-05-11' });
    assert.equal(guessed.eventDate?.value, '2025-05-09');
    assert.equal(guessed.eventDate?.guessedDay, true);
    assert.equal(named.eventDate?.guessedDay, undefined);
    assert.equal((await buildEvent('evt_0000000000000001', [guessed, named], null, 'now')).date, '2025-05-10');
  });

  it('should date the event by a day a later report writes out for the incident, when no report came out before it', async () => {
    // The first report came out on Saturday 2025-05-10 and read "Thursday" for a shooting of late on Friday;
    // a report a week later writes the day out.
    const first = enrichedArticle('Police said a boy, 14, died of a gunshot wound Thursday inside a house on Cedar Lane.', { title: 'Boy, 14, killed on Cedar Lane', outlet: 'Lakeside Ledger', publishedAt: '2025-05-10T09:00:00Z' });
    const charged = enrichedArticle('A 19-year-old was charged on Friday with reckless homicide. Prosecutors say he fired the bullet that killed a boy, 14, inside a house on Cedar Lane on May 9.', { title: 'Man charged in Cedar Lane killing', outlet: 'Valley Daily', publishedAt: '2025-05-17T09:00:00Z' });
    assert.equal(first.eventDate?.value, '2025-05-08');
    assert.equal(charged.eventDate?.value, '2025-05-09');
    const event = await buildEvent('evt_0000000000000001', [first, charged], null, 'now');
    assert.equal(event.date, '2025-05-09');
    // A day written out after the first report came out is the follow-up's own news, and stays out.
    const arrested = enrichedArticle('On May 12 officers detained a suspect, 19, over the death of the boy, 14, on Cedar Lane, a police spokesman said.', { title: 'Arrest in Cedar Lane killing', outlet: 'Valley Daily', publishedAt: '2025-05-17T09:00:00Z' });
    assert.equal((await buildEvent('evt_0000000000000001', [first, arrested], null, 'now')).date, '2025-05-08');
  });

  it('should give the same record whatever order the articles come in', async () => {
    const one = await buildEvent('evt_0000000000000001', [A, B], null, 'now');
    const two = await buildEvent('evt_0000000000000001', [B, A], null, 'now');
    assert.deepEqual(one, two);
  });

  it('should not credit an outlet with a quotation it does not give, though the same official speaks', async () => {
    const one = enrichedArticle('The Treasury imposed sanctions on six officials of an Iranian cyber unit on Wednesday.\n\n"Iran continues to target the systems that Americans rely on for clean water," said Daniel Okafor, the Treasury\'s under secretary.', { title: 'US sanctions Iranian cyber officers', outlet: 'Global Dispatch', publishedAt: '2026-03-11T18:05:00Z' });
    const two = enrichedArticle('The Treasury designated seven members of an Iranian cyber unit on Wednesday.\n\nUnder Secretary Daniel Okafor said the unit had "repeatedly attacked civilian infrastructure, including water and energy systems."', { title: 'Treasury targets Iranian hackers', outlet: 'Cyber Policy Brief', publishedAt: '2026-03-11T19:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, 'now');
    const quote = event.facts.find((f) => f.text.includes('continues to target'))!;
    assert.deepEqual(quote.sources, [one.id]);
    // The same quotation, whole in one and in part in the other, is one fact.
    const three = enrichedArticle('The Treasury acted on Wednesday. Okafor said Iran "continues to target the systems that Americans rely on," the Treasury said in a statement.', { title: 'Treasury acts', outlet: 'Capital Wire', publishedAt: '2026-03-11T20:00:00Z' });
    const again = await buildEvent('evt_0000000000000001', [one, three], null, 'now');
    assert.deepEqual(again.facts.find((f) => f.text.includes('continues to target'))?.sources.sort(), [one.id, three.id].sort());
  });

  it('should group the same claim in different words into one fact with corroboration 2', async () => {
    const event = await buildEvent('evt_0000000000000001', [A, B], null, 'now');
    const shed = event.facts.find((f) => f.text.includes('storage shed'));
    assert.equal(shed?.corroboration, 2);
    assert.deepEqual(shed?.sources.sort(), [A.id, B.id].sort());
    // The lead is one claim in both, but B gives three workers injured, not two: B does not confirm it.
    const lead = event.facts.find((f) => f.text.startsWith('Firefighters battled'));
    assert.deepEqual([lead?.sources, lead?.corroboration], [[A.id], 1]);
    // The two figures are the toll's: listed once, as injured.
    assert.deepEqual(event.discrepancies.find((d) => d.about === 'injured')?.variants.map((v) => v.value).sort(), ['2', '3']);
    assert.ok(!event.discrepancies.some((d) => d.about.startsWith('number of workers')));
  });

  it('should list disagreeing casualty figures, keeping the latest', async () => {
    const event = await buildEvent('evt_0000000000000001', [A, B], null, 'now');
    assert.deepEqual(event.casualties, { killed: null, injured: 3 });
    assert.deepEqual(event.discrepancies.find((d) => d.about === 'injured')?.variants.map((v) => v.value), ['2', '3']);
  });

  it('should not take a figure many times the other, given as often, for the latest revision', async () => {
    const first = enrichedArticle('Six people were shot in Central City on Monday night, police said.', { title: 'Six shot in Central City', outlet: 'Elm Daily', publishedAt: '2025-03-10T18:00:00Z' });
    const second = enrichedArticle('In the Monday night shooting in Central City, 99 people were shot, police said.', { title: 'Central City shooting', outlet: 'River News', publishedAt: '2025-03-11T09:00:00Z' });
    assert.deepEqual([first.casualties?.injured, second.casualties?.injured], [6, 99]);
    const event = await buildEvent('evt_0000000000000001', [first, second], null, 'now');
    assert.equal(event.casualties?.injured, 6);
    assert.deepEqual(event.discrepancies.find((d) => d.about === 'injured')?.variants.map((v) => v.value).sort(), ['6', '99']);
  });

  it('should keep a toll that rises as counts come in', async () => {
    const reports = [['The Elm Street fire on Monday killed two people, officials said.', '2025-03-10T18:00:00Z'], ['The Elm Street fire on Monday killed eight people, officials said.', '2025-03-11T09:00:00Z']] as const;
    const articles = reports.map(([text, at], i) => enrichedArticle(text, { title: `Elm Street fire ${i}`, outlet: `Outlet ${i}`, publishedAt: at }));
    const event = await buildEvent('evt_0000000000000001', articles, null, 'now');
    assert.equal(event.casualties?.killed, 8);
  });

  it('should keep the higher of two death tolls given equally often, even when the later report gives the lower', async () => {
    const reports = [['The Elm Street fire on Monday killed two people, officials said.', '2025-03-10T18:00:00Z'], ['The Elm Street fire on Monday killed one person, officials said.', '2025-03-11T09:00:00Z']] as const;
    const articles = reports.map(([text, at], i) => enrichedArticle(text, { title: `Elm Street fire ${i}`, outlet: `Outlet ${i}`, publishedAt: at }));
    assert.deepEqual(articles.map((a) => a.casualties?.killed), [2, 1]);
    const event = await buildEvent('evt_0000000000000001', articles, null, 'now');
    assert.equal(event.casualties?.killed, 2);
    assert.deepEqual(event.discrepancies.find((d) => d.about === 'killed')?.variants.map((v) => v.value).sort(), ['1', '2']);
  });

  it('should not count as wounded a victim an early report had hurt and later reports have dead', async () => {
    const early = enrichedArticle('A bullet struck a boy, 4, in the chest inside an Elm Street apartment on Monday, police said.', { title: 'Boy shot at home', outlet: 'Elm Daily', publishedAt: '2025-03-10T18:00:00Z' });
    const later = enrichedArticle('The boy, 4, struck by a bullet inside an Elm Street apartment on Monday has died, police said.', { title: 'Boy dies after shooting', outlet: 'River News', publishedAt: '2025-03-11T09:00:00Z' });
    assert.equal(early.casualties?.injured, 1);
    const event = await buildEvent('evt_0000000000000001', [early, later], null, 'now');
    assert.deepEqual(event.casualties, { killed: 1, injured: null });
  });

  it('should not count as wounded a lone victim told hurt first and dead days later, whose later story keeps the old condition', async () => {
    const early = enrichedArticle('Police said a girl, 8, took a bullet to the head on Elm Street on Wednesday and is in critical condition.', { title: 'Girl shot on Elm Street', outlet: 'Elm Daily', publishedAt: '2025-03-05T18:00:00Z' });
    const later = enrichedArticle('The girl, 8, hit by a bullet on Elm Street on Wednesday has died, police said. She remains hospitalized in critical condition, a neighbour had said on Thursday.', { title: 'Girl dies', outlet: 'River News', publishedAt: '2025-03-07T09:00:00Z' });
    assert.deepEqual([early.casualties, later.casualties], [{ killed: null, injured: 1 }, { killed: 1, injured: 1 }]);
    const event = await buildEvent('evt_0000000000000001', [early, later], null, 'now');
    assert.deepEqual(event.casualties, { killed: 1, injured: null });
  });

  it('should let an early report of one wounded bear out a report of one killed and one wounded', async () => {
    const texts = [
      'A man was wounded in the leg on Elm Street on Friday night, police said.',
      'A shooting on Elm Street on Friday killed one man and wounded another, police said.',
      'Police said gunfire on Elm Street on Friday left a man dead and two other men wounded.',
    ];
    const articles = texts.map((text, i) => enrichedArticle(text, { title: `Elm Street shooting ${i}`, outlet: `Outlet ${i}`, publishedAt: `2025-03-0${7 + i}T18:00:00Z` }));
    assert.deepEqual(articles.map((a) => [a.casualties?.killed ?? null, a.casualties?.injured ?? null]), [[null, 1], [1, 1], [1, 2]]);
    const event = await buildEvent('evt_0000000000000001', articles, null, 'now');
    assert.deepEqual(event.casualties, { killed: 1, injured: 1 });
  });

  it('should not keep a lone death that later reports of the same wounded victim contradict', async () => {
    const texts = [
      'A 15-year-old wounded in the head at a Birch Lane house on Wednesday is in guarded condition, police said.',
      'Prosecutors charged a 16-year-old with attempted manslaughter and negligent manslaughter over the gunshot to a boy\'s head on Birch Lane, police said.',
      'His family said the 15-year-old hurt on Birch Lane has gone home from hospital and is in stable condition.',
    ];
    const articles = texts.map((text, i) => enrichedArticle(text, { title: `Birch Lane shooting ${i}`, outlet: `Outlet ${i}`, publishedAt: `2025-06-0${1 + i}T18:00:00Z` }));
    assert.deepEqual(articles.map((a) => [a.casualties?.killed ?? null, a.casualties?.injured ?? null]), [[null, 1], [1, null], [null, 1]]);
    const event = await buildEvent('evt_0000000000000001', articles, null, 'now');
    assert.deepEqual(event.casualties, { killed: null, injured: 1 });
  });

  it('should not count among the wounded a victim a follow-up tells has died since, where it repeats the first count', async () => {
    const first = enrichedArticle('A drive-by shooting on Maple Avenue on Sunday evening wounded five people, the fire department said.', { title: 'Five wounded in drive-by', outlet: 'Elm Daily', publishedAt: '2025-03-09T20:00:00Z' });
    const later = enrichedArticle('A drive-by shooting on Maple Avenue on Sunday evening wounded five people. Police said on Thursday that one of the five has since died.', { title: 'Drive-by victim dies', outlet: 'River News', publishedAt: '2025-03-13T09:00:00Z' });
    assert.deepEqual([first.casualties, later.casualties], [{ killed: null, injured: 5 }, { killed: 1, injured: 5 }]);
    const event = await buildEvent('evt_0000000000000001', [first, later], null, 'now');
    assert.deepEqual(event.casualties, { killed: 1, injured: 4 });
  });

  it('should not let a later report of one wounded overrule as many reports that count them all', async () => {
    const first = enrichedArticle('Gunfire outside an Elm Street bar on Friday killed a man and wounded three other men, police said.', { title: 'One killed, three wounded', outlet: 'Elm Daily', publishedAt: '2025-03-07T18:00:00Z' });
    const later = enrichedArticle('One of the men hit outside the Elm Street bar on Friday has died. One more man was wounded in the leg.', { title: 'Bar shooting victim named', outlet: 'River News', publishedAt: '2025-03-09T09:00:00Z' });
    assert.deepEqual([first.casualties?.injured, later.casualties?.injured], [3, 1]);
    const event = await buildEvent('evt_0000000000000001', [first, later], null, 'now');
    assert.deepEqual(event.casualties, { killed: 1, injured: 3 });
  });

  it('should read an early count of the shot, as many as a later report\'s dead and wounded, as those shot less the dead', async () => {
    const texts = ['Three people were shot outside a diner on Oak Road on Friday night, police said.', 'Three people were shot outside a diner on Oak Road late Friday, according to police.', 'Gunfire outside a diner on Oak Road on Friday killed one man and wounded two others, police said.'];
    const articles = texts.map((text, i) => enrichedArticle(text, { title: `Oak Road diner shooting ${i}`, outlet: `Outlet ${i}`, publishedAt: `2025-03-0${7 + i}T18:00:00Z` }));
    assert.deepEqual(articles.map((a) => [a.casualties?.killed ?? null, a.casualties?.injured ?? null]), [[null, 3], [null, 3], [1, 2]]);
    const event = await buildEvent('evt_0000000000000001', articles, null, 'now');
    assert.deepEqual(event.casualties, { killed: 1, injured: 2 });
  });

  it('should list the threat actors the reports name, once under the gazetteer name, with the names the reports used', async () => {
    const one = enrichedArticle('North Korean hackers of the Lazarus group stole $40 million in cryptocurrency from the exchange on Monday, the FBI said.', { title: 'Exchange hacked', outlet: 'Cyber Wire', publishedAt: '2025-03-11T09:00:00Z' });
    const two = enrichedArticle('The FBI said hackers known as Hidden Cobra, backed by Pyongyang, stole $40 million in cryptocurrency from the exchange on Monday. Kimsuky was not involved, analysts said.', { title: 'FBI blames North Korea for exchange hack', outlet: 'Seoul Times', publishedAt: '2025-03-11T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2025-03-12T00:00:00Z');
    assert.deepEqual(event.threatActors?.map((t) => [t.name, t.aliases, t.country, t.sources.length]), [
      ['Lazarus Group', ['Hidden Cobra'], 'KP', 2],
      ['Kimsuky', [], 'KP', 1],
    ]);
    // Lists show their names; an event of no cyber actor lists none, and its card has no field for them.
    assert.deepEqual(summarizeEvent(event).threatActors, ['Lazarus Group', 'Kimsuky']);
    const plain = await buildEvent('evt_0000000000000002', [A, B], null, 'now');
    assert.deepEqual(plain.threatActors, []);
    assert.ok(!('threatActors' in summarizeEvent(plain)));
  });

  it('should list the CVE ids the reports name, counted by independent outlets, on the event and its card', async () => {
    const one = enrichedArticle('Hackers exploited CVE-2025-2211 in the Orion file-transfer server to steal records from the hospital on Monday, officials said.', { title: 'Hospital records stolen', outlet: 'Cyber Wire', publishedAt: '2025-03-11T09:00:00Z' });
    const two = enrichedArticle('The flaw, tracked as CVE 2025 2211, let hackers into the hospital file-transfer server on Monday, the vendor said.', { title: 'Vendor confirms exploited flaw', outlet: 'Seoul Times', publishedAt: '2025-03-11T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2025-03-12T00:00:00Z');
    assert.deepEqual(event.vulnerabilities, [{ cve: 'CVE-2025-2211', sources: [one.id, two.id], corroboration: 2 }]);
    assert.deepEqual(summarizeEvent(event).vulnerabilities, ['CVE-2025-2211']);
    const plain = await buildEvent('evt_0000000000000002', [A, B], null, 'now');
    assert.deepEqual(plain.vulnerabilities, []);
    assert.ok(!('vulnerabilities' in summarizeEvent(plain)));
  });

  it("should date what a live page's entry reports by the entry, not by the page's first publication", async () => {
    const live = enrichedArticle(
      '07:05 GMT\n\nGood morning. Firefighters were called to a blaze at the Orion chemical plant in Dublin.\n\n13:40 GMT\n\nFour workers were injured in the fire at the Orion chemical plant in Dublin, the fire service said.\n\nThat\'s all from us for today.',
      { title: 'Live: fire at Dublin chemical plant', outlet: 'Liffey Ledger', publishedAt: '2025-03-11T07:00:00Z' },
    );
    assert.deepEqual(live.liveEntries?.map((e) => e.time), ['2025-03-11T07:05:00Z', '2025-03-11T13:40:00Z']);
    const event = await buildEvent('evt_0000000000000001', [live, B], null, 'now');
    // B (Celtic Wire, 12:00) says three were injured; the page's entry said four at 13:40, not at 07:00.
    const injured = event.discrepancies.find((d) => d.about === 'injured');
    assert.deepEqual(injured?.variants.map((v) => [v.value, v.firstReported]), [['4', '2025-03-11T13:40:00Z'], ['3', '2025-03-11T12:00:00Z']]);
    assert.ok(event.facts.every((f) => !/Good morning|all from us/.test(f.text)), JSON.stringify(event.facts));
    assert.doesNotMatch(event.summary, /Good morning|all from us/);
    const told = event.facts.find((f) => f.text.startsWith('Four workers were injured'));
    assert.equal(told?.firstReported, '2025-03-11T13:40:00Z');
    // A fact with no live page among its sources carries no times: the record is as before.
    assert.ok(event.facts.filter((f) => !f.sources.includes(live.id)).every((f) => f.firstReported === undefined));
  });

  it('should order reports by the instant they name, whatever their time zones', async () => {
    // 20:00 in Seoul is 11:00 UTC: earlier than 12:00 UTC, though it sorts later as text.
    const seoul = enrichedArticle('A fire at the Orion chemical plant in Dublin on Monday injured three workers, the fire service said.', { title: 'FIRST REPORT of plant fire', outlet: 'Seoul Wire', publishedAt: '2025-03-11T20:00:00+09:00' });
    const utc = enrichedArticle('A fire at the Orion chemical plant in Dublin on Monday injured four workers, the fire service said.', { title: 'LATER REPORT of plant fire', outlet: 'London Desk', publishedAt: '2025-03-11T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [utc, seoul], null, 'now');
    assert.equal(event.title, 'FIRST REPORT of plant fire');
    assert.equal(event.casualties?.injured, 4);
  });

  it('should count a syndicated copy once', async () => {
    const event = await buildEvent('evt_0000000000000001', [A, B, A_COPY], null, 'now');
    assert.equal(event.articles.length, 3);
    assert.equal(event.outlets, 2);
    for (const fact of event.facts) assert.ok(fact.corroboration <= 2);
  });

  it('should count the sources of every member of a story larger than the articles read, and order them by instant', async () => {
    const m = (id: string, outletKey: string, copyGroup: string, publishedAt: string) => ({ id, outletKey, copyGroup, publishedAt });
    const members = [
      m('art_6', 'w', 'g6', '2025-03-11T09:00:00Z'),
      m('art_1', 'x', 'g1', '2025-03-10T08:00:00Z'),
      // Same outlet as art_1, and a copy of what art_3 carries: x, y and their groups are one source.
      m('art_2', 'x', 'g2', '2025-03-10T09:00:00Z'),
      m('art_3', 'y', 'g2', '2025-03-10T19:30:00+09:00'),
      m('art_4', 'z', 'g4', '2025-03-10T11:00:00Z'),
      m('art_5', 'w', 'g5', '2025-03-10T12:00:00Z'),
    ];
    const event = await buildEvent('evt_0000000000000001', [A], null, 'now', { members });
    assert.equal(event.outlets, 3);
    // A member known by its outlet's name and its site (z and w) joins both.
    const joined = await buildEvent('evt_0000000000000001', [A], null, 'now', { members: [...members.slice(0, 5), m('art_5', 'z\nw', 'g5', '2025-03-10T12:00:00Z')] });
    assert.equal(joined.outlets, 2);
    // 19:30 in Seoul is 10:30 UTC, after art_2 and before art_4.
    assert.deepEqual(event.articles, ['art_1', 'art_2', 'art_3', 'art_4', 'art_5', 'art_6']);
  });

  it('should keep the earlier event the article mentions as related, not as this event', async () => {
    const event = await buildEvent('evt_0000000000000001', [A], null, 'now');
    assert.equal(event.date, '2025-03-10');
    assert.ok(event.related.some((r) => r.date === '2019-06'), JSON.stringify(event.related));
  });

  it("should not count an outlet for a fact whose figure its sentence does not give, nor the reverse", async () => {
    const one = enrichedArticle('TARTU, Estonia (Baltic Wire) - Hackers broke into the computer network of Tartu University Hospital on Sunday, forcing the hospital to cancel about 1,200 outpatient appointments, officials said on Tuesday.', { title: 'Estonian hospital hit by cyberattack', outlet: 'Baltic Wire', publishedAt: '2025-03-11T07:30:00Z' });
    const two = enrichedArticle('TARTU, Estonia - Hackers broke into the network of Tartu University Hospital on Sunday, Estonian officials said on Tuesday, blaming the APT29 group.\n\nAbout 900 appointments were postponed, according to a hospital statement.', { title: 'APT29 behind Tartu hospital breach', outlet: 'Cyber Dispatch', publishedAt: '2025-03-11T16:45:00Z' });
    const event = await buildEvent('evt_0000000000000031', [one, two], null, '2025-03-12T00:00:00Z');
    const fact = event.facts.find((f) => f.text.includes('1,200'))!;
    assert.deepEqual(fact.sources, [one.id]);
    assert.equal(fact.corroboration, 1);
  });

  it('should list no place discrepancy for a country against a city in it, and leave datelines out of the summary', async () => {
    const one = enrichedArticle("NUUK, Greenland (Nordic Bulletin) - Greenland's opposition party Demokraatit won Tuesday's parliamentary election, official results showed on Wednesday.", { title: 'Demokraatit wins Greenland election', outlet: 'Nordic Bulletin', publishedAt: '2025-03-12T09:00:00Z' });
    const two = enrichedArticle("Jens-Frederik Nielsen's Demokraatit party won the general election in Greenland on Tuesday, according to final results. Danish Prime Minister Mette Frederiksen said Copenhagen respected the result.", { title: 'Greenland voters reject governing party', outlet: 'Arctic Review', publishedAt: '2025-03-12T13:20:00Z' });
    const event = await buildEvent('evt_0000000000000032', [one, two], null, '2025-03-13T00:00:00Z');
    assert.equal(event.location?.name, 'Nuuk');
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'location'), []);
    assert.ok(event.summary.startsWith("Greenland's opposition party"), event.summary);
    // A state against a town in it is no disagreement either.
    const town = enrichedArticle('A man with a rifle shot shoppers at a mall in Columbus, Ohio, on Saturday, leaving one dead, police said.', { title: 'Gunman kills 1 at mall', outlet: 'Ohio Wire', publishedAt: '2026-11-21T22:00:00Z' });
    const state = enrichedArticle('One shopper died and five were hurt when gunfire broke out at an Ohio mall on Saturday, police said.', { title: 'Ohio mall shooting', outlet: 'Midwest Post', publishedAt: '2026-11-21T23:00:00Z' });
    const mall = await buildEvent('evt_0000000000000043', [town, state], null, '2026-11-22T00:00:00Z');
    assert.deepEqual(mall.discrepancies.filter((d) => d.about === 'location'), [], JSON.stringify(mall.discrepancies));
  });

  it('should not take datelines, spellings or a follow-up days later for disagreements', async () => {
    const one = enrichedArticle('MANILA (Reuters) - Japanese Defence Minister Kenta Mizuno and his Philippine counterpart signed an agreement on Thursday to transfer six warships to the Philippine navy.', { title: 'Japan, Philippines sign warship deal', outlet: 'Reuters', publishedAt: '2026-11-19T09:00:00Z' });
    const two = enrichedArticle('QUEZON CITY, Philippines (Inquirer) - Japanese Defense Minister Kenta Mizuno signed an agreement on Thursday to transfer warships to the Philippine navy.', { title: 'PH to get Japanese warships', outlet: 'Inquirer', publishedAt: '2026-11-19T15:00:00Z' });
    const later = enrichedArticle('MANILA (Reuters) - The first of the warships promised under the agreement signed last week will sail on Wednesday, Japanese Defence Minister Kenta Mizuno said on Tuesday.', { title: 'First warship to sail', outlet: 'Reuters', publishedAt: '2026-11-24T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000034', [one, two, later], null, '2026-11-25T00:00:00Z');
    assert.deepEqual(event.discrepancies.map((d) => d.about), []);
    // A hearing the day after the charges, reported the day after that; a name with and without its accents.
    const charged = enrichedArticle('WASHINGTON (Reuters) - Prosecutors on Thursday charged Rui Magalhães Correia, a Lisbon engineer, with wire fraud.', { title: 'Engineer charged', outlet: 'Reuters', publishedAt: '2026-10-15T18:00:00Z' });
    const hearing = enrichedArticle('CONCORD, N.C. (Ledger) - A judge on Friday ordered Rui Magalhaes Correia held without bail on wire fraud charges.', { title: 'Engineer to stay jailed', outlet: 'Ledger', publishedAt: '2026-10-17T14:00:00Z' });
    const hearingEvent = await buildEvent('evt_0000000000000038', [charged, hearing], null, '2026-10-18T00:00:00Z');
    assert.deepEqual(hearingEvent.discrepancies.map((d) => d.about), []);
    // The same day apart, told by reports of the same day, is a disagreement.
    const sameDay = enrichedArticle('CONCORD, N.C. (Ledger) - Prosecutors on Wednesday charged Rui Magalhaes Correia, a Lisbon engineer, with wire fraud.', { title: 'Engineer charged', outlet: 'Ledger', publishedAt: '2026-10-15T20:00:00Z' });
    const disputed = await buildEvent('evt_0000000000000039', [charged, sameDay], null, '2026-10-18T00:00:00Z');
    assert.deepEqual(disputed.discrepancies.map((d) => d.about), ['date']);
  });

  it('should read the body a role is held in as part of the role when roles are compared', async () => {
    const one = enrichedArticle('WASHINGTON (Reuters) - The United States on Wednesday sanctioned seven Iranian officers over attacks on water utilities. Daniel Okafor, the Treasury under secretary, said the measures were meant to disrupt the unit.', { title: 'US sanctions Iranian officers', outlet: 'Reuters', publishedAt: '2026-11-18T15:00:00Z' });
    const two = enrichedArticle('WASHINGTON (AP) - The United States sanctioned seven Iranian officers on Wednesday over attacks on water utilities, said Daniel Okafor, Treasury\'s under secretary in charge of sanctions enforcement.', { title: 'Iranian officers sanctioned', outlet: 'AP', publishedAt: '2026-11-18T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000037', [one, two], null, '2026-11-19T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('role of')), []);
    // A company officer's initials are the title spelt out, and "the company's" is that company's.
    const three = enrichedArticle('SEOUL (Yonhap) -- Saebit Telecom said hackers stole customer data. "We apologise," said the company\'s chief executive, Yoon Jae-hyuk.', { title: 'Saebit breach', outlet: 'Yonhap', publishedAt: '2026-10-20T09:00:00Z' });
    const four = enrichedArticle('SEOUL (SecOps) - Saebit CEO Yoon Jae-hyuk said hackers stole customer data from the telecom.', { title: 'Saebit data stolen', outlet: 'SecOps', publishedAt: '2026-10-20T12:00:00Z' });
    const breach = await buildEvent('evt_0000000000000040', [three, four], null, '2026-10-21T00:00:00Z');
    assert.deepEqual(breach.discrepancies.filter((d) => d.about.startsWith('role of')), []);
  });

  it('should take a later report of one more death over earlier reports that agree', async () => {
    const one = enrichedArticle('COLUMBUS, Ohio (AP) - Police said a gunman killed a shopper and wounded five other people at a Columbus mall on Saturday.', { title: 'Gunman kills 1 at Columbus mall', outlet: 'AP', publishedAt: '2026-11-21T22:00:00Z' });
    const two = enrichedArticle('COLUMBUS, Ohio (Dispatch) - One person died and five were hurt in Saturday\'s gunfire at a Columbus mall, police said.', { title: 'One killed in mall shooting', outlet: 'Dispatch', publishedAt: '2026-11-22T08:00:00Z' });
    const three = enrichedArticle('COLUMBUS, Ohio (AP) - A second victim of Saturday\'s shooting at a Columbus mall has died, bringing the death toll to two, police said on Monday.', { title: 'Second victim dies', outlet: 'AP', publishedAt: '2026-11-23T20:00:00Z' });
    const event = await buildEvent('evt_0000000000000036', [one, two, three], null, '2026-11-24T00:00:00Z');
    assert.equal(event.casualties?.killed, 2);
  });

  it("should merge two outlets' spellings of one person, showing both, but not two people one article names", async () => {
    const one = enrichedArticle('LIMA, Peru (Reuters) - A strong earthquake struck southern Peru on Monday. "The shaking was long," said Julio Ccallo, the head of the Geophysical Institute of Peru. Tom Brown and Tim Brown, two American tourists, were unhurt.', { title: 'Quake hits Peru', outlet: 'Reuters', publishedAt: '2026-11-09T14:00:00Z' });
    const two = enrichedArticle('AREQUIPA, Peru (AP) - A strong earthquake shook southern Peru on Monday, said Julio Callo, director of the Geophysical Institute of Peru.', { title: 'Strong quake in Peru', outlet: 'AP', publishedAt: '2026-11-09T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000035', [one, two], null, '2026-11-10T00:00:00Z');
    const julio = event.participants.filter((p) => p.name.startsWith('Julio'));
    assert.equal(julio.length, 1, JSON.stringify(event.participants));
    assert.deepEqual([julio[0]!.name, ...julio[0]!.aliases].sort(), ['Julio Callo', 'Julio Ccallo']);
    assert.ok(event.discrepancies.some((d) => d.about.startsWith('name of Julio')));
    assert.deepEqual(event.participants.filter((p) => p.name.endsWith('Brown')).map((p) => p.name).sort(), ['Tim Brown', 'Tom Brown']);
    // Two romanisations of a Korean name, however many words differ.
    const three = enrichedArticle('SEOUL, Oct. 20 (Yonhap) -- Saebit Telecom said on Monday that hackers stole data of 3.4 million customers. "We apologise," said its chief executive, Yoon Jae-hyuk.', { title: 'Saebit Telecom breach', outlet: 'Yonhap', publishedAt: '2026-10-20T09:00:00Z' });
    const four = enrichedArticle('SEOUL (Reuters) - South Korea\'s Saebit Telecom said on Monday hackers had stolen data of 3.4 million customers, chief executive Yun Jae-hyeok told reporters.', { title: 'Saebit says data stolen', outlet: 'Reuters', publishedAt: '2026-10-20T11:00:00Z' });
    const breach = await buildEvent('evt_0000000000000036', [three, four], null, '2026-10-21T00:00:00Z');
    const chief = breach.participants.filter((p) => /Jae-hy/.test(p.name));
    assert.equal(chief.length, 1, JSON.stringify(breach.participants));
    assert.deepEqual([chief[0]!.name, ...chief[0]!.aliases].sort(), ['Yoon Jae-hyuk', 'Yun Jae-hyeok']);
  });

  it('should keep a quotation of several sentences whole in facts and summary, and leave out a sentence that opens with a pronoun', async () => {
    const one = enrichedArticle('COLUMBUS, Ohio (AP) - Police said a gunman killed a shopper and wounded five other people at a busy Columbus mall on Saturday.\n\nHe is in custody at the Franklin County jail, charged with murder, and prosecutors may add more counts, police said.\n\n"We heard popping sounds near the food court. Everyone started running toward the exits," said Dana Wills, a shopper.', { title: 'Gunman kills 1 at Columbus mall', outlet: 'AP', publishedAt: '2026-11-21T22:00:00Z' });
    const event = await buildEvent('evt_0000000000000033', [one], null, '2026-11-22T00:00:00Z');
    assert.ok(!event.summary.includes('He is being held'), event.summary);
    assert.ok(event.facts.some((f) => f.text === '"We heard popping sounds near the food court. Everyone started running toward the exits," said Dana Wills, a shopper.'), event.facts.map((f) => f.text).join(' | '));
    assert.ok(!event.facts.some((f) => f.text.startsWith('Everyone started running')));
  });

  it('should not take a reaction two days later for a date disagreement, but keep two dates a night apart', async () => {
    const one = enrichedArticle('BRUSSELS (Reuters) - The European Union on Monday imposed sanctions on three Russian military intelligence officers over a cyberattack on a German party.', { title: 'EU sanctions GRU officers', outlet: 'Reuters', publishedAt: '2026-11-23T15:00:00Z' });
    const two = enrichedArticle('BERLIN (DW) - Germany welcomed the European Union decision on Monday to sanction Russian military intelligence officers over the cyberattack.', { title: 'Germany welcomes EU sanctions', outlet: 'DW', publishedAt: '2026-11-23T18:00:00Z' });
    const reaction = enrichedArticle('MOSCOW (AFP) - The Kremlin on Wednesday rejected as illegitimate the sanctions imposed by the European Union on Russian military intelligence officers over the cyberattack.', { title: 'Kremlin rejects EU sanctions', outlet: 'AFP', publishedAt: '2026-11-25T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000038', [one, two, reaction], null, '2026-11-26T00:00:00Z');
    assert.equal(event.date, '2026-11-23');
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'date'), []);
    const landed = enrichedArticle('HANOI (VnExpress) - The first group of 58 fishermen detained under the agreement landed in Ho Chi Minh City on Thursday.', { title: 'Fishermen return', outlet: 'VnExpress', publishedAt: '2026-11-26T09:00:00Z' });
    const signed = enrichedArticle('JAKARTA (Antara) - Indonesia and Vietnam signed a fisheries agreement in Jakarta on Tuesday that provides for the return of detained fishermen.', { title: 'Fisheries pact signed', outlet: 'Antara', publishedAt: '2026-11-24T10:00:00Z' });
    const pact = await buildEvent('evt_0000000000000042', [signed, landed], null, '2026-11-27T00:00:00Z');
    assert.deepEqual(pact.discrepancies.filter((d) => d.about === 'location' || d.about === 'date'), []);
    const night = enrichedArticle('AMSTERDAM (The Record) - The ransomware attack on the Delta Haven terminal began around 1 a.m. on Sunday, when the attackers deployed an encryptor.', { title: 'Gang claims Rotterdam attack', outlet: 'The Record', publishedAt: '2026-11-16T20:00:00Z' });
    const late = enrichedArticle('ROTTERDAM (Reuters) - Delta Haven Terminals said its systems were encrypted in a ransomware attack late on Saturday.', { title: 'Ransomware halts Rotterdam terminal', outlet: 'Reuters', publishedAt: '2026-11-16T11:00:00Z' });
    const attack = await buildEvent('evt_0000000000000039', [late, night], null, '2026-11-17T00:00:00Z');
    assert.deepEqual(attack.discrepancies.find((d) => d.about === 'date')?.variants.map((v) => v.value).sort(), ['2026-11-14', '2026-11-15']);
  });

  it('should title the event with a report\'s headline rather than a live page\'s, even when the live page came first', async () => {
    const live = enrichedArticle('Good morning. Scheldemond Container Terminals in Antwerp has closed its truck gates after a serious IT incident that began overnight.', { title: 'Live: Antwerp port cyberattack – latest updates', outlet: 'Benelux Live', publishedAt: '2026-11-16T09:10:00+01:00' });
    const report = enrichedArticle('The Rhysida ransomware group has claimed a cyberattack on Scheldemond Container Terminals in Antwerp on Monday, the company said.', { title: 'Rhysida claims attack on Antwerp port operator', outlet: 'Harbour Review', publishedAt: '2026-11-17T10:00:00+01:00' });
    const event = await buildEvent('evt_0000000000000043', [live, report], null, '2026-11-18T00:00:00Z');
    assert.equal(event.title, 'Rhysida claims attack on Antwerp port operator');
    // A live page alone still gives its headline (without the page's labels, title-label.ts).
    const alone = await buildEvent('evt_0000000000000044', [live], null, '2026-11-18T00:00:00Z');
    assert.equal(alone.title, 'Antwerp port cyberattack');
  });

  it('should count reports naming a tied town whose name ends in an accented letter', async () => {
    const placed = (body: string, title: string, outlet: string, at: string, place: { name: string; lat: number; lon: number } | null) => {
      const a = enrichedArticle(body, { title, outlet, publishedAt: at });
      a.place = place ? { ...place, country: 'CO', text: place.name, start: body.indexOf(place.name) } : null;
      return a;
    };
    const first = placed('A bus overturned in Bogotá on Monday, injuring five people, the city said.', 'Bus overturns in Bogotá', 'Andes Wire', '2026-11-16T09:00:00Z', { name: 'Bogotá', lat: 4.6, lon: -74.1 });
    const second = placed('A bus overturned on Monday, injuring five people, officials in Cali said.', 'Bus overturns', 'Valle Post', '2026-11-16T10:00:00Z', { name: 'Cali', lat: 3.4, lon: -76.5 });
    const third = placed('Five people were hurt when a bus rolled over in Bogota on Monday.', 'Five hurt as bus rolls over', 'Plains Daily', '2026-11-16T11:00:00Z', null);
    const event = await buildEvent('evt_0000000000000046', [first, second, third], null, '2026-11-17T00:00:00Z');
    assert.equal(event.location?.name, 'Bogotá');
  });

  it('should not take a headline that opens with a word like live-fire for a live page', async () => {
    const drill = enrichedArticle('Two soldiers were killed during a live-fire exercise at a training range on Monday, the army said.', { title: 'Live-fire exercise kills two soldiers', outlet: 'Range Times', publishedAt: '2026-11-16T09:00:00Z' });
    const later = enrichedArticle('The army said two soldiers died in an accident at a training range on Monday.', { title: 'Army reviews range safety', outlet: 'Camp Post', publishedAt: '2026-11-16T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000045', [drill, later], null, '2026-11-17T00:00:00Z');
    assert.equal(event.title, 'Live-fire exercise kills two soldiers');
  });

  it("should title the event with a headline that gives the record's toll, not one the later reports moved past", async () => {
    const one = enrichedArticle('LIMA, Peru (Reuters) - A powerful earthquake struck southern Peru before dawn on Monday, killing at least 14 people, officials said.', { title: 'Strong earthquake hits southern Peru, killing at least 14', outlet: 'Reuters', publishedAt: '2026-11-09T14:00:00Z' });
    const two = enrichedArticle('LIMA, Peru (AP) - A powerful earthquake shook southern Peru on Monday, killing at least 17 people, officials said.', { title: 'Quake in southern Peru kills at least 17', outlet: 'AP', publishedAt: '2026-11-09T18:00:00Z' });
    const three = enrichedArticle('LIMA, Peru (EFE) - The death toll from the earthquake that struck southern Peru on Monday rose to 38, officials said on Thursday.', { title: 'Peru earthquake death toll rises to 38', outlet: 'EFE', publishedAt: '2026-11-12T16:00:00Z' });
    const event = await buildEvent('evt_0000000000000040', [one, two, three], null, '2026-11-13T00:00:00Z');
    assert.equal(event.casualties?.killed, 38);
    assert.equal(event.title, 'Peru earthquake death toll rises to 38');
    // The summary opens with that report's lead, not the stale toll.
    assert.ok(event.summary.startsWith('The death toll from the earthquake'), event.summary);
    // The sentences' tolls are the casualties' discrepancy already.
    assert.deepEqual(event.discrepancies.map((d) => d.about), ['killed']);
    const agreed = await buildEvent('evt_0000000000000041', [one, enrichedArticle('A strong earthquake struck southern Peru on Monday, killing at least 14 people.', { title: 'Peru quake', outlet: 'AP', publishedAt: '2026-11-09T18:00:00Z' })], null, '2026-11-10T00:00:00Z');
    assert.equal(agreed.title, 'Strong earthquake hits southern Peru, killing at least 14');
  });
  it("should title the event with the earliest headline that gives no toll where every headline's toll is one the record moved past", async () => {
    const first = enrichedArticle('QUITO, Ecuador (Reuters) - A landslide buried homes in the Andean town of Alausí on Sunday, killing at least 7 people, officials said.', { title: 'Landslide in Ecuador kills at least 7', outlet: 'Reuters', publishedAt: '2027-03-26T14:00:00Z' });
    const second = enrichedArticle('QUITO, Ecuador (AP) - A landslide in the town of Alausí on Sunday killed at least 9 people, officials said.', { title: 'Ecuador landslide kills at least 9', outlet: 'AP', publishedAt: '2027-03-26T18:00:00Z' });
    const third = enrichedArticle('QUITO, Ecuador (EFE) - The death toll from the landslide that buried homes in Alausí on Sunday rose to 16, officials said on Tuesday.', { title: 'Rescuers dig through mud in Andean town', outlet: 'EFE', publishedAt: '2027-03-28T16:00:00Z' });
    const fourth = enrichedArticle('QUITO, Ecuador (AFP) - Officials said on Tuesday that 16 people died in the landslide that buried homes in Alausí on Sunday.', { title: 'Families wait for news in Alausí', outlet: 'AFP', publishedAt: '2027-03-28T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000042', [first, second, third, fourth], null, '2027-03-29T00:00:00Z');
    assert.equal(event.casualties?.killed, 16);
    assert.equal(event.title, 'Rescuers dig through mud in Andean town');
  });

  it('should draw the summary from several outlets, adding what each tells that is new, without a toll the record moved past', async () => {
    const articles = plantBlast();
    const event = await buildEvent('evt_0000000000000050', articles, null, '2026-05-15T00:00:00Z');
    const sentences = event.summary.split(/(?<=\.)\s+(?=[A-Z])/);
    assert.ok(sentences.length >= 3 && sentences.length <= 4, event.summary);
    // Each sentence from another outlet: the toll's update, the disputed cause, and a third.
    const outletOf = (sentence: string) => articles.find((a) => a.body.includes(sentence))?.outlet;
    assert.equal(new Set(sentences.map(outletOf)).size, sentences.length, event.summary);
    assert.ok(sentences[0]!.startsWith('The death toll rose to 19'), event.summary);
    assert.match(event.summary, /disputed the company's account/);
    // Not the early tolls, and no dateline.
    assert.doesNotMatch(event.summary, /At least 12|Fourteen workers|Harbor Wire|TARRAGONA/);
  });

  it('should read a toll written in words in a headline, so the title gives the toll the record has', async () => {
    const event = await buildEvent('evt_0000000000000051', plantBlast(), null, '2026-05-15T00:00:00Z');
    assert.equal(event.casualties?.killed, 19);
    assert.equal(event.title, 'Toll rises to 19 in Spanish chemical plant blast');
  });

  it('should leave out of the summary a sentence that is all quotation, whose speaker its paragraph named', async () => {
    const one = enrichedArticle('OTTAWA - The finance ministry on Monday fined three exchanges for handling stolen coins. "The fines are only the start," said deputy minister Ruth Alder. "We will follow the money wherever it goes."', { title: 'Ottawa fines three exchanges', outlet: 'Maple Ledger', publishedAt: '2027-02-08T20:00:00Z' });
    const event = await buildEvent('evt_0000000000000060', [one], null, '2027-02-09T00:00:00Z');
    assert.ok(event.summary.startsWith('The finance ministry on Monday fined'), event.summary);
    assert.doesNotMatch(event.summary, /^"We will follow|\s"We will follow the money wherever it goes\."$/, event.summary);
  });

  it("should read a long page's entities and people a few times each, not once per sentence", async () => {
    // A page of one long line (a scraped list): with every sentence looking through every entity, 11.6 MB
    // never got through consolidation. Reads of the two lists are counted: they must not grow with
    // sentences times entities.
    const n = 1000;
    const towns = ['Arden', 'Belmont', 'Corvale', 'Dunmore', 'Eastwick'];
    const parts: string[] = [];
    const sentences: Span[] = [];
    const entities: Entity[] = [];
    const people: PersonMention[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const name = `Number${i} Tallis`;
      const town = towns[i % towns.length]!;
      const sentence = `Officer ${name} said ${i + 3} volunteers repaired footbridge ${i} near ${town} on the river road.`;
      const person = at + sentence.indexOf(name);
      const place = at + sentence.indexOf(town);
      entities.push({ text: name, type: 'person', start: person, end: person + name.length });
      entities.push({ text: town, type: 'location', start: place, end: place + town.length });
      people.push({ name, variants: [], role: 'officer', organization: null, country: null, mentions: [{ start: person, end: person + name.length }], byline: false, inEvent: true });
      sentences.push({ start: at, end: at + sentence.length });
      parts.push(sentence);
      at += sentence.length + 1;
    }
    let reads = 0;
    const counted = <T extends object>(list: T[]): T[] =>
      new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const page = sampleArticle(1, { body: parts.join(' '), sentences, entities: counted(entities), people: counted(people) });
    const event = await buildEvent('evt_0000000000000070', [page], null, '2025-03-20T00:00:00Z');
    assert.equal(event.facts.length, n);
    assert.ok(reads < 20 * n, `${reads} reads for ${n} sentences`);
  });
});

describe('buildEvent with a report that states coordinates', () => {
  it('should put the event at the stated point, not at the wire dateline most reports carry', async () => {
    const point = enrichedArticle('A navy frigate fired warning shots at a fishing fleet on Sunday, the defence ministry told reporters in Manila.\n\nThe fleet was anchored near 9.90 N, 115.55 E in the Spratly waters, the ministry said.', { title: 'Warning shots fired at fishing fleet', outlet: 'Island Post', publishedAt: '2026-07-06T09:00:00+08:00' });
    const wire = (outlet: string, url: string) => enrichedArticle('MANILA (Pacific Wire) - A navy frigate fired warning shots at a fishing fleet on Sunday, officials said, in the latest standoff over the disputed reefs.', { title: 'Frigate fires warning shots', outlet, publishedAt: '2026-07-06T11:00:00+08:00', url });
    const event = await buildEvent('evt_0000000000000001', [point, wire('Bay Times', 'https://baytimes.example/a'), wire('Coast News', 'https://coastnews.example/a')], null, '2026-07-07T00:00:00Z');
    assert.deepEqual([event.location?.lat, event.location?.lon], [9.9, 115.55]);
  });
});

describe('buildEvent with a dateline written in mixed case', () => {
  it('should not set the town of a "Town - " dateline against the scene as another place', async () => {
    const scene = enrichedArticle('Floods swept through Kisumu on Monday, forcing hundreds of families from their homes, the county government said.', { title: 'Floods hit Kisumu', outlet: 'Lake Courier', publishedAt: '2026-04-14T09:00:00+03:00' });
    const filed = enrichedArticle('Nairobi - The interior ministry said on Monday that rescue teams had been sent after floods forced hundreds of families from their homes by the lake.', { title: 'Rescue teams sent after floods', outlet: 'Capital Wire', publishedAt: '2026-04-14T12:00:00+03:00', url: 'https://capitalwire.example/a' });
    assert.equal(filed.place?.name, 'Nairobi');
    const event = await buildEvent('evt_0000000000000001', [scene, filed], null, '2026-04-15T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'location'), []);
  });
});
