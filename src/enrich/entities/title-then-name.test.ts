import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitPersonFromOrganisation } from './person-in-organisation.js';

function split(body: string, name: string): string[] {
  const start = body.indexOf(name);
  const entities: Entity[] = [{ text: name, type: 'organization', start, end: start + name.length }];
  splitPersonFromOrganisation(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

// ux71a fault 7: "UN Emergency Relief Coordinator Tomas Berglund" was one organisation.
describe('a post and its holder read as one organisation', () => {
  it("should read the name after a post's title as the person", () => {
    const body = 'UN Emergency Relief Coordinator Tomas Berglund told the conference the toll had reached 372.';
    assert.deepEqual(split(body, 'UN Emergency Relief Coordinator Tomas Berglund'), ['person:Tomas Berglund']);
  });

  it('should keep a body whose name goes on past the title, or ends in one word', () => {
    const body = 'The Office of the Refugee Commissioner Kenya said camps were full. The Emergency Relief Coordinator Office closed.';
    assert.deepEqual(split(body, 'Office of the Refugee Commissioner Kenya'), ['organization:Office of the Refugee Commissioner Kenya']);
    assert.deepEqual(split(body, 'Emergency Relief Coordinator Office'), ['organization:Emergency Relief Coordinator Office']);
  });
});
