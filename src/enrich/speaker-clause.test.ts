import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';
import { speakerOfAct } from './speaker-clause.js';

/** Each person as [name, role, eventRole]. */
function parts(body: string): [string, string | null, string | null][] {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => [p.name, p.role, p.eventRole ?? null]);
}

describe('speakerOfAct', () => {
  it('should give the official who announces an arrest or a sanction no part in it', () => {
    for (const [name, body] of [
      ['Mirela Tosk', 'Officers detained four men and a woman near the harbour on Tuesday, Superintendent Mirela Tosk said.'],
      ['Oskar Lind', 'Officers arrested three dockworkers on Tuesday, Oskar Lind, the regional police chief, told reporters.'],
      ['Hana Petrov', 'The government sanctioned two shipping firms on Tuesday, Finance Minister Hana Petrov announced.'],
    ] as const) {
      const person = parts(body).find(([n]) => n === name);
      assert.ok(person, body);
      assert.equal(person[2], null, body);
      assert.notEqual(person[1], 'arrested', body);
      assert.notEqual(person[1], 'sanctioned', body);
    }
    // The object of the act keeps its part.
    assert.equal(parts('Officers arrested Pavel Grint in the harbour on Tuesday.')[0]![2], 'arrested');
    assert.equal(speakerOfAct(' two men on Tuesday, ', ', the police chief, said.'), true);
    assert.equal(speakerOfAct(' ', ' at his flat on Tuesday.'), false);
    // review75: a verb of saying with its own subject after it, or no saying at all, leaves the object its part.
    assert.equal(speakerOfAct(' ', ', 34, said Chief Inspector Sarah Kemp.'), false);
    assert.equal(speakerOfAct(' ', ', 34, said to be the gang leader, at his flat.'), false);
    assert.equal(speakerOfAct(' two men, ', ', 51, said Monday.'), true);
    assert.equal(speakerOfAct(' two men on Monday, ', ' said the men would appear in court.'), true);
  });
});
