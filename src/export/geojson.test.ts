import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { EXPORTERS } from './index.js';

type Feature = { type: string; id: string; geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> };

function collection(text: string): Feature[] {
  const parsed = JSON.parse(text) as { type: string; features: Feature[] };
  assert.equal(parsed.type, 'FeatureCollection');
  return parsed.features;
}

describe('GeoJSON export', () => {
  const a = sampleArticle(1);
  const quake = sampleEvent('evt_0000000000000001', [a], {
    title: 'Quake hits Wellington',
    location: { name: 'Wellington', country: 'NZ', lat: -41.29, lon: 174.78 },
    casualties: { killed: 4, injured: null },
    themes: ['disaster'],
  });

  it('should write a point an event, longitude first, with flat properties a map table can show', () => {
    const [feature] = collection(EXPORTERS.geojson([{ ...quake, sourceArticles: [{ id: a.id, outlet: 'Kiwi Wire', headline: null, url: null, publishedAt: null }] }]));
    assert.equal(feature!.type, 'Feature');
    assert.equal(feature!.id, quake.id);
    assert.deepEqual(feature!.geometry, { type: 'Point', coordinates: [174.78, -41.29] });
    const p = feature!.properties;
    assert.equal(p.title, 'Quake hits Wellington');
    assert.equal(p.country, 'NZ');
    assert.equal(p.killed, 4);
    assert.equal(p.injured, null, 'no figure reported is not none hurt');
    assert.equal(p.themes, 'disaster');
    assert.equal(p.source_outlets, 'Kiwi Wire');
    for (const [key, value] of Object.entries(p)) assert.ok(value === null || typeof value !== 'object', `${key} is flat`);
  });

  it('should keep an event with no coordinates as a feature with a null geometry, as RFC 7946 allows', () => {
    const unplaced = sampleEvent('evt_0000000000000002', [sampleArticle(2)], { location: { name: 'Somewhere', country: null, lat: null, lon: null } });
    const features = collection(EXPORTERS.geojson([quake, unplaced, sampleEvent('evt_0000000000000003', [sampleArticle(3)], { location: null })]));
    assert.deepEqual(features.map((f) => f.geometry?.type ?? null), ['Point', null, null]);
    assert.equal(features[1]!.properties.place, 'Somewhere');
  });

  it('should write the figures of a disputed toll beside the toll, and null where the reports agree', () => {
    const fire = sampleEvent('evt_0000000000000004', [sampleArticle(4)], {
      casualties: { killed: null, injured: 5 },
      discrepancies: [{ about: 'injured', variants: [{ value: '4', sources: ['a'] }, { value: '5', sources: ['b'] }] }],
    });
    const [disputed, agreed] = collection(EXPORTERS.geojson([fire, quake]));
    assert.equal(disputed!.properties.injured, 5);
    assert.equal(disputed!.properties.injured_disputed, '4; 5');
    assert.equal(disputed!.properties.killed_disputed, null);
    assert.equal(agreed!.properties.killed_disputed, null);
  });

  it('should write an empty collection as valid GeoJSON', () => {
    assert.deepEqual(collection(EXPORTERS.geojson([])), []);
  });
});

describe('geojson: deaths from illness', () => {
  it('should give an outbreak\'s deaths as died, with its day, and leave killed null', () => {
    const outbreak = sampleEvent('evt_0000000000000041', [sampleArticle(41)], { casualties: { killed: null, injured: null, died: 30, diedAsOf: '2026-04-27' } });
    const [feature] = collection(EXPORTERS.geojson([outbreak]));
    assert.equal(feature!.properties.killed, null);
    assert.equal(feature!.properties.died, 30);
    assert.equal(feature!.properties.died_as_of, '2026-04-27');
    assert.equal(feature!.properties.died_disputed, null);
  });
});
