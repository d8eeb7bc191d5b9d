import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from '../consolidate/build-event.js';
import { findCasualties } from './casualties.js';
import { sentenceToll, withoutChargedDeath } from './casualty-charge.js';

describe('sentenceToll', () => {
  it('should read no toll from a sentence that names a death only as what someone was held or charged for', () => {
    // Over a whole report the charge still tells that someone died.
    assert.deepEqual(findCasualties('Dorothy Venn, 58, was held at her home in Kelso on suspicion of gross negligence manslaughter.'), { killed: 1, injured: null });
    assert.equal(sentenceToll('Dorothy Venn, 58, was held at her home in Kelso on suspicion of gross negligence manslaughter.'), null);
    assert.equal(sentenceToll('A 44-year-old lorry driver was charged with murder on Friday.'), null);
    assert.equal(sentenceToll('Venn, who denies wrongdoing, was bailed on suspicion of corporate manslaughter until April.'), null);
  });

  it('should keep a count the sentence gives beside the charge, and the hurt it counts', () => {
    assert.deepEqual(sentenceToll('Police arrested the mill owner, whose boiler killed three workers, on suspicion of manslaughter.'), { killed: 3, injured: null });
    assert.deepEqual(sentenceToll('Three women died and the driver, 47, was detained on suspicion of murder.'), { killed: 3, injured: null });
    assert.deepEqual(sentenceToll('She now faces two counts of manslaughter.'), { killed: 2, injured: null });
    assert.deepEqual(sentenceToll('Four others were injured and the 58-year-old landlord was held on suspicion of manslaughter.'), { killed: null, injured: 4 });
  });

  it('should blank the charge and leave the rest of the sentence where it was', () => {
    const text = 'The foreman, 52, was detained on suspicion of manslaughter at the yard.';
    const blanked = withoutChargedDeath(text);
    assert.equal(blanked.length, text.length);
    assert.ok(!/manslaughter/.test(blanked));
    assert.ok(blanked.endsWith('at the yard.'));
  });
});

describe('sentenceToll in a summary', () => {
  it('should not pass over an arrest sentence as a stale toll of one in an event of three dead', async () => {
    const a = enrichedArticle('Three workers were killed when a grain silo collapsed at the Hollins mill near Kelso on Tuesday, police said.\n\nFirefighters searched the rubble through the night.', { title: 'Three dead in Kelso silo collapse', outlet: 'Border Herald', publishedAt: '2027-03-10T08:00:00Z' });
    const b = enrichedArticle('Police investigating the silo collapse that killed three workers at the Hollins mill arrested its owner on Friday.\n\nDorothy Venn, 58, was held at her home in Kelso on suspicion of gross negligence manslaughter.', { title: 'Mill owner held after silo deaths', outlet: 'Tweed Courier', publishedAt: '2027-03-13T10:00:00Z' });
    const event = await buildEvent('evt_0000000000000002', [a, b], null, '2027-03-14T00:00:00Z');
    assert.equal(event.casualties?.killed, 3);
    assert.match(event.summary, /Dorothy Venn, 58, was held at her home in Kelso on suspicion of gross negligence manslaughter/);
  });
});
