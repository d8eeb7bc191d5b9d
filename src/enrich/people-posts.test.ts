import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function person(body: string, name: string) {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).find((p) => p.name === name);
}

describe('posts of government below a minister (review ux77a fault 8)', () => {
  it('should read an undersecretary or under-secretary set off after the name as the role, with the country', () => {
    const p = person("Kari Lunde, Norway's undersecretary for fisheries, said the quota would stand.", 'Kari Lunde');
    assert.equal(p?.role, 'undersecretary for fisheries');
    assert.equal(p?.country, 'NO');
    assert.equal(person("Ole Brekke, Denmark's under-secretary for trade, said the levy was unfair.", 'Ole Brekke')?.role, 'under-secretary for trade');
  });

  it('should not read a word only holding "secretary" inside another as a post', () => {
    assert.equal(person('Kari Lunde, a secretarybird enthusiast from Tromsø, said the birds had left.', 'Kari Lunde')?.role ?? null, null);
  });
});

describe('a post after a preposition set off before the name (review ux77a fault 8)', () => {
  it("should give \"with Country's foreign minister, Name,\" the post and the country", () => {
    const p = person("The talks in Bergen ended late, with Denmark's foreign minister, Jens Arvidsen, acting as host.", 'Jens Arvidsen');
    assert.equal(p?.role, 'foreign minister');
    assert.equal(p?.country, 'DK');
  });

  it('should give no post where the object of the preposition is none', () => {
    const p = person("With Denmark's backing, Jens Arvidsen opened the talks in Bergen.", 'Jens Arvidsen');
    assert.equal(p?.role ?? null, null);
  });
});
