import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutShortenedBodies } from './shortened-body-person.js';
import { givenEntities as given } from '../../../test/entities.js';

describe('withoutShortenedBodies', () => {
  it("should leave out a body's short name read as a person before a noun", () => {
    const body = 'Files of Elm Ridge Water Authority were posted. The gang leaked the Elm Ridge files on Friday.';
    const found = withoutShortenedBodies(body, given(body, [['Elm Ridge Water Authority', 'organization'], ['Elm Ridge', 'person']]));
    assert.deepEqual(found.map((e) => e.text), ['Elm Ridge Water Authority']);
  });

  it('should keep a person before a noun where no body opens with the name', () => {
    const body = 'Elm Ridge Water Authority sued. Critics raised the Ana Ruiz case again.';
    const found = withoutShortenedBodies(body, given(body, [['Elm Ridge Water Authority', 'organization'], ['Ana Ruiz', 'person']]));
    assert.deepEqual(found.map((e) => e.text), ['Elm Ridge Water Authority', 'Ana Ruiz']);
  });

  it('should keep a person the text names on their own, whose body bears their name (GUM: the Andy Warhol exhibit)', () => {
    const body = 'Image: Ivo Marek. The Ivo Marek Foundation opened the Ivo Marek exhibit on Friday.';
    const found = withoutShortenedBodies(body, given(body, [['Ivo Marek', 'person'], ['Ivo Marek Foundation', 'organization'], ['Ivo Marek', 'person']]));
    assert.equal(found.filter((e) => e.text === 'Ivo Marek').length, 2);
  });
});
