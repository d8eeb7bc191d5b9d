import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

describe('buildEvent with a page stored before and after its correction', () => {
  it('should name people as the latest version does, and still list both versions', async () => {
    const url = 'https://harbour-news.example/ferry-aground';
    const before = enrichedArticle('The ferry Northern Star ran aground off Skerry Point on Sunday, the coastguard said.\n\nHarbour master Ines Farga said none of the 80 passengers was hurt.', { title: 'Ferry aground off Skerry Point', outlet: 'Harbour News', publishedAt: '2026-02-01T10:00:00Z', url });
    const after = enrichedArticle('The ferry Northern Star ran aground off Skerry Point on Sunday, the coastguard said.\n\nHarbour master Ines Varga said none of the 80 passengers was hurt.\n\nCorrection: An earlier version of this story misspelt the harbour master\'s name. She is Ines Varga, not Ines Farga.', { title: 'Ferry aground off Skerry Point', outlet: 'Harbour News', publishedAt: '2026-02-02T09:00:00Z', url });
    // As a JSON Lines record's "url" gives it.
    for (const a of [before, after]) a.source.url = url;
    const event = await buildEvent('evt_0000000000000001', [before, after], null, '2026-02-03T00:00:00Z');
    const names = event.participants.map((p) => p.name);
    assert.ok(names.includes('Ines Varga'), JSON.stringify(names));
    assert.ok(!names.includes('Ines Farga'), JSON.stringify(names));
    assert.ok(!event.facts.some((f) => /^Correction|not Ines Farga/.test(f.text)));
    assert.equal(event.articles.length, 2);
  });

  it("should put the corrected name right in another outlet's report of the event", async () => {
    const fixed = enrichedArticle('The ferry Northern Star ran aground off Skerry Point on Sunday, the coastguard said.\n\nHarbour master Ines Varga said none of the 80 passengers was hurt.\n\nCorrection: An earlier version of this story misspelt the harbour master\'s name. She is Ines Varga, not Ines Farga.', { title: 'Ferry aground off Skerry Point', outlet: 'Harbour News', publishedAt: '2026-02-02T09:00:00Z' });
    const copied = enrichedArticle('The ferry Northern Star grounded off Skerry Point on Sunday with 80 passengers on board.\n\nHarbour master Ines Farga said no one was hurt and the ferry would be towed off at high tide.', { title: 'Northern Star grounds', outlet: 'Coast Daily', publishedAt: '2026-02-01T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [fixed, copied], null, '2026-02-03T00:00:00Z');
    const names = event.participants.map((p) => p.name);
    assert.deepEqual(names.filter((n) => /Ines/.test(n)), ['Ines Varga'], JSON.stringify(names));
  });
});
