import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { EXPORTERS, factLines } from './index.js';

describe('exporters', () => {
  const event = sampleEvent('evt_0000000000000001', [sampleArticle(1)], { title: '=HYPERLINK("http://x","click"), and "quotes"', summary: 'line one\nline two' });

  it('should write CSV that spreadsheets read as text, with quotes and newlines escaped', () => {
    const [header, row] = EXPORTERS.csv([event]).split('\r\n');
    assert.match(header!, /^\ufeffid,date,/);
    assert.ok(row!.includes(`"'=HYPERLINK(""http://x"",""click""), and ""quotes"""`), row);
  });

  it('should write the casualties, empty where the reports give none, and the CVE ids after them', () => {
    const hurt = sampleEvent('evt_0000000000000003', [sampleArticle(3)], { casualties: { killed: 37, injured: null } });
    const [header, row] = EXPORTERS.csv([hurt]).split('\r\n');
    assert.match(header!, /,threat_actors,killed,injured,cves,discrepancy_details,organizations,/);
    assert.match(row!, /,37,,,,,,,"?\[/);
    const flawed = sampleEvent('evt_0000000000000004', [sampleArticle(4)], { vulnerabilities: [{ cve: 'CVE-2025-1111', sources: [], corroboration: 2 }, { cve: 'CVE-2025-2222', sources: [], corroboration: 1 }] });
    assert.match(EXPORTERS.csv([flawed]).split('\r\n')[1]!, /,CVE-2025-1111; CVE-2025-2222,,,,,/);
  });

  it('should write the figures of a disputed toll in columns of their own after the facts, and leave a risen toll out', () => {
    const disputed = sampleEvent('evt_0000000000000005', [sampleArticle(5)], {
      casualties: { killed: 19, injured: 5 },
      discrepancies: [
        { about: 'injured', variants: [{ value: '5', sources: ['a'] }, { value: '4', sources: ['b'] }] },
        { about: 'killed', variants: [{ value: '12', sources: ['a'] }, { value: '19', sources: ['b'] }], revised: true },
      ],
    });
    const [header, row] = EXPORTERS.csv([disputed]).split('\r\n');
    assert.match(header!, /,source_urls,facts,killed_disputed,injured_disputed,died,died_as_of,died_disputed,/);
    assert.ok(row!.includes(',,4; 5,,,,53.33,'), row);
  });

  it('should write one JSON object a line for jsonl, and an array for json', () => {
    assert.equal(EXPORTERS.jsonl([event, event]).trim().split('\n').length, 2);
    assert.equal((JSON.parse(EXPORTERS.json([event])) as unknown[]).length, 1);
  });

  it('should lay out JSON exactly as JSON.stringify does, so streamed and whole exports match', () => {
    const other = sampleEvent('evt_0000000000000002', [sampleArticle(2)]);
    for (const events of [[], [event], [event, other]]) assert.equal(EXPORTERS.json(events), `${JSON.stringify(events, null, 2)}\n`);
  });

  it('should spell out each discrepancy after the casualties, a revised toll in its order', () => {
    const differing = sampleEvent('evt_0000000000000004', [sampleArticle(4)], {
      discrepancies: [
        { about: 'number of firms', variants: [{ value: '7', sources: ['a'] }, { value: '8', sources: ['b'] }] },
        { about: 'killed', variants: [{ value: '12', sources: ['a'] }, { value: '19', sources: ['b'] }], revised: true },
      ],
    });
    const row = EXPORTERS.csv([differing]).split('\r\n')[1]!;
    assert.ok(row.includes(',number of firms: 7 vs 8; killed: 12 then 19,,,,'), row);
    // A preliminary count, then two final counts that still differ.
    const counted = sampleEvent('evt_0000000000000005', [sampleArticle(5)], {
      discrepancies: [{ about: 'turnout', variants: [{ value: '61.2%', sources: ['a'], preliminary: true }, { value: '60.4%', sources: ['b'] }, { value: '60.9%', sources: ['c'] }] }],
    });
    assert.ok(EXPORTERS.csv([counted]).includes('turnout: 61.2% (preliminary) then 60.4% vs 60.9%'));
    // With the articles as sources, each value names the outlets that give it.
    const sourceArticles = [
      { id: 'a', outlet: 'Harbour Wire', headline: null, url: null, publishedAt: null },
      { id: 'b', outlet: 'Quay Post', headline: null, url: null, publishedAt: null },
    ];
    const named = EXPORTERS.csv([{ ...differing, sourceArticles }]).split('\r\n')[1]!;
    assert.ok(named.includes(',number of firms: 7 (Harbour Wire) vs 8 (Quay Post); killed: 12 (Harbour Wire) then 19 (Quay Post),'), named);
  });

  it('should write the bodies the reports name in a column of their own', () => {
    const organizations = [
      { name: 'Office of Foreign Assets Control', aliases: ['OFAC'], country: 'US', sources: [], corroboration: 2 },
      { name: 'European Union', aliases: ['EU'], country: null, sources: [], corroboration: 1 },
    ];
    const [header, row] = EXPORTERS.csv([sampleEvent('evt_0000000000000005', [sampleArticle(5)], { organizations })]).split('\r\n');
    assert.match(header!, /,discrepancy_details,organizations,/);
    assert.ok(row!.includes(',Office of Foreign Assets Control (US); European Union,,,'), row);
  });

  it("should write the event's sources last: its outlets once each in the order they reported, and the articles' addresses", () => {
    const [a, b, c] = [sampleArticle(6), sampleArticle(7), sampleArticle(8)];
    const sourceArticles = [
      { id: a.id, outlet: 'Harbour Wire', headline: 'Crane falls', url: 'https://harbour.example/crane', publishedAt: '2025-03-10T08:00:00Z' },
      { id: b.id, outlet: 'Quay Post', headline: 'Crane collapse', url: null, publishedAt: '2025-03-10T09:00:00Z' },
      { id: c.id, outlet: 'Harbour Wire', headline: 'Crane inquiry', url: 'https://harbour.example/inquiry', publishedAt: '2025-03-11T08:00:00Z' },
    ];
    const [header, row] = EXPORTERS.csv([{ ...sampleEvent('evt_0000000000000006', [a, b, c]), sourceArticles }]).split('\r\n');
    assert.match(header!, /,organizations,source_outlets,source_urls,facts,killed_disputed,injured_disputed,died,died_as_of,died_disputed,/);
    assert.ok(row!.includes(',Harbour Wire; Quay Post,https://harbour.example/crane; https://harbour.example/inquiry,'), row);
    // JSON carries them whole.
    assert.deepEqual((JSON.parse(EXPORTERS.json([{ ...sampleEvent('evt_0000000000000006', [a, b, c]), sourceArticles }])) as { sourceArticles: unknown }[])[0]!.sourceArticles, sourceArticles);
  });

  it('should write the facts one a line in their cell, each with its corroboration and outlets, and stop short of a spreadsheet cell limit', () => {
    const [a, b] = [sampleArticle(9), sampleArticle(10)];
    const sourceArticles = [
      { id: a.id, outlet: 'Harbour Wire', headline: null, url: null, publishedAt: null },
      { id: b.id, outlet: 'Quay Post', headline: null, url: null, publishedAt: null },
    ];
    const facts = [
      { text: 'A crane fell at berth 4, the port said.', sources: [a.id, b.id], corroboration: 2 },
      { text: 'Two workers were hurt.', sources: [b.id], corroboration: 1 },
    ];
    const event = { ...sampleEvent('evt_0000000000000009', [a, b], { facts }), sourceArticles };
    assert.equal(factLines(event), '[2] A crane fell at berth 4, the port said. (Harbour Wire; Quay Post)\n[1] Two workers were hurt. (Quay Post)');
    // The cell is quoted, its line break kept for the spreadsheet to show.
    assert.ok(EXPORTERS.csv([event]).includes(',"[2] A crane fell at berth 4, the port said. (Harbour Wire; Quay Post)\n[1] Two workers were hurt. (Quay Post)",,,,,,'));
    const many = { ...event, facts: Array.from({ length: 50 }, (_, i) => ({ text: `Fact ${i} ${'word '.repeat(40)}`, sources: [a.id], corroboration: 1 })) };
    const cut = factLines(many, 2000);
    assert.ok(cut.length <= 2000, String(cut.length));
    assert.match(cut, /\n\[\d+ more facts in the JSON export\]$/);
  });
});

describe('exporters: deaths from illness', () => {
  it('should write an outbreak\'s deaths in the died columns, with the running total\'s day and that day\'s rival figures, and leave killed empty', () => {
    const outbreak = sampleEvent('evt_0000000000000031', [sampleArticle(31)], {
      casualties: { killed: null, injured: null, died: 30, diedAsOf: '2026-04-27' },
      discrepancies: [
        { about: 'died', variants: [{ value: '12', sources: ['a'] }, { value: '30', sources: ['b'] }], revised: true },
        { about: 'died', variants: [{ value: '30', sources: ['b'] }, { value: '41', sources: ['b'], claimedBy: ['Helping Hands International'] }] },
      ],
    });
    const [header, row] = EXPORTERS.csv([outbreak]).split('\r\n');
    const cells = header!.split(',');
    const at = (name: string): number => cells.indexOf(name);
    assert.ok(row!.includes(',30,2026-04-27,30; 41,'), row);
    assert.ok(at('killed') >= 0 && at('died') > at('injured_disputed'));
  });
});

describe('exporters: a coder\'s columns and wire copies as sources', () => {
  it('should write the place\'s point and the words the date was read from, a longitude west of Greenwich as a number', () => {
    const event = sampleEvent('evt_0000000000000041', [sampleArticle(41)], { dateEvidence: 'on Tuesday evening' });
    const [header, row] = EXPORTERS.csv([event]).split('\r\n');
    assert.match(header!, /,latitude,longitude,date_evidence/);
    const cells = header!.split(',');
    const values = row!.split(',');
    // The row's cells line up with the header where no earlier cell holds a comma; count from the end.
    const fromEnd = (name: string): string => values[values.length - (cells.length - cells.indexOf(name))]!;
    assert.equal(fromEnd('latitude'), '53.33');
    assert.equal(fromEnd('longitude'), '-6.25');
    assert.equal(fromEnd('date_evidence'), 'on Tuesday evening');
  });

  it('should still quote a cell that starts like a formula', () => {
    const event = sampleEvent('evt_0000000000000042', [sampleArticle(42)], { dateEvidence: '-1+SUM(A1)' });
    assert.ok(EXPORTERS.csv([event]).includes(",'-1+SUM(A1)"));
  });

  it('should name a wire\'s own copy by its agency where it has no outlet, in the outlet lists and the facts', () => {
    const event = {
      ...sampleEvent('evt_0000000000000043', [sampleArticle(43), sampleArticle(44)]),
      facts: [{ text: 'Three buses were set alight near the market.', sources: ['art_a', 'art_b'], corroboration: 2 }],
      sourceArticles: [
        { id: 'art_a', outlet: null, agency: 'Meridian Press Agency', headline: 'Buses burned', url: null, publishedAt: null },
        { id: 'art_b', outlet: 'Coastal Herald', agency: 'Meridian Press Agency', headline: 'Buses burned near market', url: null, publishedAt: null },
      ],
    };
    const csv = EXPORTERS.csv([event]);
    assert.ok(csv.includes(',Meridian Press Agency; Coastal Herald,'), csv);
    assert.ok(csv.includes('(Meridian Press Agency; Coastal Herald)'), csv);
    const geo = JSON.parse(EXPORTERS.geojson([event])) as { features: { properties: { source_outlets: string } }[] };
    assert.equal(geo.features[0]!.properties.source_outlets, 'Meridian Press Agency; Coastal Herald');
  });
});

describe('exporters: indicators of compromise in the CSV', () => {
  it('should write the indicators in their column as kind and value, and leave it empty where there are none', () => {
    const indicators = [
      { type: 'domain' as const, value: 'patch-mirror.example', sources: ['art_0000000000000001'], corroboration: 1 },
      { type: 'ipv4' as const, value: '198.51.100.23', sources: ['art_0000000000000001'], corroboration: 1 },
    ];
    const [header, row] = EXPORTERS.csv([sampleEvent('evt_0000000000000007', [sampleArticle(1)], { indicators })]).split('\r\n');
    assert.ok(header!.endsWith(',indicators,vessels,crew_held,crew_missing,missing,participant_roles,earlier_events,sea_area,claimed_by'), header);
    assert.ok(row!.endsWith(',domain patch-mirror.example; ipv4 198.51.100.23,,,,,Aoife Brennan: chief executive (IE),,,'), row);
    const [, plain] = EXPORTERS.csv([sampleEvent('evt_0000000000000008', [sampleArticle(2)])]).split('\r\n');
    assert.ok(plain!.endsWith(',,,,,,Aoife Brennan: chief executive (IE),,,'), plain);
  });

  it('should give the missing a column of their own, empty where none are counted', () => {
    const slide = { ...sampleEvent('evt_0000000000000001', [sampleArticle(1)]), casualties: { killed: 14, injured: null, missing: 30 } };
    const [header, row] = EXPORTERS.csv([slide]).split('\r\n');
    assert.match(header!, /,crew_missing,missing,participant_roles,earlier_events,sea_area,claimed_by$/);
    assert.match(row!, /,30,Aoife Brennan: chief executive \(IE\),,,$/);
    const [, none] = EXPORTERS.csv([{ ...slide, casualties: { killed: 14, injured: null } }]).split('\r\n');
    assert.match(none!, /,,Aoife Brennan: chief executive \(IE\),,,$/);
  });
});

describe('exporters: what a participant is in the event, in the CSV', () => {
  it('should write the event role in brackets after the job, so the cell splits into one item per person', () => {
    const a = sampleArticle(1);
    const participants = [
      { name: 'Ada Brek', aliases: [], role: 'reporter', organization: 'Lake Times', country: 'KE', sources: [a.id], eventRole: 'detained' as const, eventRoleSources: [a.id] },
      { name: 'Otto Varn', aliases: [], role: null, organization: null, country: null, sources: [a.id], eventRole: 'released' as const, eventRoleSources: [a.id] },
    ];
    const [, row] = EXPORTERS.csv([sampleEvent('evt_0000000000000010', [a], { participants })]).split('\r\n');
    assert.ok(row!.endsWith(',"Ada Brek: reporter, Lake Times (KE) [detained]; Otto Varn [released]",,,'), row);
  });
});

describe('exporters: ships and their crews in the CSV', () => {
  it('should write each ship with its flag and IMO number, and the crew held and missing, empty where none is told', () => {
    const vessels = [
      { name: 'Sea Lark', aliases: ['MV Sea Lark'], imo: '9345678', flag: 'LR', sources: ['art_0000000000000001'], corroboration: 1 },
      { name: 'Amber Tide', aliases: [], imo: null, flag: null, sources: ['art_0000000000000001'], corroboration: 1 },
    ];
    const [header, row] = EXPORTERS.csv([sampleEvent('evt_0000000000000009', [sampleArticle(1)], { vessels, crew: { held: 17, missing: null } })]).split('\r\n');
    assert.ok(header!.endsWith(',vessels,crew_held,crew_missing,missing,participant_roles,earlier_events,sea_area,claimed_by'), header);
    assert.ok(row!.endsWith(',"Sea Lark (LR, IMO 9345678); Amber Tide",17,,,Aoife Brennan: chief executive (IE),,,'), row);
  });
});

describe('exporters: participant roles and earlier events in the CSV', () => {
  it('should write each participant with role, body and country, and each earlier event with its day and stored id', () => {
    const participants = [
      { name: 'Marta Quesada', aliases: [], role: 'spokesperson', organization: 'Civil Guard', country: 'ES', sources: ['art_0000000000000001'] },
      { name: 'Olek Brandt', aliases: [], role: null, organization: null, country: null, sources: ['art_0000000000000001'] },
    ];
    const related = [
      { description: 'Arrest of Olek Brandt', date: '2026-10-02', eventId: 'evt_00000000000000aa', sources: ['art_0000000000000001'] },
      { description: 'Raid in Vigo', date: '2026-09', sources: ['art_0000000000000001'] },
    ];
    const [header, row] = EXPORTERS.csv([sampleEvent('evt_0000000000000010', [sampleArticle(1)], { participants, related })]).split('\r\n');
    assert.ok(header!.endsWith(',participant_roles,earlier_events,sea_area,claimed_by'), header);
    assert.ok(row!.endsWith(',"Marta Quesada: spokesperson, Civil Guard (ES); Olek Brandt",2026-10-02 Arrest of Olek Brandt [evt_00000000000000aa]; 2026-09 Raid in Vigo,,'), row);
  });
});

describe('exporters: who claimed the act, in the CSV', () => {
  it('should write the claimants last, each with its country, apart from the threat actors', () => {
    const claimedBy = [{ name: 'Coastal Brigade', country: 'XK', sources: ['art_0000000000000001'], corroboration: 1 }];
    const [header, row] = EXPORTERS.csv([sampleEvent('evt_0000000000000011', [sampleArticle(1)], { claimedBy })]).split('\r\n');
    assert.ok(header!.endsWith(',earlier_events,sea_area,claimed_by'), header);
    assert.ok(row!.endsWith(',Coastal Brigade (XK)'), row);
  });
});

describe('exporters: the sea area of an event at sea, in the CSV', () => {
  it('should write the sea and the distance off its town before the claimants, empty on land', () => {
    const base = sampleEvent('evt_0000000000000012', [sampleArticle(1)]);
    const atSea = { ...base, location: { ...base.location!, sea: { name: 'Skagerrak', off: 'Arendal', km: 12 } } };
    const [header, row, land] = EXPORTERS.csv([atSea, base]).split('\r\n');
    assert.ok(header!.endsWith(',earlier_events,sea_area,claimed_by'), header);
    assert.ok(row!.endsWith(',"Skagerrak, about 12 km off Arendal",'), row);
    assert.ok(land!.endsWith(',,'), land);
  });
});
