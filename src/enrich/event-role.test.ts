import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

/** Each person as [name, role, eventRole]. */
function parts(body: string): [string, string | null, string | null][] {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => [p.name, p.role, p.eventRole ?? null]);
}

describe('eventRole', () => {
  it('should give a detained or killed reporter the case part beside the job', () => {
    assert.deepEqual(parts('Border guards detained Anton Belyakov, a reporter for the news site Kama Vesti, in Perm on Friday, his colleagues said.'), [['Anton Belyakov', 'reporter for the news site Kama Vesti', 'detained']]);
    assert.deepEqual(parts('Lucas Ferreira Lima, a photographer for the weekly Folha do Vale, was shot dead outside a bakery in Uberaba on Sunday.').map(([n, , e]) => [n, e])[0], ['Lucas Ferreira Lima', 'killed']);
  });

  it('should mark journalists freed or released on bail, named after their jobs', () => {
    assert.deepEqual(parts('Kamal Idris, editor of the weekly Nile Star, and Amina Yusuf, a reporter for Sahel FM, were freed after a magistrate granted bail, their lawyer Musa Bello said.').map(([n, , e]) => [n, e]), [['Kamal Idris', 'released'], ['Amina Yusuf', 'released'], ['Musa Bello', null]]);
    assert.deepEqual(parts('Authorities on Monday released on bail the paper\'s editor, Daniel Okoth, and Sahel FM reporter Amina Yusuf.').map(([n, , e]) => [n, e]), [['Daniel Okoth', 'released'], ['Amina Yusuf', 'released']]);
  });

  it('should give the people arrested the part, not the officer who announced it', () => {
    assert.deepEqual(parts("Officers arrested the magazine's founder, Derek Ho, and its managing editor, Grace Wong, Chief Inspector Alan Mak told reporters.").map(([n, , e]) => [n, e]), [['Derek Ho', 'arrested'], ['Grace Wong', 'arrested'], ['Alan Mak', null]]);
  });

  it('should give none to a patient released from hospital or to a person who only speaks of the case', () => {
    assert.deepEqual(parts('Nora Blake, a nurse, was released from hospital on Tuesday.').map(([n, , e]) => [n, e]), [['Nora Blake', null]]);
    assert.deepEqual(parts('The charge was absurd, said Pedro Alves, the paper\'s lawyer.').map(([n, , e]) => [n, e]), [['Pedro Alves', null]]);
  });

  it('should mark a person gone missing', () => {
    assert.deepEqual(parts('Ruth Okello, 33, has been missing since she left the radio station on Friday.').map(([n, , e]) => [n, e]), [['Ruth Okello', 'missing']]);
  });
});

describe('eventRole of a body found', () => {
  it('should mark the person whose body was found as killed, not one who found it', () => {
    assert.deepEqual(parts('Divers from the salvage tug found the body of deckhand Tomas Velasco near the stern, skipper Ana Cruz said.').map(([n, , e]) => [n, e]), [['Tomas Velasco', 'killed'], ['Ana Cruz', null]]);
  });
});
