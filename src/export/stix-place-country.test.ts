import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { EXPORTERS } from './index.js';
import type { Participant } from '../model/types.js';

type Obj = Record<string, unknown> & { type: string; id: string };

describe('STIX 2.1 export: a place that bears its country\'s name', () => {
  it('should write one location for Djibouti the place and Djibouti a participant\'s country, with the place\'s coordinates', () => {
    const port = sampleEvent('evt_00000000000000c1', [sampleArticle(1)], {
      location: { name: 'Djibouti', country: 'DJ', lat: 11.5, lon: 43 },
      participants: [{ name: 'Omar Qasim', aliases: [], role: 'port official', organization: null, country: 'DJ', sources: [], roleSources: [] } as Participant],
    });
    const objects = (JSON.parse(EXPORTERS.stix([port])) as { objects: Obj[] }).objects;
    const named = objects.filter((o) => o.type === 'location' && o.name === 'Djibouti');
    assert.equal(named.length, 1);
    assert.equal(named[0]!.latitude, 11.5);
    assert.equal(named[0]!.country, 'DJ');
  });

  it('should keep a town apart from the country it lies in', () => {
    const town = sampleEvent('evt_00000000000000c2', [sampleArticle(2)], {
      location: { name: 'Tadjoura', country: 'DJ', lat: 11.78, lon: 42.88 },
      participants: [{ name: 'Omar Qasim', aliases: [], role: 'port official', organization: null, country: 'DJ', sources: [], roleSources: [] } as Participant],
    });
    const objects = (JSON.parse(EXPORTERS.stix([town])) as { objects: Obj[] }).objects;
    assert.deepEqual(objects.filter((o) => o.type === 'location').map((o) => o.name).sort(), ['Djibouti', 'Tadjoura']);
  });
});
