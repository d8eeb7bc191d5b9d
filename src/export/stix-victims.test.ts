import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { victimsOf } from './stix-victims.js';

const body = (name: string, aliases: string[] = []) => ({ name, aliases, country: null, sources: [], corroboration: 1 });
const fact = (text: string, sources: string[]) => ({ text, sources, corroboration: sources.length });

describe('victimsOf', () => {
  it('should take a body robbed, broken into or hit as the victim, with the reports telling it', () => {
    const event = sampleEvent('evt_00000000000000f1', [sampleArticle(41)], {
      organizations: [body('Orrin Bank'), body('Tallow Systems'), body('Brightfield Labs'), body('Marsh County Police')],
      facts: [
        fact('Investigators said the theft of $9 million from Orrin Bank took place over a weekend.', ['art_a']),
        fact('The group broke into Tallow Systems through a contractor, Brightfield Labs said.', ['art_b']),
        fact('Marsh County Police said the inquiry would take months.', ['art_a', 'art_b']),
      ],
    });
    assert.deepEqual([...victimsOf(event)], [['Orrin Bank', ['art_a']], ['Tallow Systems', ['art_b']]]);
  });

  it('should read a body that lost a sum or was hacked as the victim', () => {
    const event = sampleEvent('evt_00000000000000f2', [sampleArticle(42)], {
      organizations: [body('Kestrel Exchange', ['Kestrel'])],
      facts: [fact('Kestrel lost about $40 million in the breach, the exchange said.', ['art_c'])],
    });
    assert.deepEqual([...victimsOf(event)], [['Kestrel Exchange', ['art_c']]]);
  });

  it('should not take the firm that reports an attack, or a body merely named beside one, for its victim', () => {
    const event = sampleEvent('evt_00000000000000f3', [sampleArticle(43)], {
      organizations: [body('Brightfield Labs'), body('Harbour Wire')],
      facts: [fact('Brightfield Labs said the intrusion began in March, Harbour Wire reported.', ['art_d'])],
    });
    assert.deepEqual([...victimsOf(event)], []);
  });
});
