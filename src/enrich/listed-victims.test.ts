import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { recognizeEntities } from './entities/recognize.js';
import { listedVictimActs } from './listed-victims.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** The text before "earlier this month", with a body marked by hand as its subject (the tagger is not what is tested). */
function acts(text: string, subject: string | null): string[] {
  const before = text.slice(0, text.indexOf('earlier this month'));
  const at = subject ? text.indexOf(subject) : -1;
  const entities: Entity[] = subject ? [{ text: subject, type: 'organization', start: at, end: at + subject.length }] : [];
  return listedVictimActs(before, 0, entities);
}

describe('listedVictimActs', () => {
  it('should tell one earlier act per victim a group is said to have hit, by kind and town', () => {
    assert.deepEqual(acts('Greywing attacked a water utility in Tartu, Estonia, and a children\'s clinic in Parnu, Estonia, earlier this month.', 'Greywing'), ['Attack on water utility in Tartu', 'Attack on clinic in Parnu']);
  });

  it('should tell none where the subject is no body: a crime report\'s own suspect', () => {
    assert.deepEqual(acts('Police said the man attacked a clinic in Tartu earlier this month.', null), []);
  });

  it('should tell none where the victim is a person, not an institution', () => {
    assert.deepEqual(acts('Greywing attacked a nurse in Tartu earlier this month.', 'Greywing'), []);
  });
});

describe('findRelated, victims listed with one relative date', () => {
  it('should list each victim of a group\'s attacks told "earlier this month" as an earlier event', () => {
    const body = 'Police in four countries seized servers used by the Greywing ransomware gang on Thursday, Europol said. Greywing attacked a water utility in Tartu, Estonia, and a hospital in Riga, Latvia, earlier this month.';
    const sentences = splitSentences(body);
    const timexes = findTimexes(body, sentences, referenceFrom('2026-05-22T10:00:00Z'));
    const found = findRelated(body, sentences, timexes, '2026-05-21', recognizeEntities(body, sentences).entities).map((r) => [r.date, r.description, r.span?.from]);
    assert.deepEqual(found, [['2026-05', 'Attack on water utility in Tartu', '2026-05-01'], ['2026-05', 'Attack on hospital in Riga', '2026-05-01']]);
  });
});
