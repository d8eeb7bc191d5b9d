import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from './contract.js';
import { eventTags } from './stored-records.js';

describe('eventTags', () => {
  it("should list a participant's body with the body's own country, not the person's", () => {
    const a = sampleArticle(31);
    const event = sampleEvent('evt_0000000000000031', [a], {
      participants: [
        { name: 'Rosa Quispe', aliases: [], role: 'envoy', organization: 'World Health Organization', country: 'PE', sources: [a.id] },
        { name: 'Ines Mota', aliases: [], role: 'spokeswoman', organization: 'Interior Ministry', country: 'PT', sources: [a.id] },
      ],
      organizations: [{ name: 'World Health Organization', aliases: ['WHO'], country: null, sources: [a.id], corroboration: 1 }],
    });
    const bodies = [...eventTags(event).values()].filter(([kind]) => kind === 'org').map(([, value]) => value);
    assert.ok(bodies.includes('World Health Organization') && !bodies.some((b) => b.startsWith('World Health Organization\t')), bodies.join(' | '));
    // A body the list does not hold keeps the person's country ("Interior Ministry spokeswoman").
    assert.ok(bodies.includes('Interior Ministry\tPT'), bodies.join(' | '));
  });
});
