import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

/** The type the recogniser gives the first entity whose text is `name`, or null where none has it. */
function typeOf(body: string, name: string): string | null {
  return recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === name)?.type ?? null;
}

describe('readPersonAsPlace on Thai, Khmer and Malay place words', () => {
  it('should read a name opening with the word for island or village as a place, not a person', () => {
    assert.equal(typeOf('Two fishing boats were seen near Koh Tanlay on Saturday, a coast guard officer said.', 'Koh Tanlay'), 'location');
    assert.equal(typeOf('Villagers in Ban Nong Phai said the shelling lasted an hour.', 'Ban Nong Phai'), 'location');
  });

  it('should read a name after "the island of" as a place', () => {
    assert.equal(typeOf('The ferry ran aground off the island of Ko Tanlay at dawn.', 'Ko Tanlay'), 'location');
  });

  it('should keep a Korean name opening with Ban as a person', () => {
    assert.equal(typeOf('Former secretary-general Ban Ki-moon spoke at the forum on Monday.', 'Ban Ki-moon'), 'person');
  });
});
