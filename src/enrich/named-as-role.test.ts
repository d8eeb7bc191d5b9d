import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function person(body: string): [string | null, string | null, string | null] {
  const sentences = splitSentences(body);
  const [p] = resolvePeople(body, sentences, recognizeEntities(body, sentences), []);
  return [p!.role, p!.country, p!.eventRole ?? null];
}

describe('roleNamedAs', () => {
  it("should give a ship's master named by officials the role and the national's country", () => {
    assert.deepEqual(person("The freighter's master, a Latvian national named by officials as Janis Ozols, was questioned on board, the coast guard said."), ['master', 'LV', null]);
  });

  it('should give the master of a ship whom police named, and who is suspected, the role and the part', () => {
    assert.deepEqual(person('Police said the master of the ferry, whom they named as Janis Ozols, 51, was suspected of sabotage.'), ['master', null, 'suspect']);
  });

  it("should read a craft's crew member set off before the name after a clause's verb", () => {
    assert.deepEqual(person("Police have said the trawler's skipper, Ole Brandt, may not leave the country."), ['skipper', null, null]);
  });
});
