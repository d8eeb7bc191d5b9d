import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExportedEvent } from '../model/source-article.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { EXPORTERS } from './index.js';
import { stixObjects, stixTimestamp, stixWriter, uuidV5 } from './stix.js';
import { vulnerabilitiesOf } from '../consolidate/vulnerabilities.js';

type Obj = Record<string, unknown> & { type: string; id: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ID = /^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function bundle(events: ExportedEvent[]): { id: string; objects: Obj[] } {
  const parsed = JSON.parse(EXPORTERS.stix(events)) as { type: string; id: string; objects: Obj[] };
  assert.equal(parsed.type, 'bundle');
  return parsed;
}

/** The rules of STIX 2.1 our objects are bound by: common properties, no empty values, each type's required ones. */
function assertValid(objects: Obj[], outside: ReadonlySet<string> = new Set()): void {
  const ids = new Set(objects.map((o) => o.id));
  assert.equal(ids.size, objects.length, 'every object once');
  const resolves = (ref: unknown): void => assert.ok(ids.has(ref as string) || outside.has(ref as string), `dangling reference ${String(ref)}`);
  for (const o of objects) {
    assert.equal(ID.exec(o.id)?.[1], o.type, o.id);
    assert.equal(o.spec_version, '2.1');
    assert.match(String(o.created), TIMESTAMP);
    assert.match(String(o.modified), TIMESTAMP);
    for (const [key, value] of Object.entries(o)) {
      assert.ok(value !== null && value !== '' && !(Array.isArray(value) && value.length === 0), `${o.type}.${key} is empty`);
      // Names of our own (x_) properties follow the rule the specification sets for custom ones.
      assert.match(key, key.startsWith('x_') ? /^[a-z0-9_]{3,250}$/ : /^[a-z_]+$/, key);
    }
    if (o.type === 'report') {
      assert.ok(typeof o.name === 'string' && o.name.length > 0);
      assert.match(String(o.published), TIMESTAMP);
      (o.object_refs as string[]).forEach(resolves);
    }
    if (o.type === 'note') (o.object_refs as string[]).forEach(resolves);
    if (o.type === 'relationship') [o.source_ref, o.target_ref].forEach(resolves);
    if (o.type === 'location') assert.ok(o.country || (o.latitude != null && o.longitude != null), 'a location needs a country or coordinates');
    if (o.type === 'identity') assert.ok(['individual', 'organization'].includes(String(o.identity_class)));
  }
}

const article = sampleArticle(1);
const cyber = sampleEvent('evt_00000000000000a1', [article], {
  title: 'Treasury sanctions a hacking group',
  date: '2025-03-10',
  participants: [{ name: 'Mara Quist', aliases: [], role: 'under secretary', organization: 'Treasury Department', country: 'US', sources: [article.id] }],
  organizations: [{ name: 'Treasury Department', aliases: [], country: 'US', sources: [article.id], corroboration: 1 }],
  threatActors: [{ name: 'Lazarus Group', aliases: ['Hidden Cobra'], country: 'KP', sources: [article.id] }],
  vulnerabilities: [{ cve: 'CVE-2025-1111', sources: [article.id], corroboration: 1 }],
  discrepancies: [{ about: 'the sum', variants: [{ value: '$2 million', sources: [article.id] }, { value: '$3 million', sources: ['art_other'] }] }],
  related: [{ description: 'the February heist', date: '2025-02-01', eventId: 'evt_00000000000000a0', sources: [article.id] }],
  themes: ['cyber', 'sanctions'],
});
const earlier = sampleEvent('evt_00000000000000a0', [sampleArticle(2)], { title: 'Exchange robbed', date: '2025-02-01', threatActors: [{ name: 'Lazarus Group', aliases: ['Hidden Cobra'], country: 'KP', sources: [] }] });

describe('STIX 2.1 export', () => {
  it('should compute UUIDv5 as RFC 4122 does (the DNS namespace and "python.org")', () => {
    assert.equal(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('should write a valid bundle: a report per event pointing at its place, people, bodies, actors and CVEs', () => {
    const { id, objects } = bundle([cyber, earlier]);
    assert.match(id, /^bundle--/);
    assertValid(objects);
    const report = objects.find((o) => o.type === 'report' && o.name === cyber.title)!;
    assert.equal(report.published, '2025-03-10T00:00:00.000Z');
    assert.deepEqual(report.report_types, ['threat-report']);
    const named = (report.object_refs as string[]).map((ref) => objects.find((o) => o.id === ref)!);
    const kinds = new Set(named.map((o) => `${o.type}:${String(o.name ?? o.relationship_type)}`));
    for (const kind of ['location:Dublin', 'identity:Mara Quist', 'identity:Treasury Department', 'intrusion-set:Lazarus Group', 'vulnerability:CVE-2025-1111', 'location:North Korea', 'relationship:related-to']) assert.ok(kinds.has(kind), kind);
    const person = named.find((o) => o.name === 'Mara Quist')!;
    assert.deepEqual(person.roles, ['under secretary']);
    const home = objects.find((o) => o.type === 'relationship' && o.source_ref === person.id)!;
    assert.equal(objects.find((o) => o.id === home.target_ref)!.country, 'US');
  });

  it('should keep facts and discrepancies as notes on the report, with their sources and corroboration', () => {
    const { objects } = bundle([cyber]);
    const report = objects.find((o) => o.type === 'report')!;
    const notes = objects.filter((o) => o.type === 'note');
    const fact = notes.find((n) => (n.labels as string[]).includes('fact'))!;
    assert.equal(fact.content, cyber.facts[0]!.text);
    assert.deepEqual(fact.object_refs, [report.id]);
    assert.equal(fact.x_triangulate_corroboration, 1);
    const differ = notes.find((n) => (n.labels as string[]).includes('discrepancy'))!;
    assert.match(String(differ.content), /the sum: \$2 million \(1 report\) vs \$3 million \(1 report\)/);
  });

  it('should write an object two events share once, with the same id in every export', () => {
    const first = bundle([cyber, earlier]).objects;
    assert.equal(first.filter((o) => o.type === 'intrusion-set').length, 1);
    const again = bundle([earlier]).objects.find((o) => o.type === 'intrusion-set')!;
    assert.equal(again.id, first.find((o) => o.type === 'intrusion-set')!.id);
  });

  it('should leave out what the record does not know rather than write empty values', () => {
    const bare = sampleEvent('evt_00000000000000a2', [], { date: null, location: { name: 'Somewhere', country: null, lat: null, lon: null }, participants: [], facts: [], themes: [], summary: '' });
    const objects = stixObjects(bare) as Obj[];
    assertValid(objects);
    const report = objects[0]!;
    assert.equal(report.published, stixTimestamp(bare.updatedAt, ''));
    assert.equal(report.description, undefined);
    assert.equal(objects.some((o) => o.type === 'location'), false, 'a place with neither country nor coordinates is no STIX location');
    assert.equal(objects.filter((o) => o.type === 'note').length, 1, 'a report with nothing else refers to a note of its own');
  });

  it("should cite the event's articles as the report's external references, by outlet, headline, web address and article id", () => {
    const sourceArticles = [
      { id: article.id, outlet: 'Harbour Wire', headline: 'Treasury names the group', url: 'https://harbour.example/treasury', publishedAt: '2025-03-10T08:00:00Z' },
      // A record's url is whatever its input said: not a web address, so not written as one.
      { id: 'art_00000000000000b2', outlet: null, headline: null, url: 'file:///tmp/page.html', publishedAt: null },
    ];
    const { objects } = bundle([{ ...cyber, sourceArticles }, earlier]);
    assertValid(objects);
    const report = objects.find((o) => o.type === 'report' && o.name === cyber.title)!;
    const references = report.external_references as Record<string, string>[];
    assert.deepEqual(references, [
      { source_name: 'triangulate', external_id: cyber.id },
      { source_name: 'Harbour Wire', description: 'Treasury names the group', url: 'https://harbour.example/treasury', external_id: article.id },
      { source_name: 'news article', external_id: 'art_00000000000000b2' },
    ]);
    // Each reference names a source and says what it is (STIX 2.1's rule for an external reference).
    for (const r of references) assert.ok(r.source_name && (r.description || r.url || r.external_id), JSON.stringify(r));
    // The notes' sources are article ids the references resolve.
    const fact = objects.find((o) => o.type === 'note' && (o.labels as string[]).includes('fact') && (o.object_refs as string[]).includes(report.id))!;
    for (const id of fact.x_triangulate_sources as string[]) assert.ok(references.some((r) => r.external_id === id), id);
  });

  it('should write a shared object once, after the reports, the same whatever the order of the events, its times when reports named it', () => {
    const quist = (role: string, publishedAt: string, updatedAt: string, id: string): ExportedEvent => ({
      ...sampleEvent(id, [sampleArticle(3)], { updatedAt, participants: [{ name: 'Mara Quist', aliases: [], role, organization: 'Treasury Department', country: 'US', sources: [] }] }),
      sourceArticles: [{ id: 'art_00000000000000c1', outlet: 'Harbour Wire', headline: null, url: null, publishedAt }],
    });
    const march = quist('under secretary', '2025-03-10T08:00:00Z', '2026-01-05T10:00:00.000Z', 'evt_00000000000000b1');
    const june = quist('acting secretary', '2025-06-02T09:30:00+02:00', '2026-01-04T10:00:00.000Z', 'evt_00000000000000b2');
    const one = bundle([march, june]);
    const other = bundle([june, march]);
    assertValid(one.objects);
    const person = (objects: Obj[]): Obj => objects.find((o) => o.type === 'identity' && o.name === 'Mara Quist')!;
    assert.deepEqual(person(one.objects), person(other.objects));
    assert.deepEqual(person(one.objects).roles, ['acting secretary', 'under secretary']);
    // When the reports first and last named her, not when the store was written.
    assert.equal(person(one.objects).created, '2025-03-10T08:00:00.000Z');
    assert.equal(person(one.objects).modified, '2025-06-02T07:30:00.000Z');
    const reports = one.objects.findIndex((o) => o.type === 'report' && o.id !== one.objects[0]!.id);
    assert.ok(one.objects.findIndex((o) => o.type === 'identity') > reports, 'shared objects come after the reports');
  });

  it('should give the same bytes, bundle id included, for the same events, and another id for others', () => {
    assert.equal(EXPORTERS.stix([cyber, earlier]), EXPORTERS.stix([cyber, earlier]));
    assert.notEqual(bundle([cyber]).id, bundle([earlier]).id);
  });

  it('should write an event given twice once, and an object an event names twice once', () => {
    // Pages read by offset over a store that changed between them can give one event twice.
    assert.equal(EXPORTERS.stix([cyber, earlier, cyber]), EXPORTERS.stix([cyber, earlier]));
    const twice = { ...cyber, related: [cyber.related[0]!, { ...cyber.related[0]!, description: 'the heist in February' }] };
    const objects = bundle([twice, earlier]).objects;
    assertValid(objects);
    assert.equal(objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'related-to').length, 1);
  });

  it('should write a tail of many shared objects in parts that make the same bundle', () => {
    const people = Array.from({ length: 6000 }, (_, i) => ({ name: `Witness Number ${i}`, aliases: [], role: 'witness', organization: null, country: 'US', sources: [article.id] }));
    const crowd = sampleEvent('evt_00000000000000c1', [article], { title: 'A crowd saw it', participants: people });
    const writer = stixWriter();
    const start = writer.head + writer.item(crowd, 0);
    const parts = [...writer.tail(1)];
    assert.ok(parts.length >= 2, `${parts.length} part(s)`);
    const whole = start + parts.join('');
    assert.equal(whole, EXPORTERS.stix([crowd]));
    assertValid((JSON.parse(whole) as { objects: Obj[] }).objects);
  });

  it('should write one identity for a person or body one event gives a country and another none', () => {
    const vote = sampleEvent('evt_vote', [sampleArticle(11)], {
      participants: [{ name: 'Ilse Marrow', aliases: [], role: 'candidate', organization: null, country: 'LV', sources: ['art_vote'] }],
      organizations: [{ name: 'Electoral Board', aliases: [], country: 'LV', sources: [], corroboration: 1 }],
    });
    const reactions = sampleEvent('evt_reactions', [sampleArticle(12)], {
      location: null,
      participants: [{ name: 'Ilse Marrow', aliases: [], role: null, organization: null, country: null, sources: ['art_reactions'] }],
      organizations: [{ name: 'Electoral Board', aliases: [], country: null, sources: [], corroboration: 1 }],
    });
    for (const events of [[vote, reactions], [reactions, vote]]) {
      const objects = bundle(events).objects;
      assertValid(objects);
      const people = objects.filter((o) => o.type === 'identity' && o.name === 'Ilse Marrow');
      const bodies = objects.filter((o) => o.type === 'identity' && o.name === 'Electoral Board');
      assert.equal(people.length, 1);
      assert.equal(bodies.length, 1);
      // Both reports point at the one identity, and it is located in the country the vote's report gives.
      for (const report of objects.filter((o) => o.type === 'report')) assert.ok((report.object_refs as string[]).includes(people[0]!.id));
      const located = objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'located-at' && o.source_ref === people[0]!.id);
      assert.equal(located.length, 1);
    }
  });

  it('should write one identity for a listed body one event names by initials and another by its name', () => {
    const body = (name: string) => ({ name, aliases: [], country: null, sources: [], corroboration: 1 });
    const events = [
      sampleEvent('evt_ground', [sampleArticle(16)], { organizations: [body('EASA')] }),
      sampleEvent('evt_lift', [sampleArticle(17)], { organizations: [body("Agence de l'Union européenne pour la sécurité aérienne"), body('Harbour Board')] }),
    ];
    const objects = bundle(events).objects;
    assertValid(objects);
    const identities = objects.filter((o) => o.type === 'identity' && o.identity_class === 'organization').map((o) => o.name);
    assert.deepEqual(identities.sort(), ['European Union Aviation Safety Agency', 'Harbour Board'], 'an unlisted body keeps its own name');
  });

  it('should keep a countryless name apart where the events give it two countries', () => {
    const person = (country: string | null) => ({ name: 'Tomas Greer', aliases: [], role: null, organization: null, country, sources: ['art_x'] });
    const events = [
      sampleEvent('evt_a', [sampleArticle(13)], { participants: [person('IE')] }),
      sampleEvent('evt_b', [sampleArticle(14)], { participants: [person('NZ')] }),
      sampleEvent('evt_c', [sampleArticle(15)], { participants: [person(null)] }),
    ];
    assert.equal(bundle(events).objects.filter((o) => o.type === 'identity' && o.name === 'Tomas Greer').length, 3);
  });

  it('should write an empty bundle as valid JSON', () => {
    assert.deepEqual(bundle([]).objects, []);
  });
});

describe('stix: deaths from illness', () => {
  it('should carry an outbreak\'s deaths as died in the report\'s casualties and name them as deaths in a discrepancy note', () => {
    const outbreak = sampleEvent('evt_0000000000000051', [sampleArticle(51)], {
      casualties: { killed: null, injured: null, died: 30, diedAsOf: '2026-04-27' },
      discrepancies: [{ about: 'died', variants: [{ value: '30', sources: ['a'] }, { value: '41', sources: ['b'] }] }],
    });
    const { objects } = bundle([outbreak]);
    const report = objects.find((o) => o.type === 'report')!;
    assert.deepEqual(report.x_triangulate_casualties, { killed: null, injured: null, died: 30, diedAsOf: '2026-04-27' });
    const note = objects.find((o) => o.type === 'note' && (o.labels as string[] | undefined)?.includes('discrepancy'))!;
    assert.match(String(note.content), /^Reports differ on deaths from illness: 30 .* vs 41/);
  });
});

describe('STIX 2.1 export: intrusion sets, indicators and what ties them', () => {
  /** The relationships STIX 2.1 defines between the types we write (its relationship tables), by type. */
  const ALLOWED: Record<string, [string, string][]> = {
    'located-at': [['identity', 'location']],
    'originates-from': [['intrusion-set', 'location']],
    targets: [['intrusion-set', 'vulnerability'], ['intrusion-set', 'identity'], ['intrusion-set', 'location']],
    indicates: [['indicator', 'intrusion-set']],
    'related-to': [['report', 'report']],
  };
  /** Each type's required properties beyond the common ones (STIX 2.1, section 4 and 5). */
  const REQUIRED: Record<string, string[]> = {
    report: ['name', 'published', 'object_refs'],
    note: ['content', 'object_refs'],
    identity: ['name'],
    location: [],
    'intrusion-set': ['name'],
    infrastructure: ['name', 'infrastructure_types'],
    vulnerability: ['name'],
    indicator: ['pattern', 'pattern_type', 'valid_from'],
    relationship: ['relationship_type', 'source_ref', 'target_ref'],
  };
  const typeOf = (ref: unknown): string => String(ref).split('--')[0]!;

  function assertStructure(objects: Obj[]): void {
    assertValid(objects, new Set(objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'related-to').map((o) => String(o.target_ref))));
    for (const o of objects) {
      assert.ok(REQUIRED[o.type], `a type we do not mean to write: ${o.type}`);
      for (const key of REQUIRED[o.type]!) assert.ok(o[key] !== undefined, `${o.type} lacks ${key}`);
      if (o.type === 'relationship') {
        const pairs = ALLOWED[String(o.relationship_type)];
        assert.ok(pairs?.some(([s, t]) => s === typeOf(o.source_ref) && t === typeOf(o.target_ref)), `${typeOf(o.source_ref)} ${String(o.relationship_type)} ${typeOf(o.target_ref)}`);
      }
      if (o.type === 'indicator') {
        assert.equal(o.pattern_type, 'stix');
        assert.match(String(o.valid_from), TIMESTAMP);
      }
    }
  }

  const vendor = 'art_00000000000000d1';
  const wire = 'art_00000000000000d2';
  const intrusion: ExportedEvent = {
    ...sampleEvent('evt_00000000000000d0', [sampleArticle(21)], {
      title: 'Update server of a payroll vendor used to spread a loader',
      date: '2025-05-02',
      threatActors: [
        { name: 'Lazarus Group', aliases: ['Hidden Cobra'], country: 'KP', sources: [vendor, wire] },
        { name: 'Sandworm', aliases: [], country: 'RU', sources: [wire] },
      ],
      vulnerabilities: [{ cve: 'CVE-2025-2222', sources: [vendor], corroboration: 1 }],
      indicators: [
        { type: 'sha256', value: '5c0ffee0d15ea5e5ba5eba11cafef00d0b57ac1e5eed5a1ad0ddba11c0deface', sources: [vendor], corroboration: 1 },
        { type: 'md5', value: '0ddba11c0deface5eed5a1adcafef00d', sources: [vendor], corroboration: 1 },
        { type: 'domain', value: 'payroll-sync.net', sources: [vendor, wire], corroboration: 2 },
        { type: 'ipv4', value: '198.51.100.9', sources: [vendor], corroboration: 1 },
        { type: 'url', value: "https://payroll-sync.net/get?f=o'neil", sources: [vendor], corroboration: 1 },
      ],
      themes: ['cyber'],
    }),
    sourceArticles: [
      { id: vendor, outlet: 'Brightfield Labs', headline: 'Loader pushed through a vendor update', url: null, publishedAt: '2025-05-06T11:00:00+02:00' },
      { id: wire, outlet: 'Harbour Wire', headline: 'Hackers hijack payroll updates', url: null, publishedAt: '2025-05-07T08:00:00Z' },
    ],
  };

  it('should write each indicator with its STIX pattern, valid from the publication of the first report giving it', () => {
    const { objects } = bundle([intrusion]);
    assertStructure(objects);
    const indicators = objects.filter((o) => o.type === 'indicator');
    assert.deepEqual(indicators.map((o) => o.pattern).sort(), [
      "[domain-name:value = 'payroll-sync.net']",
      "[file:hashes.'SHA-256' = '5c0ffee0d15ea5e5ba5eba11cafef00d0b57ac1e5eed5a1ad0ddba11c0deface']",
      "[file:hashes.MD5 = '0ddba11c0deface5eed5a1adcafef00d']",
      "[ipv4-addr:value = '198.51.100.9']",
      "[url:value = 'https://payroll-sync.net/get?f=o\\'neil']",
    ]);
    for (const o of indicators) assert.equal(o.valid_from, '2025-05-06T09:00:00.000Z');
    const report = objects.find((o) => o.type === 'report')!;
    for (const o of indicators) assert.ok((report.object_refs as string[]).includes(o.id));
  });

  it('should tie an indicator only to the groups the same report names, and write a named group as an intrusion set with its aliases', () => {
    const { objects } = bundle([intrusion]);
    const sets = objects.filter((o) => o.type === 'intrusion-set');
    assert.deepEqual(sets.map((o) => o.name).sort(), ['Lazarus Group', 'Sandworm']);
    assert.deepEqual(sets.find((o) => o.name === 'Lazarus Group')!.aliases, ['Hidden Cobra']);
    assert.equal(objects.filter((o) => o.type === 'threat-actor').length, 0);
    const nameOf = (ref: unknown): string => String(objects.find((o) => o.id === ref)!.name);
    const indicates = objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'indicates');
    // The vendor's report names Lazarus only; the wire's names both but gives only the domain.
    assert.deepEqual(indicates.map((r) => `${nameOf(r.source_ref)} -> ${nameOf(r.target_ref)}`).sort(), [
      '0ddba11c0deface5eed5a1adcafef00d -> Lazarus Group',
      '198.51.100.9 -> Lazarus Group',
      '5c0ffee0d15ea5e5ba5eba11cafef00d0b57ac1e5eed5a1ad0ddba11c0deface -> Lazarus Group',
      "https://payroll-sync.net/get?f=o'neil -> Lazarus Group",
      'payroll-sync.net -> Lazarus Group',
      'payroll-sync.net -> Sandworm',
    ]);
  });

  it('should say where a group originates from and which named flaw it targets', () => {
    const { objects } = bundle([intrusion]);
    const nameOf = (ref: unknown): string => String(objects.find((o) => o.id === ref)!.name);
    const ties = objects.filter((o) => o.type === 'relationship' && ['originates-from', 'targets'].includes(String(o.relationship_type)));
    assert.deepEqual(ties.map((r) => `${nameOf(r.source_ref)} ${String(r.relationship_type)} ${nameOf(r.target_ref)}`).sort(), [
      'Lazarus Group originates-from North Korea',
      'Lazarus Group targets CVE-2025-2222',
      'Sandworm originates-from Russia',
    ]);
  });

  it('should write nothing of indicators for an event whose reports give none, and keep ids stable across exports', () => {
    const plain = bundle([cyber]).objects;
    assertStructure(plain);
    assert.equal(plain.filter((o) => o.type === 'indicator').length, 0);
    const ids = (events: ExportedEvent[]): string[] => bundle(events).objects.map((o) => o.id).sort();
    assert.deepEqual(ids([intrusion, cyber]), ids([cyber, intrusion]));
  });

  it('should give a role two events write in another case once', () => {
    const ceo = (role: string, id: string, n: number): ExportedEvent => sampleEvent(id, [sampleArticle(n)], { participants: [{ name: 'Rafe Olsson', aliases: [], role, organization: 'Tollgate Exchange', country: 'SE', sources: [] }] });
    const objects = bundle([ceo('Chief executive', 'evt_00000000000000e1', 31), ceo('chief executive', 'evt_00000000000000e2', 32)]).objects;
    assert.deepEqual(objects.find((o) => o.type === 'identity' && o.name === 'Rafe Olsson')!.roles, ['Chief executive']);
  });
});

