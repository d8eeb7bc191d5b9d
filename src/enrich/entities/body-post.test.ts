import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { bodiesWithoutPosts } from './body-post.js';

describe("a post after a body's possessive read as a body", () => {
  it('should keep the body and leave the post out of the name', () => {
    const entities: Entity[] = [{ text: "Harbour Authority's Chief Engineer", type: 'organization', start: 4, end: 38 }];
    const [e] = bodiesWithoutPosts(entities);
    assert.equal(e!.text, 'Harbour Authority');
    assert.equal(e!.end, 4 + 'Harbour Authority'.length);
  });

  it("should leave a unit of a body, and a possessive that is no body's, whole", () => {
    const entities: Entity[] = [
      { text: "Harbour Authority's Pilot Service", type: 'organization', start: 0, end: 33 },
      { text: "Saint Mary's Hospital", type: 'organization', start: 40, end: 61 },
    ];
    assert.deepEqual(bodiesWithoutPosts(entities).map((e) => e.text), ["Harbour Authority's Pilot Service", "Saint Mary's Hospital"]);
  });
});
