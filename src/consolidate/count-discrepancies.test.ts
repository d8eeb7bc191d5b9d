import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

describe('reportCountDiscrepancies (through buildEvent)', () => {
  it('should list a count two outlets give differently in sentences too unlike to be one fact', async () => {
    const one = enrichedArticle('Hackers broke into the computer network of Lakeside Regional Hospital on Sunday, hospital officials said.\n\nThe attack forced the hospital to cancel about 1,200 appointments and divert ambulances to other sites for two days.', { title: 'Cyberattack hits Lakeside hospital', outlet: 'Valley Times', publishedAt: '2026-03-03T09:00:00Z' });
    const two = enrichedArticle('A ransomware attack took down the systems of Lakeside Regional Hospital on Sunday, the hospital said in a statement.\n\nStaff said 900 appointments were postponed while engineers restored the records system.', { title: 'Ransomware attack on Lakeside hospital', outlet: 'Metro Wire', publishedAt: '2026-03-03T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-04T00:00:00Z');
    const numbers = event.discrepancies.find((d) => d.about.startsWith('number of appointments'));
    assert.ok(numbers, JSON.stringify(event.discrepancies));
    assert.deepEqual(numbers.variants.map((v) => [v.value, v.sources]).sort(), [['1200', [one.id]], ['900', [two.id]]]);
  });

  it('should not list spans of time, people, a thing one report counts twice, or a count the reports agree on', async () => {
    const one = enrichedArticle('Storms cut power to 40,000 homes in Brandon County on Tuesday and the outage lasted six hours, the utility said.\n\nThree residents were treated for injuries, and crews replaced 12 poles on Wednesday and 30 poles by Friday.', { title: 'Storm cuts power', outlet: 'Valley Times', publishedAt: '2026-05-06T09:00:00Z' });
    const two = enrichedArticle('About 40,000 homes lost electricity in Brandon County when storms swept through on Tuesday, according to the utility.\n\nPower came back after two hours in some towns; 200 residents went to a shelter, and 18 poles were down.', { title: 'Outage in Brandon County', outlet: 'Metro Wire', publishedAt: '2026-05-06T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-05-07T00:00:00Z');
    const across = event.discrepancies.filter((d) => d.about.endsWith('(across reports)'));
    assert.deepEqual(across, []);
  });

  it('should not set a count of more ("a further twenty") against the whole count another report gives', async () => {
    const one = enrichedArticle('Forty Irish citizens were evacuated from Khartoum on Sunday, the Department of Foreign Affairs said.\n\nThe department said it was in touch with a further twenty citizens who stayed in Sudan.', { title: 'Irish citizens leave Sudan', outlet: 'Harbour Post', publishedAt: '2025-04-24T09:00:00Z' });
    const two = enrichedArticle('Forty Irish citizens left Khartoum on Sunday on a French military flight, the Foreign Affairs Department said.\n\nThe flight landed in Djibouti in the evening.', { title: 'Irish leave Khartoum', outlet: 'Midland Record', publishedAt: '2025-04-24T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2025-04-25T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('number of citizens')), []);
  });

  it('should not compare counts of things that befell them differently: homes damaged against homes without power', async () => {
    const one = enrichedArticle('A strong earthquake struck southern Peru on Monday, officials said.\n\nPower was cut to about 200,000 homes in Arequipa and was being restored in the afternoon.', { title: 'Quake hits Peru', outlet: 'Andes Wire', publishedAt: '2026-11-09T14:00:00Z' });
    const two = enrichedArticle('A strong earthquake shook southern Peru on Monday, the civil defence agency said.\n\nAt least 1,100 homes were damaged or destroyed, along with two health centres.', { title: 'Peru quake damages homes', outlet: 'Pacific Post', publishedAt: '2026-11-09T18:00:00Z' });
    const three = enrichedArticle('The earthquake that struck southern Peru on Monday destroyed about 2,300 homes, the civil defence agency said on Thursday.\n\nRescuers reached the highland villages.', { title: 'Peru counts the damage', outlet: 'Lima Ledger', publishedAt: '2026-11-12T16:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two, three], null, '2026-11-13T00:00:00Z');
    const homes = event.discrepancies.filter((d) => d.about.startsWith('number of homes'));
    assert.deepEqual(homes.map((d) => d.variants.map((v) => v.value).sort()), [['1100', '2300']]);
  });
});

describe('counts of people by trade or people left out of the across-reports counts (ux67)', () => {
  it('should not set the sailors hurt in one report against the sailors held in another', async () => {
    const one = enrichedArticle('A patrol boat rammed the trawler Sea Lark off Vanna Point on Tuesday, the fisheries ministry said.\n\nFour sailors were lightly injured in the collision, the ministry said.', { title: 'Trawler rammed off Vanna Point', outlet: 'Harbour Post', publishedAt: '2026-06-02T09:00:00Z' });
    const two = enrichedArticle('The trawler Sea Lark was rammed and seized off Vanna Point on Tuesday, its owners said.\n\nThe owners said nine sailors were being held at the naval base and 14 tonnes of fish were taken.', { title: 'Trawler seized off Vanna Point', outlet: 'Coast Daily', publishedAt: '2026-06-02T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-06-03T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('number of sailors')), []);
  });

  it('should set "planned operations" told postponed against the operations another report tells postponed (review ux74a fault 4)', async () => {
    const one = enrichedArticle('A ransomware attack shut the computer systems of Riverside General Hospital on Tuesday.\n\nThe director told reporters that 60 planned operations had been postponed.', { title: 'Hospital hit by ransomware', outlet: 'Valley Times', publishedAt: '2026-03-10T16:00:00Z' });
    const two = enrichedArticle('A gang listed Riverside General Hospital on its leak site on Thursday.\n\nThe hospital said 75 operations had been postponed and that its wards were open again.', { title: 'Gang claims hospital attack', outlet: 'Metro Wire', publishedAt: '2026-03-12T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-13T00:00:00Z');
    const numbers = event.discrepancies.find((d) => d.about.startsWith('number of operations'));
    assert.ok(numbers, JSON.stringify(event.discrepancies));
    assert.deepEqual(numbers.variants.map((v) => [v.value, v.sources]).sort(), [['60', [one.id]], ['75', [two.id]]]);
  });

  it('should not set planned homes against homes built', async () => {
    const one = enrichedArticle('The council approved the Mill Lane scheme on Tuesday.\n\nThe scheme has 200 planned homes on the old mill site.', { title: 'Mill Lane scheme approved', outlet: 'Valley Times', publishedAt: '2026-03-10T16:00:00Z' });
    const two = enrichedArticle('The council approved the Mill Lane scheme on Tuesday, the developer said.\n\nThe developer has built 150 homes in the town since 2020.', { title: 'Developer wins approval', outlet: 'Metro Wire', publishedAt: '2026-03-10T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-11T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about.includes('homes')), []);
  });

  it('should not set an outbreak\'s deaths on two days against each other: the running toll holds them', async () => {
    const one = enrichedArticle('Health officers in Dunmarsh declared a typhoid outbreak on Monday.\n\nTwo deaths were reported in the old town.', { title: 'Typhoid outbreak in Dunmarsh', outlet: 'Valley Times', publishedAt: '2026-04-06T09:00:00Z' });
    const two = enrichedArticle('The number of people killed by typhoid in Dunmarsh rose this week, three sources said on Friday.\n\nThe health board\'s official toll stood at 8 deaths.', { title: 'Dunmarsh typhoid deaths rise', outlet: 'Metro Wire', publishedAt: '2026-04-10T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-04-11T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('number of deaths')), []);
  });
});
