import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { captionWithoutCredits, withCaptionPeople } from './caption-people.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function read(body: string, captions: string[]) {
  const sentences = splitSentences(body);
  const recognition = recognizeEntities(body, sentences);
  return withCaptionPeople(resolvePeople(body, sentences, recognition, []), captions, recognition.entities, []);
}

describe('withCaptionPeople', () => {
  it("should fill in a role and country the body leaves out from the caption, and keep the body's own", () => {
    const found = read('Trade talks resumed in Oslo on Monday. Ingrid Haugen said the sides were close. Chile\'s trade envoy Mira Castell agreed.', [
      "Ingrid Haugen, left, Deputy Minister of Trade of Norway, greets Mira Castell, Chile's chief negotiator, in Oslo.",
    ]);
    assert.deepEqual(found.map((p) => [p.name, p.role, p.country, p.caption ?? false]), [
      ['Ingrid Haugen', 'Deputy Minister of Trade', 'NO', false],
      ['Mira Castell', 'trade envoy', 'CL', false],
    ]);
  });

  it('should take a surname the body writes alone as the person the caption names in full', () => {
    const found = read('Haugen said the sides were close, and talks would resume in June.', ['Deputy Minister of Trade Ingrid Haugen speaks in Oslo.']);
    assert.deepEqual(found.map((p) => [p.name, p.role, p.mentions.length, p.caption ?? false]), [['Ingrid Haugen', 'Deputy Minister of Trade', 1, false]]);
  });

  it('should keep a person only the caption names as a weaker mention, out of the event', () => {
    const [p] = read('Crowds gathered in the square on Sunday.', ['Mayor Paul Brandt speaks to the crowd.']);
    assert.deepEqual([p?.name, p?.role, p?.mentions, p?.inEvent, p?.caption], ['Paul Brandt', 'Mayor', [], false, true]);
  });

  it('should read no one from the credits of a photo', () => {
    assert.deepEqual(read('Crowds gathered in the square on Sunday.', ['Crowds in the square. (AP Photo/Jon Doe)', 'The square at dusk. Photo by Ann Weller', 'Crowds on Sunday. Source: Office of Mayor Paul Brandt']), []);
  });
});

describe('captionWithoutCredits', () => {
  it("should keep a caption's description and drop its credits", () => {
    assert.equal(captionWithoutCredits('Photo: Ministers meet in Oslo on June 2 before the vote. Jon Doe/Reuters'), 'Ministers meet in Oslo on June 2 before the vote.');
    assert.equal(captionWithoutCredits('The square at dusk [AFP]. Courtesy of the city'), 'The square at dusk.');
  });
});
