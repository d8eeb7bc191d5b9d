import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { roleAfterAs } from './role-as.js';
import { splitSentences } from './sentences.js';

function people(body: string) {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []);
}

describe('a role given after "as"', () => {
  it('should drop the "as" and the clause about the deed, keeping the post', () => {
    assert.equal(roleAfterAs('as the leader of the crew behind the bank raid'), 'leader of the crew');
    assert.equal(roleAfterAs('as a broker who moved the funds'), 'broker');
    assert.equal(roleAfterAs('deputy mayor'), 'deputy mayor');
  });

  it('should give a person named "as" a post that post, and the country of the officer apposition', () => {
    const [p] = people("Seoul's spy agency on Monday named a North Korean military intelligence officer, Jong-su Han, as the leader of the hackers behind the raid on a bank.");
    assert.equal(p?.name, 'Jong-su Han');
    assert.equal(p?.role, 'leader of the hackers');
    assert.equal(p?.country, 'KP');
  });
});