describe('STIX 2.1 export: the body a group targets', () => {
  it('should write targets from a group to a body the same report tells as robbed, and not from a group another report names', () => {
    const [heist, later] = ['art_00000000000000f1', 'art_00000000000000f2'];
    const event = sampleEvent('evt_00000000000000f4', [sampleArticle(44)], {
      threatActors: [
        { name: 'Lazarus Group', aliases: [], country: 'KP', sources: [heist] },
        { name: 'Sandworm', aliases: [], country: 'RU', sources: [later] },
      ],
      organizations: [{ name: 'Orrin Bank', aliases: [], country: 'SG', sources: [heist], corroboration: 1 }],
      facts: [{ text: 'Hackers stole $9 million from Orrin Bank over the weekend.', sources: [heist], corroboration: 1 }],
    });
    const { objects } = bundle([event]);
    assertValid(objects);
    const nameOf = (ref: unknown): string => String(objects.find((o) => o.id === ref)!.name);
    const targets = objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'targets');
    assert.deepEqual(targets.map((r) => `${nameOf(r.source_ref)} -> ${nameOf(r.target_ref)}`), ['Lazarus Group -> Orrin Bank']);
  });
});

describe("STIX report's published time of an undated event", () => {
  const undated = (publishedTimes: (string | null)[]): ExportedEvent => ({
    ...sampleEvent('evt_00000000000000d1', [], { date: null, updatedAt: '2026-12-01T19:48:47Z' }),
    sourceArticles: publishedTimes.map((publishedAt, i) => ({ id: `art_00000000000000d${i + 1}`, outlet: 'Lakeside Courier', headline: null, url: null, publishedAt })),
  });

  it('should take the earliest report of the event, not the time the record was written', () => {
    const report = (stixObjects(undated(['2026-10-14T19:00:00+02:00', '2026-10-12T09:30:00Z', null])) as Obj[])[0]!;
    assert.equal(report.published, '2026-10-12T09:30:00.000Z');
    assert.equal(report.x_triangulate_published_from, 'earliest-report');
  });

  it("should fall back on the record's last change only where no report has a time, and say so", () => {
    const report = (stixObjects(undated([null])) as Obj[])[0]!;
    assert.equal(report.published, '2026-12-01T19:48:47.000Z');
    assert.equal(report.x_triangulate_published_from, 'record-written');
  });

  it("should mark a dated event's published time as its date", () => {
    const report = (stixObjects(sampleEvent('evt_00000000000000d2', [], { date: '2026-10-05' })) as Obj[])[0]!;
    assert.equal(report.published, '2026-10-05T00:00:00.000Z');
    assert.equal(report.x_triangulate_published_from, 'event-date');
  });
});

