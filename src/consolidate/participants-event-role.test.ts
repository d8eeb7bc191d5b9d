import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from './participants.js';

describe('consolidateParticipants: eventRole', () => {
  it('should keep the job as the role and give the strongest event role with the reports that state it', () => {
    const hints = { title: 'Reporter detained in Perm', publishedAt: '2026-10-02T09:00:00Z' };
    const one = enrichedArticle('Border guards detained Anton Belyakov, a reporter for the news site Kama Vesti, in Perm on Thursday, his lawyer Olga Seredina said.', { ...hints, outlet: 'Volga Wire' });
    const two = enrichedArticle('Anton Belyakov, a reporter for Kama Vesti, was charged with extremism in Perm on Thursday, Olga Seredina said.', { ...hints, outlet: 'Kama Daily' });
    const people = consolidateParticipants([one, two]).participants.map((p) => [p.name, p.role !== null, p.eventRole ?? null, p.eventRoleSources?.length ?? 0]);
    assert.deepEqual(people, [['Anton Belyakov', true, 'charged', 1], ['Olga Seredina', true, null, 0]]);
  });
});
