import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import type { NewsEvent } from '../model/types.js';

/** The event's measured discrepancy as [value, sources, tellers] per variant. */
function across(event: NewsEvent, about: string): [string, string[], string[]][] | undefined {
  return event.discrepancies.find((d) => d.about === about)?.variants.map((v) => [v.value, v.sources, v.claimedBy ?? []]);
}

const NOW = '2026-09-10T00:00:00Z';

describe('reportMeasureDiscrepancies (through buildEvent)', () => {
  it('should list the distances flown the reports give beyond their rounding, each with its teller, in either arrival order', async () => {
    const one = enrichedArticle('KESTREL BAY - Varnia launched a medium-range missile from Kestrel Bay on Monday, the Ostmark General Staff said. The missile flew about 850 km and reached an altitude of about 300 km, the General Staff said.', { title: 'Varnia fires missile from Kestrel Bay', outlet: 'Harbour Times', publishedAt: '2026-09-07T06:00:00Z' });
    const two = enrichedArticle('LINDFORT - Varnia fired a medium-range missile from Kestrel Bay on Monday. Coastal Minister Anja Relsted said the missile flew about 900 km and reached an altitude of about 300 km.', { title: 'Lindfort protests Varnian launch', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const three = enrichedArticle("KESTREL BAY - Varnia's state news agency VNA said on Tuesday that Monday's missile flew 897.3 km and reached an altitude of 301.6 km.", { title: 'VNA hails Kestrel Bay test', outlet: 'Eastern Dispatch', publishedAt: '2026-09-08T05:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two, three], null, NOW);
    const expected: [string, string[], string[]][] = [
      ['about 850 km', [one.id], ['the General Staff']],
      ['about 900 km', [two.id], ['Coastal Minister Anja Relsted']],
      ['897.3 km', [three.id], ["Varnia's state news agency VNA"]],
    ];
    assert.deepEqual(across(event, 'distance flown (across reports)'), expected);
    // About 300 km and 301.6 km agree within the rounding "about" states.
    assert.equal(across(event, 'altitude (across reports)'), undefined);
    const reversed = await buildEvent('evt_0000000000000001', [three, two, one], null, NOW);
    assert.deepEqual(across(reversed, 'distance flown (across reports)'), expected);
  });

  it("should take one report's two named tellers for a dispute, not one teller's two figures of a salvo nor the report's own figure", async () => {
    const both = enrichedArticle('LINDFORT - Varnia fired two missiles on Monday. Ostmark said the missiles flew about 400 km, while the Lindfort navy put the distance at 480 km.', { title: 'Varnia fires two missiles', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [both], null, NOW);
    assert.deepEqual(across(event, 'distance flown (across reports)'), [
      ['about 400 km', [both.id], ['Ostmark']],
      ['480 km', [both.id], ['the Lindfort navy']],
    ]);
    const salvo = enrichedArticle('LINDFORT - Varnia fired two missiles on Monday. One missile flew about 400 km and the other flew about 150 km, the Lindfort navy said.', { title: 'Varnia fires two missiles', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const other = enrichedArticle('KESTREL BAY - Varnia fired two missiles on Monday that flew about 410 km, Ostmark said.', { title: 'Two Varnian missiles', outlet: 'Harbour Times', publishedAt: '2026-09-07T10:00:00Z' });
    const separate = await buildEvent('evt_0000000000000002', [salvo, other], null, NOW);
    assert.equal(across(separate, 'distance flown (across reports)'), undefined);
    // The report's own round figure beside a teller's is no dispute of two tellers.
    const own = enrichedArticle('LINDFORT - A Varnian missile flew 1,000 km on Monday. The Lindfort navy said it flew about 980 km.', { title: 'Varnian missile', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const alone = await buildEvent('evt_0000000000000003', [own], null, NOW);
    assert.equal(across(alone, 'distance flown (across reports)'), undefined);
  });

  it("should never compare an earlier launch's distance, nor an altitude with a distance", async () => {
    const one = enrichedArticle('KESTREL BAY - Varnia fired a missile from Kestrel Bay on Monday that flew about 850 km, the Ostmark General Staff said. In March, a Varnian missile flew 1,400 km.', { title: 'Varnia fires missile', outlet: 'Harbour Times', publishedAt: '2026-09-07T06:00:00Z' });
    const two = enrichedArticle('LINDFORT - A Varnian missile fired on Monday reached an altitude of about 1,400 km and flew 860 km, Lindfort said.', { title: 'Lindfort protests Varnian launch', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.equal(across(event, 'distance flown (across reports)'), undefined);
    assert.equal(across(event, 'altitude (across reports)'), undefined);
  });

  it('should compare stocks of one material and purity, not of another purity', async () => {
    const one = enrichedArticle("VIENNA - The watchdog's report put Ostmark's stockpile of uranium enriched to 20 percent at 87.5 kg on Wednesday, diplomats said.", { title: 'Watchdog report on Ostmark', outlet: 'Alpine Post', publishedAt: '2026-09-09T10:00:00Z' });
    const two = enrichedArticle("VIENNA - Ostmark's stock of uranium enriched to 20% purity has grown to about 95 kg, the watchdog said on Wednesday. Its stock of uranium enriched to 5% was put at 1,210 kg.", { title: 'Ostmark stock grows', outlet: 'Danube Wire', publishedAt: '2026-09-09T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.deepEqual(across(event, 'stockpile of uranium 20% (across reports)'), [
      ['87.5 kg', [one.id], ['diplomats']],
      ['about 95 kg', [two.id], ['the watchdog']],
    ]);
    assert.equal(event.discrepancies.filter((d) => d.about.startsWith('stockpile')).length, 1);
  });

  it("should list a vote's tally two reports give differently", async () => {
    const one = enrichedArticle('GENEVA - The council adopted the resolution on Wednesday. It was backed by 24 of the 47 members, with 9 against and 14 abstentions.', { title: 'Council adopts resolution', outlet: 'Lake Post', publishedAt: '2026-09-09T18:00:00Z' });
    const two = enrichedArticle('GENEVA - Twenty-five members voted in favour of the resolution on Wednesday, nine against and thirteen abstained.', { title: 'Resolution adopted', outlet: 'Rhone Wire', publishedAt: '2026-09-09T19:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.deepEqual(across(event, 'vote tally on the resolution (across reports)'), [
      ['24 for, 9 against, 14 abstaining', [one.id], []],
      ['25 for, 9 against, 13 abstaining', [two.id], []],
    ]);
  });

  it('should list a division two reports tell as ayes "to" noes differently (review ux74a fault 4)', async () => {
    const one = enrichedArticle('LONDON - The Harbour Safety Bill passed its second reading in the Commons on Thursday by 316 votes to 204.', { title: 'Harbour bill passes', outlet: 'Lake Post', publishedAt: '2026-09-10T22:00:00Z' });
    const two = enrichedArticle('LONDON - MPs on Thursday backed the Harbour Safety Bill, voting 318 to 204 to give it a second reading.', { title: 'MPs back harbour bill', outlet: 'Rhone Wire', publishedAt: '2026-09-11T08:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    const tally = event.discrepancies.find((d) => d.about.startsWith('vote tally'));
    assert.ok(tally, JSON.stringify(event.discrepancies));
    assert.deepEqual(tally.variants.map((v) => [v.value, v.sources]), [['316 for, 204 against', [one.id]], ['318 for, 204 against', [two.id]]]);
  });

  it('should not list a division two reports tell alike', async () => {
    const one = enrichedArticle('LONDON - The Harbour Safety Bill passed its second reading in the Commons on Thursday by 316 votes to 204.', { title: 'Harbour bill passes', outlet: 'Lake Post', publishedAt: '2026-09-10T22:00:00Z' });
    const two = enrichedArticle('LONDON - MPs on Thursday backed the Harbour Safety Bill, voting 316 to 204 to give it a second reading.', { title: 'MPs back harbour bill', outlet: 'Rhone Wire', publishedAt: '2026-09-11T08:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('vote tally')), []);
  });

  it("should not set one missile's flight against another's of the salvo, and compare one missile's flight two reports give", async () => {
    const first = enrichedArticle('LINDFORT - Varnia fired two missiles into the strait on Monday. The first missile flew about 620 km, Ostmark said.', { title: 'Varnia fires two missiles', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const second = enrichedArticle('KESTREL BAY - Varnia fired two missiles into the strait on Monday. The second missile flew about 310 km, the Lindfort navy said.', { title: 'Two Varnian missiles', outlet: 'Harbour Times', publishedAt: '2026-09-07T10:00:00Z' });
    const apart = await buildEvent('evt_0000000000000001', [first, second], null, NOW);
    assert.deepEqual(apart.discrepancies.filter((d) => d.about.startsWith('distance flown')), []);
    const again = enrichedArticle('EASTPORT - Varnia fired two missiles into the strait on Monday. Its first missile flew 700 km, Varnian state media said.', { title: 'Varnia hails test', outlet: 'Eastern Dispatch', publishedAt: '2026-09-07T11:00:00Z' });
    const same = await buildEvent('evt_0000000000000002', [first, second, again], null, NOW);
    assert.deepEqual(across(same, 'distance flown, first missile (across reports)'), [
      ['about 620 km', [first.id], ['Ostmark']],
      ['700 km', [again.id], ['Varnian state media']],
    ]);
  });

  it('should compare counts of one type of missile fired by one actor, never cruise with ballistic nor one side with the other', async () => {
    const cruise = enrichedArticle("LINDFORT - Varnia launched 36 cruise missiles at Lindfort's ports overnight into Monday, the Lindfort air force said.", { title: 'Ports struck', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T06:00:00Z' });
    const ballistic = enrichedArticle("LINDFORT - Varnia launched 8 ballistic missiles at Lindfort's ports overnight into Monday, the port authority said.", { title: 'Ports hit', outlet: 'Harbour Times', publishedAt: '2026-09-07T07:00:00Z' });
    const defender = enrichedArticle('OSTMARK CITY - Varnian missiles struck Lindfort overnight into Monday. Ostmark launched 14 cruise missiles to hit the Varnian launchers, an Ostmark general said.', { title: 'Ostmark strikes back', outlet: 'Alpine Post', publishedAt: '2026-09-07T08:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [cruise, ballistic, defender], null, NOW);
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('number of')), []);
    const recount = enrichedArticle('LINDFORT - Sirens sounded across Lindfort overnight into Monday. About 30 cruise missiles were launched, the defence ministry said, and most were shot down.', { title: 'Ports attack', outlet: 'Rhone Wire', publishedAt: '2026-09-07T09:00:00Z' });
    const both = await buildEvent('evt_0000000000000002', [cruise, ballistic, recount], null, NOW);
    assert.deepEqual(across(both, 'number of cruise missiles launched by Varnia (across reports)'), [
      ['36 cruise missiles', [cruise.id], ['the Lindfort air force']],
      ['about 30 cruise missiles', [recount.id], ['the defence ministry']],
    ]);
  });

  it('should take no plan nor guess for a distance flown', async () => {
    const flown = enrichedArticle('LINDFORT - Varnia fired a missile on Monday that flew about 640 km, the Lindfort navy said.', { title: 'Varnia fires missile', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const planned = enrichedArticle('KESTREL BAY - Varnia fired a missile on Monday. Engineers said the missile was meant to have flown 1,800 km before it broke up.', { title: 'Varnian missile breaks up', outlet: 'Harbour Times', publishedAt: '2026-09-07T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [flown, planned], null, NOW);
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('distance flown')), []);
  });

  it("should take no airliner's height for the missile's altitude", async () => {
    const missile = enrichedArticle('LINDFORT - Varnia fired a missile on Monday that reached an altitude of about 60 km, the Lindfort navy said.', { title: 'Varnia fires missile', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const airliners = enrichedArticle('KESTREL BAY - Varnia fired a missile on Monday. Passenger jets cruising at a height of 11 km were told to turn away from the missile, Ostmark said.', { title: 'Flights diverted', outlet: 'Harbour Times', publishedAt: '2026-09-07T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [missile, airliners], null, NOW);
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('altitude')), []);
  });

  it("should not set an amendment's vote against the resolution's", async () => {
    const resolution = enrichedArticle('GENEVA - The council adopted the resolution on Wednesday with 31 votes in favour, 6 against and 10 abstentions.', { title: 'Council adopts resolution', outlet: 'Lake Post', publishedAt: '2026-09-09T18:00:00Z' });
    const amendment = enrichedArticle('GENEVA - The council adopted the resolution on Wednesday. An amendment from Ostmark failed, with 12 votes in favour, 25 against and 10 abstaining.', { title: 'Resolution adopted', outlet: 'Rhone Wire', publishedAt: '2026-09-09T19:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [resolution, amendment], null, NOW);
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('vote tally')), []);
  });
});

describe('reportMeasureDiscrepancies: an outage and its damage (through buildEvent)', () => {
  const first = enrichedArticle(
    'OSTRAVIK - A subsea power cable between Norland and Vesterby was cut on Monday. Lieutenant Commander Ida Brekke, a coastguard spokeswoman, said a gouge about 40 kilometres long had been found on the seabed. The cable operator Halvard Net said repairs to the cable would take about six weeks. The outage cut power to about 30,000 households, the Vesterby utility said.',
    { title: 'Subsea cable cut in the Bothnian Strait', outlet: 'Coast Ledger', publishedAt: '2026-03-02T12:00:00Z' },
  );
  const second = enrichedArticle(
    'OSTRAVIK - The gouge left on the seabed of the Bothnian Strait is about 65 kilometres long, the coastguard said. The Vesterby operator Nordkraft said fixing the cable would take about four months, far longer than the six weeks suggested by its partner Halvard Net. The regional council put the number of customers cut off at 41,000.',
    { title: 'Anchor gouge longer than first thought', outlet: 'Strait Post', publishedAt: '2026-03-02T18:00:00Z' },
  );

  it("should list a damage's length, a repair time and the customers cut off, each value with its teller, in either arrival order", async () => {
    for (const order of [[first, second], [second, first]]) {
      const event = await buildEvent('evt_0000000000000001', order, null, NOW);
      // Each variant as [value, its reports, its tellers], in a fixed order whatever the arrival order.
      const sorted = (about: string): [string, string[], string[]][] | undefined => across(event, about)?.map(([v, s, c]): [string, string[], string[]] => [v, [...s].sort(), [...c].sort()]).sort((a, b) => a[0].localeCompare(b[0]));
      assert.deepEqual(sorted('damage length (across reports)'), [
        ['about 40 kilometres', [first.id], ['Lieutenant Commander Ida Brekke']],
        ['about 65 kilometres', [second.id], ['the coastguard']],
      ]);
      assert.deepEqual(sorted('repair time of the cable (across reports)'), [
        ['about four months', [second.id], ['the Vesterby operator Nordkraft']],
        ['about six weeks', [first.id, second.id].sort(), ['its partner Halvard Net', 'the cable operator Halvard Net']],
      ]);
      assert.deepEqual(sorted('customers cut off (across reports)')?.map((v) => [v[0], v[2]]), [
        ['41,000 customers', ['the regional council']],
        ['about 30,000 households', ['the Vesterby utility']],
      ]);
      // The count of households is not listed again beside it.
      assert.equal(event.discrepancies.filter((d) => /households|customers/.test(d.about) && d.about !== 'customers cut off (across reports)').length, 0);
    }
  });

  it("should not hold two objects' repair times, nor a plant's capacity running again, against each other", async () => {
    const one = enrichedArticle('VESTBY - The Vestby refinery lost about 40% of its capacity after a fire on Friday, its owner Hallgas said. Hallgas said repairs to the unit would take about a month.', { title: 'Fire hits Vestby refinery', outlet: 'Fuel Daily', publishedAt: '2026-04-03T10:00:00Z' });
    const two = enrichedArticle('VESTBY - The Vestby refinery was running at about 80% of its capacity on Saturday, a day after a fire, Hallgas said. The company said the damaged pipeline would take about six months to replace.', { title: 'Vestby refinery restarts', outlet: 'Energy Post', publishedAt: '2026-04-04T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000002', [one, two], null, NOW);
    assert.deepEqual(event.discrepancies.filter((d) => /capacity|repair time/.test(d.about)), []);
  });

  it("should set one report's two named tellers of a capacity lost side by side, a part of the whole given as its share", async () => {
    const one = enrichedArticle("VESTBY - The Vestby refinery has halted about 25% of its processing capacity after a drone strike on Friday, its owner Hallgas said, while three industry sources put the loss at about half of the plant's throughput. Industry sources said the strike took out 6 million tonnes a year of the refinery's 12 million tonnes of capacity.", { title: 'Drone strike hits Vestby refinery', outlet: 'Fuel Daily', publishedAt: '2026-04-03T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000003', [one], null, NOW);
    assert.deepEqual(across(event, 'capacity lost (across reports)'), [
      ['about 25%', [one.id], ['its owner Hallgas']],
      ['about half', [one.id], ['three industry sources', 'Industry sources']],
    ]);
  });

  it("should set two bodies' turnouts side by side, each with its teller, and leave one body's later turnout alone", async () => {
    const board = enrichedArticle('TORVA - Morvia voted for a new parliament on Sunday. The National Election Board said turnout had reached 55.6 percent when polls closed at 8 p.m., up from 48 percent at the last election in 2022.', { title: 'Morvia votes', outlet: 'Torva Times', publishedAt: '2026-05-10T20:00:00Z' });
    const monitors = enrichedArticle("TORVA - Monitors from the Fair Count network said on Monday that turnout in Sunday's vote was 41.2 percent, far short of the 55.6 percent announced by the National Election Board.", { title: 'Monitors dispute turnout', outlet: 'Morvia Post', publishedAt: '2026-05-11T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000004', [board, monitors], null, NOW);
    assert.deepEqual(across(event, 'turnout (across reports)'), [
      ['55.6%', [board.id, monitors.id], ['the National Election Board']],
      ['41.2%', [monitors.id], ['Monitors from the Fair Count network']],
    ]);
    const early = enrichedArticle('TORVA - Morvia voted for a new parliament on Sunday. The National Election Board said turnout was 52.0 percent, with some polling stations still to report.', { title: 'Morvia votes', outlet: 'Torva Times', publishedAt: '2026-05-10T20:00:00Z' });
    const later = enrichedArticle('TORVA - The National Election Board said on Monday that turnout in Sunday\'s vote was 55.6 percent.', { title: 'Final turnout', outlet: 'Morvia Post', publishedAt: '2026-05-11T09:00:00Z' });
    const revised = await buildEvent('evt_0000000000000005', [early, later], null, NOW);
    assert.equal(across(revised, 'turnout (across reports)'), undefined);
  });

  it("should set the police's and a rights group's counts of people held side by side, and leave the police's rising count alone", async () => {
    const police = enrichedArticle('TORVA - Police broke up an opposition rally in Torva on Saturday. The interior ministry said 41 people had been detained.', { title: 'Police break up Torva rally', outlet: 'Torva Times', publishedAt: '2026-05-16T18:00:00Z' });
    const group = enrichedArticle('TORVA - A Morvian rights group said on Sunday that at least 90 people had been detained when police broke up Saturday\'s rally in Torva.', { title: 'Rights group disputes arrest figure', outlet: 'Morvia Post', publishedAt: '2026-05-17T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000006', [police, group], null, NOW);
    assert.deepEqual(across(event, 'number detained (across reports)'), [
      ['41 detained', [police.id], ['the interior ministry']],
      ['at least 90 detained', [group.id], ['A Morvian rights group']],
    ]);
    const more = enrichedArticle('TORVA - The interior ministry said on Sunday that 57 people had been detained at Saturday\'s rally in Torva.', { title: 'More held after Torva rally', outlet: 'Morvia Post', publishedAt: '2026-05-17T09:00:00Z' });
    const rising = await buildEvent('evt_0000000000000007', [police, more], null, NOW);
    assert.equal(across(rising, 'number detained (across reports)'), undefined);
  });

  it("should set two agencies' magnitudes of a quake side by side, never the aftershock's against the main shock's nor one agency's revision", async () => {
    const one = enrichedArticle('VARSA - A magnitude 6.2 earthquake struck the Varsa valley on Monday night, the U.S. Geological Survey said.', { title: 'Quake hits Varsa', outlet: 'Valley News', publishedAt: '2026-03-02T23:00:00Z' });
    const two = enrichedArticle('VARSA - The Tarsin Seismic Institute put the magnitude of Monday\'s earthquake at 6.4, above the 6.2 reported by the USGS.', { title: 'Institute rates Varsa quake higher', outlet: 'Tarsin Daily', publishedAt: '2026-03-03T08:00:00Z' });
    const after = enrichedArticle('VARSA - The Tarsin Seismic Institute measured the aftershock at magnitude 5.1 on Tuesday.', { title: 'Aftershock rattles Varsa', outlet: 'Tarsin Daily', publishedAt: '2026-03-03T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000008', [one, two, after], null, NOW);
    assert.deepEqual(across(event, 'magnitude of the quake (across reports)'), [
      ['magnitude 6.2', [one.id, two.id], ['the U.S. Geological Survey', 'the USGS']],
      ['magnitude 6.4', [two.id], ['the Tarsin Seismic Institute']],
    ]);
    assert.equal(across(event, 'magnitude of the aftershock (across reports)'), undefined);
    const first = enrichedArticle('VARSA - A magnitude 6.3 earthquake struck the Varsa valley on Monday night, the USGS said.', { title: 'Quake hits Varsa', outlet: 'Valley News', publishedAt: '2026-03-02T23:00:00Z' });
    const revised = await buildEvent('evt_0000000000000009', [first, one], null, NOW);
    assert.equal(across(revised, 'magnitude of the quake (across reports)'), undefined);
  });

  it("should compare a court's split as two reports tell it", async () => {
    const one = enrichedArticle('TORVA - Morvia\'s Supreme Court upheld the election result on Monday. The judges voted 7-2, its chairman said.', { title: 'Court upholds result', outlet: 'Torva Times', publishedAt: '2026-06-01T12:00:00Z' });
    const two = enrichedArticle('TORVA - Morvia\'s Supreme Court upheld the election result on Monday. The judges voted 8-1, according to a court spokeswoman.', { title: 'Court backs result', outlet: 'Morvia Post', publishedAt: '2026-06-01T14:00:00Z' });
    const event = await buildEvent('evt_0000000000000010', [one, two], null, NOW);
    assert.deepEqual(across(event, 'vote tally (across reports)')?.map((v) => v[0]), ['7 for, 2 against', '8 for, 1 against']);
  });

  it("should list a turnout once where a fact's sentences and the shares' list also give it", async () => {
    const one = enrichedArticle('TORVA - Morvia voted for a new parliament on Sunday. Turnout was 55.6 percent, the National Election Board said.', { title: 'Morvia votes', outlet: 'Torva Times', publishedAt: '2026-05-10T20:00:00Z' });
    const two = enrichedArticle('TORVA - Morvia voted for a new parliament on Sunday. Turnout was 52.1 percent, the Fair Count network said.', { title: 'Morvia votes', outlet: 'Morvia Post', publishedAt: '2026-05-10T21:00:00Z' });
    const event = await buildEvent('evt_0000000000000011', [one, two], null, NOW);
    assert.equal(event.discrepancies.filter((d) => /turnout/.test(d.about)).length, 1);
  });
});