describe('STIX 2.1 export: a group that exploited a CVE', () => {
  it('should write the CVE a report says a group exploited as a vulnerability the intrusion set targets, and no uses or exploits link', () => {
    const report = sampleArticle(61, { body: 'Responders said the Cobalt Mantis crew exploited CVE-2031-40112 in a file-transfer appliance to reach the insurer.' });
    const event: ExportedEvent = sampleEvent('evt_00000000000000f1', [report], {
      date: '2031-02-03',
      threatActors: [{ name: 'Cobalt Mantis', aliases: [], country: null, sources: [report.id] }],
      vulnerabilities: vulnerabilitiesOf([report], (id) => id),
    });
    const { objects } = bundle([event]);
    const vulnerability = objects.find((o) => o.type === 'vulnerability');
    const group = objects.find((o) => o.type === 'intrusion-set');
    assert.equal(vulnerability?.name, 'CVE-2031-40112');
    const links = objects.filter((o) => o.type === 'relationship' && o.target_ref === vulnerability!.id);
    assert.deepEqual(links.map((o) => [o.source_ref, o.relationship_type]), [[group!.id, 'targets']]);
    assert.equal(objects.some((o) => o.type === 'relationship' && ['uses', 'exploits'].includes(String(o.relationship_type))), false);
  });
});

