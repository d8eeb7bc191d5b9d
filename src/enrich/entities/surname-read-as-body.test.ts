import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { surnamesReadAsBodies } from './surname-read-as-body.js';

const at = (body: string, text: string, type: Entity['type'], from = 0): Entity => ({ text, type, start: body.indexOf(text, from), end: body.indexOf(text, from) + text.length });

// ux75b fault 12: "Jumabayev's lawyer" made a body of the candidate the tagger had passed over.
describe('surnamesReadAsBodies', () => {
  it("should make the person of a surname read as a body, where the rules read the full name the tagger passed over", () => {
    const body = "The result gives candidate Talant Orozbayev 28 percent. Orozbayev's lawyer, Aida Sultan, spoke.";
    const entities = [at(body, 'Orozbayev', 'organization', 50), at(body, 'Aida Sultan', 'person')];
    surnamesReadAsBodies([at(body, 'Talant Orozbayev', 'person')], entities);
    assert.deepEqual(entities.map((e) => `${e.type}:${e.text}`), ['person:Talant Orozbayev', 'person:Orozbayev', 'person:Aida Sultan']);
  });

  it('should leave a body whose name is no full name of the rules, and a full name the tagger found', () => {
    const body = "Analyst Rosa Lind said Kestrel's lawyer spoke. Chairman Lind Kestrel agreed.";
    const entities = [at(body, 'Rosa Lind', 'person'), at(body, 'Kestrel', 'organization')];
    surnamesReadAsBodies([at(body, 'Rosa Lind', 'person')], entities);
    assert.deepEqual(entities.map((e) => `${e.type}:${e.text}`), ['person:Rosa Lind', 'organization:Kestrel']);
  });
});
