import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import { awaitingKeys, LINKED_KEY } from './earlier-links.js';
import { consolidateRelated } from './related.js';

describe('awaitingKeys, a linked mention dated by a day', () => {
  it('should wait under its month too, so that another day\'s event of the month that answers it better finds it', () => {
    const keys = awaitingKeys({ related: [{ description: 'Damage to Vela Link', date: '2026-11-20', sources: ['art_1'], eventId: 'evt_0000000000000002' }] });
    assert.ok(keys.includes(`${LINKED_KEY}2026-11-20 damage`) && keys.includes(`${LINKED_KEY}2026-11 damage`), JSON.stringify(keys));
  });

  it('should keep an unlinked mention under its own date only', () => {
    const keys = awaitingKeys({ related: [{ description: 'Damage to Vela Link', date: '2026-11-20', sources: ['art_1'] }] });
    assert.ok(keys.includes('2026-11-20 damage') && !keys.some((k) => k.startsWith('2026-11 ') || k.startsWith(`${LINKED_KEY}2026-11 `)), JSON.stringify(keys));
  });
});

describe('consolidateRelated, two mentions of a month in either order', () => {
  const damage = { description: 'Damage to Vela Link', date: '2026-11', sentence: 'Ministers met on Tuesday after last week\'s damage to the Vela Link cable off Hanko.', start: 0, end: 10 };
  const outage = { description: 'Outage in Norway', date: '2026-11-20', sentence: 'They also discussed the Ostra Link outage between Norway and Denmark last Friday.', start: 0, end: 10 };

  it('should keep two earlier events apart where only one description shares a word ("link") with the other\'s sentence, whichever report is read first', async () => {
    const one = { ...sampleArticle(1), related: [damage] };
    const two = { ...sampleArticle(2), related: [outage] };
    for (const order of [[one, two], [two, one]]) {
      const related = await consolidateRelated(order, 'evt_0000000000000009', null);
      assert.deepEqual(related.map((r) => r.description).sort(), ['Damage to Vela Link', 'Outage in Norway']);
    }
  });

  it('should still merge two mentions whose descriptions share a word', async () => {
    const one = { ...sampleArticle(1), related: [damage] };
    const two = { ...sampleArticle(2), related: [{ ...damage, description: 'Damage to Vela Link cable', date: '2026-11-17', sentence: 'The Vela Link cable was damaged on November 17.' }] };
    for (const order of [[one, two], [two, one]]) assert.equal((await consolidateRelated(order, 'evt_0000000000000009', null)).length, 1);
  });
});