describe('STIX 2.1 export: shared objects named by an event with no time', () => {
  const group = [{ name: 'Cobalt Mantis', aliases: [], country: null, sources: ['art_00000000000000f2'] }];
  const dated: ExportedEvent = {
    ...sampleEvent('evt_00000000000000f2', [], { date: null, threatActors: group, updatedAt: '2031-09-01T10:00:00Z' }),
    sourceArticles: [{ id: 'art_00000000000000f2', outlet: 'Lakeside Courier', headline: null, url: null, publishedAt: '2031-03-04T08:00:00Z' }],
  };
  // No article time and no day: its only time is the ingest's clock.
  const undated: ExportedEvent = {
    ...sampleEvent('evt_00000000000000f3', [], { date: null, threatActors: group, updatedAt: '2031-12-24T23:00:00Z' }),
    sourceArticles: [{ id: 'art_00000000000000f3', outlet: 'Lakeside Courier', headline: null, url: null, publishedAt: null }],
  };
  const times = (events: ExportedEvent[]): unknown[] => {
    const set = bundle(events).objects.find((o) => o.type === 'intrusion-set')!;
    return [set.created, set.modified];
  };

  it("should stamp a group with the dated reports' times whichever event comes first, not the ingest clock", () => {
    assert.deepEqual(times([dated, undated]), ['2031-03-04T08:00:00.000Z', '2031-03-04T08:00:00.000Z']);
    assert.deepEqual(times([undated, dated]), ['2031-03-04T08:00:00.000Z', '2031-03-04T08:00:00.000Z']);
  });

  it("should keep the record's time where no dated event names the object", () => {
    assert.deepEqual(times([undated]), ['2031-12-24T23:00:00.000Z', '2031-12-24T23:00:00.000Z']);
  });
});

