import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followsUpAtAnyDate } from './index.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { CandidateQuery } from '../store/store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

describe('followsUpAtAnyDate', () => {
  it('should look up a crime report, or one without a theme, at any date, but not a report of diplomacy that tells of a crime', () => {
    assert.equal(followsUpAtAnyDate([]), true);
    assert.equal(followsUpAtAnyDate(['crime']), true);
    assert.equal(followsUpAtAnyDate(['cyber', 'crime']), true);
    assert.equal(followsUpAtAnyDate(['cyber', 'diplomacy', 'crime', 'cyber.threat-actor']), false);
    assert.equal(followsUpAtAnyDate(['diplomacy']), false);
  });
});

describe('cluster: a later meeting of the same envoys', () => {
  it('should start its own event, not join the meeting two months before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-meeting-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-january.txt'), [
        'US, Japan, South Korea warn firms over North Korean IT workers in joint statement',
        'By Jane Roe, Harbor Wire',
        'Published: January 16, 2025 07:42 GMT',
        'TOKYO (Harbor Wire) - Tokyo, Seoul and Washington on Wednesday told technology companies to check job applicants more closely, saying in a joint statement that North Korean IT workers hide behind false identities to earn money for weapons programmes.',
        "The statement came out of the three countries' working group on North Korean hacking, meeting for the third time, in Tokyo. Park Seo-jin, who heads the North Korea bureau of South Korea's foreign ministry, chaired it with Hiroshi Tanabe, Japan's envoy for cyber affairs, and Margaret Holloway, the State Department's deputy envoy for North Korea.",
        'Tanabe said Japan would send new guidance to the websites that match freelancers with clients.',
      ].join('\n'));
      writeFileSync(join(dir, 'b-march.txt'), [
        'US, allies agree faster tracing of North Korean crypto after exchange hack',
        'By Jane Roe, Harbor Wire',
        'Published: March 17, 2025 06:15 GMT',
        "SEOUL (Harbor Wire) - Seoul, Washington and Tokyo agreed last Friday, at talks in Washington, to swap the blockchain addresses North Korean hackers use within a day of any theft, South Korea's foreign ministry said on Monday.",
        "Park Seo-jin of the ministry's North Korea bureau met Margaret Holloway of the State Department and Japan's cyber envoy Hiroshi Tanabe for the working group's fourth round.",
        'The meeting came after the $142 million theft from a Singapore exchange in February, which U.S. investigators pinned on Lazarus Group hackers.',
      ].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-04-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 2);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => e.date).sort(), ['2025-01-15', '2025-03-14']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: articles with no date at all', () => {
  it('should still join the same story, reading only the latest events of each key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-undated-'));
    const store = new SqliteStore(':memory:');
    const lookups: CandidateQuery[] = [];
    const lookUp = store.candidateEvents.bind(store);
    store.candidateEvents = (query) => {
      lookups.push(query);
      return lookUp(query);
    };
    try {
      writeFileSync(join(dir, 'a.txt'), [
        'Fire destroys Millbrook grain elevator',
        'A fire destroyed the Hartwell Cooperative grain elevator in Millbrook, fire chief Dana Whitcombe said. No one was hurt, and 40 firefighters from six towns fought the blaze through the night.',
      ].join('\n'));
      writeFileSync(join(dir, 'b.txt'), [
        'Millbrook grain elevator lost to overnight blaze',
        'Firefighters from six towns battled a blaze that destroyed the Hartwell Cooperative grain elevator in Millbrook through the night, fire chief Dana Whitcombe said. Nobody was injured.',
      ].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-04-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 2);
      assert.equal((await store.listEvents({ limit: 10, offset: 0 })).length, 1);
      const undated = lookups.filter((q) => q.date === null && q.startedSince === undefined);
      assert.ok(undated.length > 0);
      for (const q of undated) assert.ok(q.latestPerKey !== undefined && q.latestPerKey > 0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: a state answering an attack weeks later', () => {
  it('should give the sanctions an event of their own that links the attack, while the attack keeps its own follow-ups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-answer-'));
    const store = new SqliteStore(':memory:');
    try {
      const file = (name: string, lines: string[]): void => writeFileSync(join(dir, name), lines.join('\n'));
      file('a-attack.txt', [
        'Ransomware attack forces Kaunas clinic to divert patients',
        'By Ona Lukas, Kaunas Wire',
        'Published: March 5, 2025 08:10 GMT+2',
        'Santara Clinic in Kaunas diverted ambulances to other hospitals on Tuesday after a ransomware attack locked its patient records system, the clinic said.',
        'The clinic\'s director, Rasa Petraite, said 80 patients had been moved and that no one had been harmed.',
        'Tomas Jankus of the National Cyber Security Centre said the Blackmere ransomware group had demanded one million euros.',
      ]);
      file('b-claim.txt', [
        'Blackmere gang claims Kaunas clinic hack',
        'By Mikas Stone, Baltic Threat Desk',
        'Published: March 6, 2025 11:00 GMT+2',
        "The Blackmere ransomware group has claimed Tuesday's attack on Santara Clinic in Kaunas, Lithuania, listing the clinic on its leak site.",
        'Rasa Petraite, the clinic\'s director, said on Thursday that patients were still being moved to other hospitals.',
        'Tomas Jankus of the National Cyber Security Centre urged hospitals to check their remote-access systems.',
      ]);
      file('c-arrests.txt', [
        'Two arrested over Kaunas clinic ransomware attack',
        'By Ona Lukas, Kaunas Wire',
        'Published: March 12, 2025 09:00 GMT+2',
        "Police arrested two men in Kaunas on Tuesday over last week's ransomware attack on Santara Clinic, prosecutors said.",
        "The clinic's director, Rasa Petraite, said the clinic's records system was working again and that its emergency ward had reopened.",
        'Tomas Jankus of the National Cyber Security Centre said the Blackmere ransomware group had used stolen passwords.',
      ]);
      file('d-reaction.txt', [
        'Lithuania welcomes EU sanctions on Blackmere hackers',
        'By Ona Lukas, Kaunas Wire',
        'Published: March 19, 2025 12:00 GMT+2',
        "Lithuania's foreign minister, Jonas Vaitkus, welcomed the sanctions that the European Union imposed on Monday on three members of the Blackmere ransomware group.",
        'Vaitkus said the measures answered the attack on Santara Clinic in Kaunas earlier this month.',
        'Rasa Petraite, the clinic\'s director, said the clinic had recovered all its records.',
      ]);
      file('e-sanctions.txt', [
        'EU sanctions three men it says run the Blackmere ransomware gang',
        'By Claire Dumont, Brussels Desk',
        'Published: March 18, 2025 07:45 GMT+1',
        "The European Union on Monday imposed sanctions on three Russian nationals it said ran the Blackmere ransomware group, citing this month's attack on Santara Clinic in Kaunas.",
        'The three men, Oleg Marin, Viktor Danilov and Pavel Zorin, face an asset freeze and a ban on travel to the bloc, the Council of the European Union said.',
      ]);
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-04-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 5);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      const articles = await store.listArticles({ limit: 10, offset: 0 });
      const eventOf = (headline: RegExp): string => articles.find((a) => headline.test(a.headline ?? ''))!.eventId!;
      const attack = eventOf(/^Ransomware attack forces/);
      assert.equal(eventOf(/^Blackmere gang claims/), attack);
      assert.equal(eventOf(/^Two arrested/), attack, "the attack's own follow-up a week later joins it");
      const sanctions = eventOf(/^EU sanctions/);
      assert.notEqual(sanctions, attack);
      assert.notEqual(eventOf(/^Lithuania welcomes/), attack);
      const record = events.find((e) => e.id === sanctions)!;
      assert.ok(record.related.some((r) => r.eventId === attack), JSON.stringify(record.related));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: a minister who says something of the sanctions for an attack two weeks on', () => {
  it("should give the minister's word an event of its own, though it quotes the attack's people, and leave the attack its own reports", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-word-'));
    const store = new SqliteStore(':memory:');
    try {
      const file = (name: string, lines: string[]): void => writeFileSync(join(dir, name), lines.join('\n'));
      file('a-attack.txt', [
        "Ransomware attack halts Liepaja port's cargo system",
        'By Anna Kalna, Kurzeme Daily',
        'Published: September 3, 2025 09:20 GMT+3',
        'The Port of Liepaja stopped loading ships on Tuesday after a ransomware attack locked its cargo management system, the port authority said.',
        "The port's chief executive, Ilona Berzkalne, said no one had been hurt and that six ships were waiting offshore.",
        'Karlis Ozols of the national response team CERT.LV said the Greyfin ransomware group had demanded two million euros.',
      ]);
      file('b-claim.txt', [
        'Greyfin gang claims attack on Liepaja port',
        'By Tom Ashby, Harbour Security Desk',
        'Published: September 4, 2025 15:05 GMT+3',
        "The Greyfin ransomware group has claimed Tuesday's attack on the Port of Liepaja in Latvia, posting stolen cargo manifests on its leak site.",
        "Ilona Berzkalne, the port's chief executive, said on Thursday that loading had resumed by hand.",
        'Karlis Ozols of CERT.LV urged other ports to check their remote-access gateways.',
      ]);
      file('c-word.txt', [
        'Latvian minister: Greyfin penalties a warning to ransomware gangs',
        'By Anna Kalna, Kurzeme Daily',
        'Published: September 19, 2025 11:40 GMT+3',
        "Latvia's foreign minister, Andris Kalnins, said the sanctions that Britain imposed on Monday on four members of the Greyfin ransomware group were a warning to every gang that attacks a port.",
        'Kalnins said the measures followed the attack on the Port of Liepaja earlier this month.',
        "Ilona Berzkalne, the port's chief executive, said the cargo system had been fully restored.",
      ]);
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-10-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 3);
      const articles = await store.listArticles({ limit: 10, offset: 0 });
      const eventOf = (headline: RegExp): string => articles.find((a) => headline.test(a.headline ?? ''))!.eventId!;
      const attack = eventOf(/^Ransomware attack halts/);
      assert.equal(eventOf(/^Greyfin gang claims/), attack);
      assert.notEqual(eventOf(/^Latvian minister/), attack, "the minister's word on the sanctions is no report of the attack");
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: incidents of one confrontation weeks apart, told by the same spokespeople', () => {
  it('should keep a seizure, a strike two weeks on and the crew released four weeks on as three events, in either order', async () => {
    const texts: Record<string, string[]> = {
      'a-seizure.txt': [
        'Navy seizes fishing boat and crew in disputed bay',
        'By Orla Fenwick, Coastline Daily',
        'Published: March 3, 2031 09:10 GMT',
        'The Ecuadorian navy on Monday seized a Peruvian fishing boat and its twelve crew in disputed waters off the Gulf of Guayaquil, saying the boat had ignored orders to stop.',
        'Defence ministry spokeswoman Lieutenant General Rosa Quintanilla said the crew, led by their captain, Julio Paredes, were unharmed and held at the naval base in Puerto Bolivar.',
        'Peruvian foreign ministry spokesman Colonel Andres Villalobos called the seizure an act of piracy.',
      ],
      'b-strike.txt': [
        'Drones hit Peruvian border post, three soldiers killed',
        'By Orla Fenwick, Coastline Daily',
        'Published: March 17, 2031 07:30 GMT',
        'Drones struck a Peruvian army post near the town of Zarumilla early on Monday, killing three soldiers, the Peruvian army said.',
        'Ecuadorian defence ministry spokeswoman Lieutenant General Rosa Quintanilla denied that Ecuadorian forces had launched the drones.',
        'Peruvian foreign ministry spokesman Colonel Andres Villalobos said the attack came two weeks after the seizure of a fishing boat off the Gulf of Guayaquil.',
      ],
      'c-release.txt': [
        'Ecuador frees twelve Peruvian fishermen',
        'By Orla Fenwick, Coastline Daily',
        'Published: March 31, 2031 16:00 GMT',
        'Ecuador on Monday released the twelve Peruvian fishermen it had held since the start of the month, handing them over at the pier in Puerto Bolivar.',
        'Their captain, Julio Paredes, said the crew had been fed well but kept in the dark about their fate.',
        'Defence ministry spokeswoman Lieutenant General Rosa Quintanilla said the boat would be returned next week, and Peruvian foreign ministry spokesman Colonel Andres Villalobos welcomed the release.',
      ],
    };
    for (const order of [['a-seizure.txt', 'b-strike.txt', 'c-release.txt'], ['c-release.txt', 'b-strike.txt', 'a-seizure.txt']]) {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-incidents-'));
      const store = new SqliteStore(':memory:');
      try {
        for (const name of order) {
          writeFileSync(join(dir, name), texts[name]!.join('\n'));
          await ingestPaths([join(dir, name)], createStages(), { store, now: () => '2031-04-02T00:00:00Z' }, { maintain: false });
        }
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.deepEqual(events.map((e) => e.date).sort(), ['2031-03-03', '2031-03-17', '2031-03-31'], `order ${order.join(', ')}`);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('cluster: the steps of a running outbreak story, weeks apart, told by the same minister', () => {
  const texts: Record<string, string[]> = {
    'a-declared.txt': [
      'Bolivia declares measles outbreak in Cochabamba',
      'By Ines Valdivia, Altiplano Herald',
      'Published: February 2, 2032 18:20 GMT',
      "Bolivia's health ministry on Monday declared a measles outbreak in Cochabamba after 22 suspected cases were found in two schools, Health Minister Lucia Arancibia said.",
      'Arancibia said vaccination teams would visit every school in the city and asked parents to check their children\'s records.',
    ],
    'b-tally.txt': [
      'Measles cases pass 140 in Cochabamba',
      'By Ines Valdivia, Altiplano Herald',
      'Published: February 9, 2032 17:05 GMT',
      'Bolivia has recorded 140 suspected measles cases and three deaths since the start of the outbreak in Cochabamba, Health Minister Lucia Arancibia said on Monday.',
      'Arancibia said most of the children in hospital had not been vaccinated.',
    ],
    'c-emergency.txt': [
      'Bolivia declares health emergency over Cochabamba measles',
      'By Ines Valdivia, Altiplano Herald',
      'Published: February 11, 2032 19:40 GMT',
      'The government on Wednesday declared a national health emergency over the measles outbreak in Cochabamba, Health Minister Lucia Arancibia said.',
      'Arancibia said the emergency lets the ministry hire nurses without a tender and close schools where cases are found.',
    ],
    'd-emergency-retold.txt': [
      'Cochabamba schools stay shut under measles emergency',
      'By Tomas Quiroga, Valle Times',
      'Published: February 12, 2032 08:30 GMT',
      'Schools across Cochabamba stayed shut on Thursday after the government declared a national health emergency on Wednesday over the measles outbreak, Health Minister Lucia Arancibia said.',
      'Parents queued outside clinics in the city centre to have their children vaccinated.',
    ],
    'e-lifted.txt': [
      'Bolivia lifts measles emergency as cases fall',
      'By Ines Valdivia, Altiplano Herald',
      'Published: March 8, 2032 16:10 GMT',
      'Bolivia on Monday lifted the national health emergency it declared on February 11, after new measles cases in Cochabamba fell for two weeks in a row, Health Minister Lucia Arancibia said.',
      'Arancibia said schools in the city would reopen on Wednesday.',
    ],
  };

  it('should give each step its own event with its own day, and join the same declaration told again a day on, in either order', async () => {
    const names = Object.keys(texts);
    for (const order of [names, [...names].reverse()]) {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-outbreak-'));
      const store = new SqliteStore(':memory:');
      try {
        for (const name of order) {
          writeFileSync(join(dir, name), texts[name]!.join('\n'));
          await ingestPaths([join(dir, name)], createStages(), { store, now: () => '2032-03-10T00:00:00Z' }, { maintain: false });
        }
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2032-02-02 1', '2032-02-09 1', '2032-02-11 2', '2032-03-08 1'], `order ${order.join(', ')}`);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('cluster: a closure with no readable date, counted from a strike', () => {
  const records: Record<string, string> = {
    'a-funerals.jsonl': JSON.stringify({"url": "https://andes-post.example/2026/04/14/funerals", "outlet": "Andes Post", "title": "Colombia buries soldiers killed in drone strike", "publishedAt": "2026-04-14T15:00:00-05:00", "body": "Colombia on Tuesday held funerals for three soldiers killed when drones struck an army post at La Victoria on the Ecuadorian border early on Monday.\n\nThe defence ministry said six other soldiers were wounded and were being treated in Ipiales.\n\nDefence spokesman General Mateo Arrieta said the drones had been flown from a farm about 2 km inside Ecuador and that Colombia held the Ecuadorian government responsible.\n\nEcuador's defence ministry said it had no part in the attack."}),
    'b-closure.jsonl': JSON.stringify({"url": "https://andes-post.example/2026/04/15/rumichaca-closed", "outlet": "Andes Post", "title": "Rumichaca crossing at Ipiales closed to lorries", "body": "Colombian authorities closed the Rumichaca border crossing at Ipiales to lorries and buses on Wednesday, two days after a drone strike on the army post at La Victoria killed Colombian soldiers.\n\nHundreds of Ecuadorian drivers waited on the Colombian side of the bridge at Ipiales, a customs official said.\n\nColombia's defence ministry said the drones had been flown from Ecuador, which Ecuador's defence ministry denied."}),
  };

  it('should keep the closure apart from the strike it says came two days before, in either order', async () => {
    for (const order of [['a-funerals.jsonl', 'b-closure.jsonl'], ['b-closure.jsonl', 'a-funerals.jsonl']]) {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-undated-'));
      const store = new SqliteStore(':memory:');
      try {
        for (const name of order) {
          writeFileSync(join(dir, name), records[name]!);
          await ingestPaths([join(dir, name)], createStages(), { store, now: () => '2026-04-20T00:00:00Z' }, { maintain: false });
        }
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.equal(events.length, 2, `order ${order.join(', ')}`);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
