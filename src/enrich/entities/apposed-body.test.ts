import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';
import { isArmedGroupName } from './apposed-body.js';

function typesOf(body: string, name: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.text === name).map((e) => e.type);
}

describe('apposedBodies', () => {
  it("should read a one-word name apposed to a body's as that body's, after a comma or in brackets", () => {
    assert.deepEqual(typesOf('Gavi, the Vaccine Alliance, said on Thursday it would send cholera vaccines to three districts.', 'Gavi'), ['organization']);
    assert.deepEqual(typesOf('The doses will be delivered with the help of the Vaccine Alliance (Gavi) and the health ministry.', 'Gavi'), ['organization']);
  });

  it("should read an armed group's Arabic name as a body's, and not a man's named after a title", () => {
    const body = 'Fighters of Liwa al-Sahil blocked a road near the port on Wednesday. Kataib al-Nasr and Jaysh al-Wadi denied any role.';
    for (const name of ['Liwa al-Sahil', 'Kataib al-Nasr', 'Jaysh al-Wadi']) assert.deepEqual(typesOf(body, name), ['organization'], name);
    assert.equal(isArmedGroupName("Kata'ib Sayyid al-Shuhada"), true);
    assert.equal(isArmedGroupName('Walid al-Sahil'), false);
    assert.equal(isArmedGroupName('Liwa Hospital'), false);
  });

  it("should leave a person's two names before a party in brackets, and a list of bodies, as they are", () => {
    assert.deepEqual(typesOf('Ana Ruiz (Liberal Party) said on Monday she would vote against the bill.', 'Ana Ruiz'), ['person']);
    assert.deepEqual(typesOf('Walid al-Sahil, a farmer, said the road was blocked on Wednesday.', 'Walid al-Sahil'), ['person']);
  });
});
