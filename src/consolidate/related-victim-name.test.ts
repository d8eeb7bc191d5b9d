import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import { consolidateRelated } from './related.js';

describe('consolidateRelated, a victim by kind and by name', () => {
  it('should describe one earlier attack by the victim\'s name where one report gives only its kind and town', async () => {
    const byKind = { ...sampleArticle(1), related: [{ description: 'Attack on hospital in Riga', date: '2026-05', sentence: 'Greywing attacked a hospital in Riga, Latvia, earlier this month.', start: 0, end: 10 }] };
    const byName = { ...sampleArticle(2), related: [{ description: 'Attack on Stradina Hospital', date: '2026-05-04', sentence: 'Stradina Hospital, which was hit on May 4, gets keys too.', start: 0, end: 10 }] };
    const related = await consolidateRelated([byKind, byName], 'evt_0000000000000009', null);
    assert.deepEqual(related.map((r) => [r.description, r.date]), [['Attack on Stradina Hospital', '2026-05-04']]);
  });

  it('should keep the first description where both name the victim', async () => {
    const one = { ...sampleArticle(1), related: [{ description: 'Attack on Stradina Hospital', date: '2026-05', sentence: 'It follows this month\'s attack on Stradina Hospital.', start: 0, end: 10 }] };
    const two = { ...sampleArticle(2), related: [{ description: 'Attack on Stradina University Hospital', date: '2026-05-04', sentence: 'The May 4 attack on Stradina University Hospital.', start: 0, end: 10 }] };
    const related = await consolidateRelated([one, two], 'evt_0000000000000009', null);
    assert.deepEqual(related.map((r) => r.description), ['Attack on Stradina Hospital']);
  });
});