describe('STIX 2.1 export: ids of named groups before and after they became intrusion sets', () => {
  it('should give a group the id docs/api.md names, from its name alone, and say what the old threat-actor id was', () => {
    const event = sampleEvent('evt_00000000000000f4', [sampleArticle(64)], { threatActors: [{ name: 'Lazarus Group', aliases: [], country: 'KP', sources: [] }] });
    const ids = bundle([event]).objects.filter((o) => o.type === 'intrusion-set').map((o) => o.id);
    assert.deepEqual(ids, ['intrusion-set--96003987-88ef-5bf0-b37f-041e4a378152']);
    // The id exports before the change gave the same group (the docs tell a platform to remove it).
    assert.equal(`threat-actor--${uuidV5('threat-actor:Lazarus Group')}`, 'threat-actor--e1664e2a-9d08-5d88-9f7c-6a9e2db320e1');
    // Exported again, the same ids.
    assert.deepEqual(bundle([event]).objects.map((o) => o.id), bundle([event]).objects.map((o) => o.id));
  });
});

describe('STIX 2.1 export: a threat actor a report calls a unit of another', () => {
  it('writes the tie as a related-to from the unit\'s intrusion set to the larger one, saying which way it runs', () => {
    const article = sampleArticle(71);
    const event = sampleEvent('evt_00000000000000b1', [article], {
      threatActors: [
        { name: 'TraderTraitor', aliases: ['Jade Sleet'], country: 'KP', sources: [article.id], partOf: ['Lazarus Group'] },
        { name: 'Lazarus Group', aliases: [], country: 'KP', sources: [article.id] },
      ],
    });
    const { objects } = bundle([event, { ...event, id: 'evt_00000000000000b2' }]);
    assertValid(objects, new Set());
    const sets = new Map(objects.filter((o) => o.type === 'intrusion-set').map((o) => [String(o.name), o.id]));
    const ties = objects.filter((o) => o.type === 'relationship' && String(o.source_ref).startsWith('intrusion-set--') && String(o.target_ref).startsWith('intrusion-set--'));
    // Two events telling it give one relationship.
    assert.equal(ties.length, 1);
    assert.equal(ties[0]!.relationship_type, 'related-to');
    assert.equal(ties[0]!.source_ref, sets.get('TraderTraitor'));
    assert.equal(ties[0]!.target_ref, sets.get('Lazarus Group'));
    assert.equal(ties[0]!.x_triangulate_relation, 'unit-of');
    assert.equal(ties[0]!.description, 'TraderTraitor is a unit of Lazarus Group');
  });

  it('writes the larger group\'s intrusion set where the event does not list it', () => {
    const article = sampleArticle(72);
    const event = sampleEvent('evt_00000000000000b3', [article], { threatActors: [{ name: 'Amber Moth', aliases: [], country: null, sources: [article.id], partOf: ['Crimson Kite'] }] });
    const { objects } = bundle([event]);
    assertValid(objects, new Set());
    assert.deepEqual(objects.filter((o) => o.type === 'intrusion-set').map((o) => o.name).sort(), ['Amber Moth', 'Crimson Kite']);
  });
});
