import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { entityDetail, entityId, entitySummaries, namesPart } from './entities.js';

describe('entities', () => {
  it('should find a name in the list with or without its accents', () => {
    const [city, people] = entitySummaries([{ name: 'São Paulo', events: 2 }, { name: 'Quebecois', events: 1 }], 'place');
    assert.ok(namesPart('sao paulo')(city!));
    assert.ok(namesPart('Québécois')(people!));
    assert.ok(!namesPart('lisbon')(city!));
    assert.ok(namesPart(undefined)(city!));
  });

  it('should give one stable id per name whatever its case', () => {
    assert.match(entityId('Kenji Sato'), /^ent_[0-9a-f]{16}$/);
    assert.equal(entityId('Kenji Sato'), entityId('KENJI SATO'));
    assert.notEqual(entityId('Kenji Sato'), entityId('Sato Kenji'));
  });

  it('should gather aliases, countries and the role each event gives, oldest first', () => {
    const a = sampleArticle(1);
    const person = (role: string) => ({ name: 'Kenji Sato', aliases: ['Sato Kenji'], role, organization: 'Ministry of Defense', country: 'JP', sources: [a.id] });
    const first = sampleEvent('evt_0000000000000001', [a], { date: '2024-01-01', participants: [person('deputy director')] });
    const second = sampleEvent('evt_0000000000000002', [a], { date: '2025-01-01', participants: [person('director')] });
    const [summary] = entitySummaries([{ name: 'Kenji Sato', events: 2 }]);
    const detail = entityDetail(summary!, [first, second]);
    assert.deepEqual(detail.aliases, ['Sato Kenji']);
    assert.deepEqual(detail.countries, ['JP']);
    assert.deepEqual(detail.roles.map((r) => [r.date, r.role]), [['2024-01-01', 'deputy director'], ['2025-01-01', 'director']]);
  });

  it('should keep two countries\' organisations of one name apart: ids, and who acted for each', () => {
    const a = sampleArticle(2);
    const official = (name: string, country: string) => ({ name, aliases: [], role: 'spokesperson', organization: 'Ministry of Foreign Affairs', country, sources: [a.id] });
    const event = sampleEvent('evt_0000000000000003', [a], { participants: [official('Lim Soo-jin', 'KR'), official('Haruka Mori', 'JP')] });
    const [kr, jp] = entitySummaries([{ name: 'Ministry of Foreign Affairs', events: 1, country: 'KR' }, { name: 'Ministry of Foreign Affairs', events: 1, country: 'JP' }], 'organization');
    assert.notEqual(kr!.id, jp!.id);
    assert.equal(kr!.country, 'KR');
    assert.deepEqual(entityDetail(kr!, [event]).roles.map((r) => r.person), ['Lim Soo-jin']);
    assert.deepEqual(entityDetail(jp!, [event]).roles.map((r) => r.person), ['Haruka Mori']);
    // An organisation known without a country keeps the id it had before countries told them apart.
    assert.equal(entitySummaries([{ name: 'Oxfam', events: 1 }], 'organization')[0]!.id, entityId('Oxfam', 'organization'));
  });

  it("should give a body the reports name its other names and country on its page", () => {
    const a = sampleArticle(3);
    const organizations = [{ name: 'Office of Foreign Assets Control', aliases: ['OFAC'], country: 'US', sources: [a.id], corroboration: 1 }];
    const event = sampleEvent('evt_0000000000000004', [a], { organizations });
    const [ofac] = entitySummaries([{ name: 'Office of Foreign Assets Control', events: 1, country: 'US', aliases: ['OFAC'] }], 'organization');
    assert.deepEqual(ofac!.aliases, ['OFAC']);
    const detail = entityDetail(ofac!, [event]);
    assert.deepEqual([detail.aliases, detail.countries, detail.roles], [['OFAC'], ['US'], []]);
  });
});
