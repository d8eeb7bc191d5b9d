import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

/** The entities of a text as "text/type". */
function read(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.map((e) => `${e.text}/${e.type}`);
}

describe('redCrossSocieties', () => {
  it('should read a society before a post as a body and the person after it as the person', () => {
    assert.deepEqual(read('Red Crescent spokesman Mojtaba Khaledi said 341 people were killed.'), ['Red Crescent/organization', 'Mojtaba Khaledi/person']);
  });

  it('should keep a people\'s adjective before the society as part of its name, with its country', () => {
    const entities = recognizeEntities('Iranian Red Crescent said on Tuesday that 341 had died.', splitSentences('Iranian Red Crescent said on Tuesday that 341 had died.')).entities;
    assert.deepEqual(entities.map((e) => [e.text, e.type, e.country ?? null]), [['Iranian Red Crescent', 'organization', 'IR']]);
  });

  it('should read the society as a body after "from" and "of", where the tagger read a place', () => {
    assert.ok(read('Teams from Red Crescent and Red Cross arrived on Tuesday.').includes('Red Crescent/organization'));
    assert.ok(read('Pir Kolivand, head of Iran\'s Red Crescent, said teams were working.').includes('Red Crescent/organization'));
  });

  it('should leave a longer body that holds the name as it is', () => {
    assert.ok(read('The International Committee of the Red Cross said it had sent surgeons.').includes('International Committee of the Red Cross/organization'));
  });
});
