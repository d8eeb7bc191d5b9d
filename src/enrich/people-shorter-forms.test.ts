import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function names(body: string): string[] {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => p.name);
}

// ux72b fault 6: one article's shorter writings of a Hong Kong or Spanish name made a second person.
describe('resolvePeople, shorter forms of one name in an article', () => {
  it('should join a Hong Kong name written later without its Chinese given name', () => {
    assert.deepEqual(names('Police arrested publisher Michael Chan Tak-ming on Tuesday. Michael Chan was taken to a station in Mong Kok.'), ['Michael Chan Tak-ming']);
  });

  it('should join a Spanish name written later by its two family names alone', () => {
    assert.deepEqual(names('Lucía Ferrer Solís, a reporter, was shot dead in Irapuato on Tuesday. Ferrer Solís had covered local politics.'), ['Lucía Ferrer Solís']);
  });

  it('should join the quoted and the dotted writings of a name with its family name withheld', () => {
    assert.deepEqual(names('Prosecutors said they had arrested Mario Alberto "N" on Monday. Mario Alberto N. was ordered held.'), ['Mario Alberto "N"']);
  });
});
