import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { withoutSentenceOpeners } from './sentence-opener.js';

function entity(body: string, text: string, from = 0, type: Entity['type'] = 'organization'): Entity {
  const start = body.indexOf(text, from);
  return { text, type, start, end: start + text.length };
}

describe('one-word sentence openers', () => {
  it('should drop an opener the article also writes in lower case', () => {
    const body = 'Court records show he was charged in May. The court set bail at $5,000.';
    assert.deepEqual(withoutSentenceOpeners(body, [entity(body, 'Court')]), []);
    const quoted = 'The chief spoke. "We will find who did this," she said, and we believe her.';
    assert.deepEqual(withoutSentenceOpeners(quoted, [entity(quoted, 'We')]), []);
  });

  it('should keep a name the article writes capitalised inside a sentence too', () => {
    const body = 'Bush spoke first. Later Bush left, past a bush by the gate.';
    const bush = entity(body, 'Bush', 0, 'person');
    assert.deepEqual(withoutSentenceOpeners(body, [bush]), [bush]);
  });

  it('should keep a name whose lower-case form is only a web address, or a name written carelessly', () => {
    const web = 'Philly police said two men were shot. See philly.com for more.';
    const philly = entity(web, 'Philly');
    assert.deepEqual(withoutSentenceOpeners(web, [philly]), [philly]);
    const careless = 'Rory clayton, 27, was hurt in the hip. Clayton was taken to hospital.';
    const clayton = entity(careless, 'Clayton', 10, 'person');
    assert.deepEqual(withoutSentenceOpeners(careless, [clayton]), [clayton]);
  });

  it('should keep a country, and a name after a title\'s dot', () => {
    const body = 'Turkey said on Monday it would block the bid. Officials ate turkey at the dinner.';
    const turkey = entity(body, 'Turkey', 0, 'location');
    assert.deepEqual(withoutSentenceOpeners(body, [turkey]), [turkey]);
    const titled = 'Mr. Black said the company would appeal. He wore a black suit.';
    const black = entity(titled, 'Black', 0, 'person');
    assert.deepEqual(withoutSentenceOpeners(titled, [black]), [black]);
  });

  it('should not take a word inside a longer lower-case word for the word alone', () => {
    const body = "Roll call was taken at noon. The band played rock'n'roll all night.";
    const roll = entity(body, 'Roll');
    assert.deepEqual(withoutSentenceOpeners(body, [roll]), [roll]);
    const hyphened = 'Court fees rose. The high-court ruling and the court-ordered fees stood.';
    const court = entity(hyphened, 'Court');
    assert.deepEqual(withoutSentenceOpeners(hyphened, [court]), [court]);
    const after = "Court fees rose. The band's court date was set.";
    assert.deepEqual(withoutSentenceOpeners(after, [entity(after, 'Court')]), []);
  });

  it('should keep an opener the article never writes in lower case', () => {
    const body = 'Kimsuky sent the mails. Analysts tied them to the group.';
    const kimsuky = entity(body, 'Kimsuky');
    assert.deepEqual(withoutSentenceOpeners(body, [kimsuky]), [kimsuky]);
  });
});
