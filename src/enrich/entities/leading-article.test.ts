import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { withoutLeadingThe } from './leading-article.js';

function bodyOf(body: string, text: string): Entity[] {
  const start = body.indexOf(text);
  const entities: Entity[] = [{ text, type: 'organization', start, end: start + text.length }];
  withoutLeadingThe(body, entities);
  return entities;
}

describe('withoutLeadingThe', () => {
  it('should leave "The" out of a body named with its head word at a sentence start', () => {
    assert.equal(bodyOf('Rents rose. The Housing Department said it would act.', 'The Housing Department')[0]!.text, 'Housing Department');
    assert.equal(bodyOf('The Fisheries Authority of Norland said it would act.', 'The Fisheries Authority of Norland')[0]!.text, 'Fisheries Authority of Norland');
  });

  it('should leave "The" out where the text writes the name after "the" elsewhere', () => {
    const [e] = bodyOf('The Kremlin denied it. Critics of the Kremlin disagreed.', 'The Kremlin');
    assert.equal(e!.text, 'Kremlin');
    assert.equal(e!.start, 4);
  });

  it("should keep a paper's title and a head word alone", () => {
    assert.equal(bodyOf('The Daily Courier reported the fire.', 'The Daily Courier')[0]!.text, 'The Daily Courier');
    assert.equal(bodyOf('The Office said nothing.', 'The Office')[0]!.text, 'The Office');
  });
});
